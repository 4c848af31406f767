import type { ReactElement } from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import { usePane } from '../controller/PaneContext';
import { Section } from '../Section/Section';

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  contacts: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  reference: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export type WrongSendHelpProps = { protocol: Protocol | null; reference: string | null };

function Contacts({ protocol }: { protocol: Protocol }): ReactElement {
  const styles = useStyles();
  const { t } = usePane();
  return (
    <ul className={styles.contacts} data-testid="dpo-contacts">
      <li>
        {t.helpDpoOpgroeien}: <Link href={`mailto:${protocol.dpo.opgroeien}`}>{protocol.dpo.opgroeien}</Link>
      </li>
      <li>
        {t.helpDpoService(protocol.socialService.name)}: <Link href={`mailto:${protocol.dpo.socialService}`}>{protocol.dpo.socialService}</Link>
      </li>
    </ul>
  );
}

/** Article 9: what to do after a referral went to the wrong place. */
export function WrongSendHelp({ protocol, reference }: WrongSendHelpProps): ReactElement {
  const styles = useStyles();
  const { t, registry } = usePane();
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
