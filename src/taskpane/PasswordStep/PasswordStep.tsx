import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, Checkbox, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import { spellPassword } from '../../crypto/spelling';
import { usePaneWords } from '../controller/usePaneWords';
import { Section } from '../Section/Section';

const useStyles = makeStyles({
  groups: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  group: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.08em',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Two labelled columns at every pane width (320 and 450 px): groups 1 2 / 3 4, each named, so
  // nobody reads a wrapped-around group in the wrong order.
  spelling: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  spellGroup: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  spellGroupLabel: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  char: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
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
  const { t, lang, actions } = usePaneWords();
  const [copy, setCopy] = useState<Copy>('idle');
  const groups = password.split('-');
  const spelled = spellPassword(password, lang);
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
      <ul className={styles.groups} aria-labelledby="password-label" data-testid="password" data-password={password}>
        {groups.map((g, i) => (
          <li key={i} className={styles.group} aria-label={`${t.passwordGroup(i + 1)}: ${[...g].join(' ')}`}>
            {g}
          </li>
        ))}
      </ul>
      <Text weight="semibold" id="spelling-label">
        {t.spellingTitle}
      </Text>
      <ol className={styles.spelling} aria-labelledby="spelling-label">
        {spelled.map((group, i) => (
          <li key={i} className={styles.spellGroup} data-testid="spelling-group">
            <span className={styles.spellGroupLabel}>{t.passwordGroup(i + 1)}</span>
            {group.map((c, j) => (
              <span key={j}>
                <span className={styles.char}>{c.char}</span> {c.word}
              </span>
            ))}
          </li>
        ))}
      </ol>
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
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.readOut}</MessageBarBody>
      </MessageBar>
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
