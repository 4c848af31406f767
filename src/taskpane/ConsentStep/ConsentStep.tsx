import type { ReactElement } from 'react';
import { Checkbox } from '@fluentui/react-components';
import type { Lang, Reason } from '../../domain';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';
import type { Strings } from '../strings';

export type ConsentStepProps = {
  t: Strings;
  lang: Lang;
  socialService: string;
  consent: 'unconfirmed' | 'confirmed';
  locked: boolean;
  reasons: readonly Reason[];
  onChange: (consent: 'unconfirmed' | 'confirmed') => void;
};

export function ConsentStep({ t, lang, socialService, consent, locked, reasons, onChange }: ConsentStepProps): ReactElement {
  return (
    <Section id="consent" title={t.stepConsent}>
      <Checkbox
        data-testid="consent"
        checked={consent === 'confirmed'}
        disabled={locked}
        label={t.consentLabel(socialService)}
        onChange={(_, data) => onChange(data.checked === true ? 'confirmed' : 'unconfirmed')}
      />
      <ReasonList reasons={reasons} lang={lang} intent="warning" testId="consent-reasons" />
    </Section>
  );
}
