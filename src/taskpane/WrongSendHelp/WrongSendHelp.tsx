import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import type { ProtocolRecord } from '../../domain/registrySchema';
import { shippedRecords } from '../../domain/shippedRecords';
import type { BreachField, BreachInput } from '../breachReport';
import { breachReport, parseBreachFacts } from '../breachReport';
import { usePaneWords } from '../controller/usePaneWords';
import { AboutAddin } from '../AboutAddin/AboutAddin';
import { Section } from '../Section/Section';
import type { FlowState } from '../types';
import { MessageLine } from '../MessageLine/MessageLine';

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  contacts: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  reference: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  input: { width: '100%', minWidth: 0 },
  start: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export type WrongSendHelpProps = {
  protocol: Protocol | null;
  reference: string | null;
  /** What the form starts with: today, and the mail's one To address if it has one. */
  defaults: { sentOn: string; sentTo: string };
  breachMail: FlowState['breachMail'];
};

/**
 * The DPO contacts of a protocol. They are in the full record, which only this screen (a lazy
 * chunk) carries: the pane's first screens and the Send check get the compact registry.
 */
function dpoOf(protocol: Protocol): ProtocolRecord['dpo'] | null {
  return shippedRecords().find((r) => r.id === protocol.id)?.dpo ?? null;
}

function Contacts({ protocol }: { protocol: Protocol }): ReactElement | null {
  const styles = useStyles();
  const { t } = usePaneWords();
  const dpo = dpoOf(protocol);
  if (!dpo) return null;
  return (
    <ul className={styles.contacts} data-testid="dpo-contacts">
      <li>
        {t.helpDpoOpgroeien}: <Link href={`mailto:${dpo.opgroeien}`}>{dpo.opgroeien}</Link>
      </li>
      <li>
        {t.helpDpoService(protocol.socialService.name)}: <Link href={`mailto:${dpo.socialService}`}>{dpo.socialService}</Link>
      </li>
    </ul>
  );
}

/** Article 9: what to do after a referral went to the wrong place, and the report to both DPOs. */
export function WrongSendHelp({ protocol, reference, defaults, breachMail }: WrongSendHelpProps): ReactElement {
  const styles = useStyles();
  const { t, registry, actions } = usePaneWords();
  const [input, setInput] = useState<BreachInput>({ reference: reference ?? '', sentOn: defaults.sentOn, sentTo: defaults.sentTo });
  const [invalid, setInvalid] = useState<readonly BreachField[]>([]);
  const set = (field: BreachField, value: string): void => {
    setInput((i) => ({ ...i, [field]: value }));
    setInvalid((fields) => fields.filter((f) => f !== field));
  };
  const report = (target: Protocol): void => {
    const dpo = dpoOf(target);
    const parsed = parseBreachFacts(input);
    if (!parsed.ok) {
      setInvalid(parsed.fields);
      globalThis.document.getElementById(`breach-${parsed.fields[0] ?? 'reference'}`)?.focus();
      return;
    }
    // Every record in the shipped registry has its DPO contacts (the build checked it).
    if (dpo) void actions.reportBreach(breachReport(target, dpo, parsed.facts));
  };
  const error = (field: BreachField, message: string): { validationMessage?: string; validationState: 'error' | 'none' } =>
    invalid.includes(field) ? { validationMessage: message, validationState: 'error' } : { validationState: 'none' };
  const reportButton = (target: Protocol): ReactElement => (
    <Button className={styles.start} appearance="primary" disabled={breachMail === 'running'} onClick={() => report(target)} data-testid="breach-report">
      {breachMail === 'running' ? t.helpReportOpening : t.helpReportButton(target.socialService.name)}
    </Button>
  );

  return (
    <Section id="help" title={t.helpTitle}>
      <Text as="p" block>
        {t.helpIntro}
      </Text>
      <ol className={styles.steps}>
        <li>{t.helpStep1}</li>
        <li>{t.helpStep2}</li>
        <li>{t.helpStep3}</li>
      </ol>
      {protocol ? (
        <Contacts protocol={protocol} />
      ) : (
        <>
          <Text as="p" block>
            {t.helpChooseMunicipality}
          </Text>
          {registry.protocols.map((p) => (
            <div key={p.id}>
              <Text weight="semibold">{p.socialService.name}</Text>
              <Contacts protocol={p} />
            </div>
          ))}
        </>
      )}
      {reference ? (
        <Text as="p" block>
          {t.helpReference}:{' '}
          <span className={styles.reference} data-testid="help-reference">
            {reference}
          </span>
        </Text>
      ) : (
        <Text as="p" block>
          {t.helpNoReference}
        </Text>
      )}

      <Text as="h3" size={300} weight="semibold" block>
        {t.helpReportTitle}
      </Text>
      <Text as="p" block>
        {t.helpReportExplain}
      </Text>
      <div className={styles.form} data-testid="breach-form">
        <Field label={t.helpFieldReference} hint={t.helpFieldReferenceHint} {...error('reference', t.helpInvalidReference)}>
          <Input
            id="breach-reference"
            className={styles.input}
            value={input.reference}
            maxLength={40}
            autoComplete="off"
            onChange={(_, d) => set('reference', d.value)}
          />
        </Field>
        <Field label={t.helpFieldDate} {...error('sentOn', t.helpInvalidDate)}>
          <Input id="breach-sentOn" className={styles.input} type="date" value={input.sentOn} onChange={(_, d) => set('sentOn', d.value)} />
        </Field>
        <Field label={t.helpFieldSentTo} {...error('sentTo', t.helpInvalidAddress)}>
          <Input
            id="breach-sentTo"
            className={styles.input}
            type="email"
            value={input.sentTo}
            maxLength={254}
            autoComplete="off"
            onChange={(_, d) => set('sentTo', d.value)}
          />
        </Field>
        {protocol ? reportButton(protocol) : registry.protocols.map((p) => <div key={p.id}>{reportButton(p)}</div>)}
        <div role="status">{breachMail === 'done' && <Text data-testid="breach-opened">{t.helpReportOpened}</Text>}</div>
        {breachMail === 'failed' && <MessageLine intent="error" testId="breach-failed" text={t.helpReportFailed} />}
        {breachMail === 'unsupported' && <MessageLine intent="warning" testId="breach-unsupported" text={t.helpReportUnsupported} />}
      </div>
      <AboutAddin />
    </Section>
  );
}
