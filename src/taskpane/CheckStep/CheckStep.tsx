import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { usePane } from '../controller/PaneContext';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';
import type { CheckState } from '../types';

export type CheckStepProps = { check: CheckState };

export function CheckStep({ check }: CheckStepProps): ReactElement {
  const { t, actions } = usePane();
  return (
    <Section id="check" title={t.stepCheck}>
      <Text as="p" block>
        {t.checkExplain}
      </Text>
      <Button appearance="primary" disabled={check.status === 'running'} onClick={() => void actions.check()} data-testid="check">
        {t.checkButton}
      </Button>
      <div data-testid="check-result">
        {/* Only the spinner and the heading live here: the MessageBars below announce themselves. */}
        <div role="status">
          {check.status === 'running' && <Spinner size="tiny" label={t.checkRunning} />}
          {check.status === 'done' && (!check.decision.allowed || check.marker !== 'valid') && (
            <Text weight="semibold" block>
              {t.checkRefused}
            </Text>
          )}
        </div>
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
            <ReasonList reasons={check.decision.reasons} />
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
