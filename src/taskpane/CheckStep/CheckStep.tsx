import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { Lang } from '../../domain';
import type { CheckState } from '../flow';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';
import type { Strings } from '../strings';

export type CheckStepProps = { t: Strings; lang: Lang; check: CheckState; onCheck: () => void };

export function CheckStep({ t, lang, check, onCheck }: CheckStepProps): ReactElement {
  return (
    <Section id="check" title={t.stepCheck}>
      <Text as="p" block>
        {t.checkExplain}
      </Text>
      <Button appearance="primary" disabled={check.status === 'running'} onClick={onCheck} data-testid="check">
        {t.checkButton}
      </Button>
      <div role="status" aria-live="polite" data-testid="check-result">
        {check.status === 'running' && <Spinner size="tiny" label={t.checkRunning} />}
        {check.status === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.checkFailed}</MessageBarBody>
          </MessageBar>
        )}
        {check.status === 'done' && check.decision.allowed && check.marker === 'valid' && (
          <MessageBar intent="success" layout="multiline" data-testid="check-allowed">
            <MessageBarBody>{t.checkAllowed}</MessageBarBody>
          </MessageBar>
        )}
        {check.status === 'done' && (!check.decision.allowed || check.marker !== 'valid') && (
          <div data-testid="check-refused">
            <Text weight="semibold" block>
              {t.checkRefused}
            </Text>
            <ReasonList reasons={check.decision.reasons} lang={lang} />
            {check.marker !== 'valid' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{t.checkMarkerMissing}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        )}
      </div>
    </Section>
  );
}
