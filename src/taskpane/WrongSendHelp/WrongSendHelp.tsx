import type { ReactElement } from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol, Registry } from '../../domain';
import { shippedRecords } from '../../domain/shippedRecords';
import { Section } from '../Section/Section';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  contacts: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  reference: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export type WrongSendHelpProps = { t: Strings; registry: Registry; protocol: Protocol | null; reference: string | null };

function Contacts({ t, protocol }: { t: Strings; protocol: Protocol }): ReactElement | null {
  const styles = useStyles();
  // The DPO contacts are in the full record, which only this screen (a lazy chunk) carries.
  const dpo = shippedRecords().find((r) => r.id === protocol.id)?.dpo;
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

/** Article 9: what to do after a referral went to the wrong place. */
export function WrongSendHelp({ t, registry, protocol, reference }: WrongSendHelpProps): ReactElement {
  const styles = useStyles();
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
        <Contacts t={t} protocol={protocol} />
      ) : (
        <>
          <Text as="p" block>
            {t.helpChooseMunicipality}
          </Text>
          {registry.protocols.map((p) => (
            <div key={p.id}>
              <Text weight="semibold">{p.socialService.name}</Text>
              <Contacts t={t} protocol={p} />
            </div>
          ))}
        </>
      )}
      {reference ? (
        <Text as="p" block>
          {t.helpReference}: <span className={styles.reference} data-testid="help-reference">{reference}</span>
        </Text>
      ) : (
        <Text as="p" block>
          {t.helpNoReference}
        </Text>
      )}
    </Section>
  );
}
