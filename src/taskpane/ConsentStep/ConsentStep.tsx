import type { ReactElement } from 'react';
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { Reason } from '../../domain';
import { usePaneWords } from '../controller/usePaneWords';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';

export type ConsentStepProps = {
  socialService: string;
  consent: 'unconfirmed' | 'confirmed';
  locked: boolean;
  reasons: readonly Reason[];
};

// Fluent greys an unticked label (foreground 3): it read as disabled. A label that can be ticked is
// in the text colour; a locked one keeps Fluent's disabled look.
const useStyles = makeStyles({ label: { color: tokens.colorNeutralForeground1 } });

export function ConsentStep({ socialService, consent, locked, reasons }: ConsentStepProps): ReactElement {
  const { t, actions } = usePaneWords();
  const styles = useStyles();
  return (
    <Section id="consent" title={t.stepConsent}>
      <Checkbox
        data-testid="consent"
        checked={consent === 'confirmed'}
        disabled={locked}
        label={{ children: t.consentLabel(socialService), className: locked ? undefined : styles.label }}
        onChange={(_, data) => actions.setConsent(data.checked === true ? 'confirmed' : 'unconfirmed')}
      />
      <ReasonList reasons={reasons} intent="warning" testId="consent-reasons" />
    </Section>
  );
}
