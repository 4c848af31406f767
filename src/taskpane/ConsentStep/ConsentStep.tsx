import type { ReactElement } from 'react';
import { Checkbox } from '@fluentui/react-components';
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

export function ConsentStep({ socialService, consent, locked, reasons }: ConsentStepProps): ReactElement {
  const { t, actions } = usePaneWords();
  return (
    <Section id="consent" title={t.stepConsent}>
      <Checkbox
        data-testid="consent"
        checked={consent === 'confirmed'}
        disabled={locked}
        label={t.consentLabel(socialService)}
        onChange={(_, data) => actions.setConsent(data.checked === true ? 'confirmed' : 'unconfirmed')}
      />
      <ReasonList reasons={reasons} intent="warning" testId="consent-reasons" />
    </Section>
  );
}
