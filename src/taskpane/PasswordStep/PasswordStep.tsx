import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, Checkbox, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
// Only the separator, not src/crypto/password: that carries the word list, which stays out of the
// pane's first screen (it loads with the encryption and the rules).
import { WORD_SEPARATOR } from '../../domain/formats';
import { usePaneWords } from '../controller/usePaneWords';
import { Section } from '../Section/Section';
import { MessageLine } from '../MessageLine/MessageLine';

const useStyles = makeStyles({
  // One word per line, numbered, large: read top to bottom over the phone, no spelling needed.
  words: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  wordRow: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  number: {
    minWidth: '1.5em',
    textAlign: 'right',
    fontSize: tokens.fontSizeBase400,
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: 'tabular-nums',
  },
  word: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  // The same words as one line: exactly what is typed, copied and sent by SMS.
  typed: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  reference: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

export type PasswordStepProps = {
  protocol: Protocol;
  reference: string;
  password: string;
  passOn: 'pending' | 'confirmed';
};

type Copy = 'idle' | 'copied' | 'failed';

export function PasswordStep({ protocol, reference, password, passOn }: PasswordStepProps): ReactElement {
  const styles = useStyles();
  const { t, actions } = usePaneWords();
  const [copy, setCopy] = useState<Copy>('idle');
  const words = password.split(WORD_SEPARATOR);
  const phone = protocol.socialService.phone;
  // The user-initiated sms: link is the point: it carries the password and reference, never client data.
  const sms = `sms:?&body=${encodeURIComponent(t.smsText(reference, password))}`;

  const onCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <Section id="password" title={t.stepPassword}>
      <Text>
        {t.helpReference}:{' '}
        <span className={styles.reference} data-testid="reference">
          {reference}
        </span>
      </Text>
      <Text weight="semibold" id="password-label">
        {t.passwordLabel}
      </Text>
      <ol className={styles.words} aria-labelledby="password-label" data-testid="password" data-password={password}>
        {words.map((w, i) => (
          <li key={i} className={styles.wordRow} aria-label={`${t.passwordWord(i + 1)}: ${w}`}>
            <span className={styles.number} aria-hidden="true">
              {i + 1}
            </span>
            <span className={styles.word} data-testid="password-word">
              {w}
            </span>
          </li>
        ))}
      </ol>
      <Text id="password-typed-label">{t.passwordTypedLabel}</Text>
      <code className={styles.typed} aria-labelledby="password-typed-label" data-testid="password-typed">
        {password}
      </code>
      <div className={styles.actions}>
        <Button onClick={() => void onCopy()} data-testid="copy-password">
          {t.copy}
        </Button>
        <div aria-live="polite">
          {copy === 'copied' ? <Text size={200}>{t.copied}</Text> : copy === 'failed' ? <Text size={200}>{t.copyFailed}</Text> : null}
        </div>
        {phone ? (
          <Link href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid="tel-link">
            {t.callService(phone)}
          </Link>
        ) : (
          <Text size={200}>{t.noPhone(protocol.socialService.name)}</Text>
        )}
        <Link href={sms} data-testid="sms-link">
          {t.smsLink}
        </Link>
      </div>
      <MessageLine intent="info" text={t.readOut} />
      <Checkbox
        checked={passOn === 'confirmed'}
        label={t.passedOnLabel}
        data-testid="passed-on"
        onChange={(_, data) => actions.setPassOn(data.checked === true ? 'confirmed' : 'pending')}
      />
      {passOn === 'pending' && <Text size={200}>{t.passwordNeverStored}</Text>}
    </Section>
  );
}
