import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ACKNOWLEDGEABLE, REASON_OUTCOME } from '../../domain';
import type { MailAttachment } from '../../office/port';
import { usePaneWords } from '../controller/usePaneWords';
import { focusTestId } from '../focus';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';
import type { CheckState, Encrypted, FlowState } from '../types';
import { MessageLine } from '../MessageLine/MessageLine';

export type CheckStepProps = {
  check: CheckState;
  /** Whether the Send check has this referral's client traces too (null: a kept earlier referral). */
  tracesStored: Encrypted['tracesStored'] | null;
  /** Attachments that would travel unencrypted next to the zip: named, each with its remove button. */
  leftovers: readonly MailAttachment[];
  /** The password hand-over (null: a kept earlier referral, whose password this pane never had). */
  passOn: FlowState['passOn'] | null;
  mailText: FlowState['mailText'];
};

const useStyles = makeStyles({
  leftovers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  leftover: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere', minWidth: 0 },
});

export function CheckStep({ check, tracesStored, leftovers, passOn, mailText }: CheckStepProps): ReactElement {
  const { t, actions } = usePaneWords();
  const styles = useStyles();
  const [removing, setRemoving] = useState<string | null>(null);
  const todo = [
    ...(passOn === 'pending' ? [{ target: 'passed-on', text: t.todoPassOn }] : []),
    ...(mailText !== 'done' ? [{ target: 'use-text', text: t.todoMailText }] : []),
  ];
  const done = check.status === 'done' ? check : null;
  // Refusals have no way through; questions (weak findings) the user may let pass here.
  const refusals = done ? done.decision.reasons.filter((r) => REASON_OUTCOME[r.code] === 'block') : [];
  const questions = done ? done.decision.reasons.filter((r) => REASON_OUTCOME[r.code] === 'prompt') : [];
  const refused = done !== null && (done.decision.outcome === 'block' || done.marker !== 'valid');
  const asking = done !== null && !refused && done.decision.outcome === 'prompt';
  const acknowledgeable = questions.length > 0 && questions.every((r) => ACKNOWLEDGEABLE.indexOf(r.code) >= 0);
  return (
    <Section id="check" title={t.stepCheck}>
      <Text as="p" block>
        {t.checkExplain}
      </Text>
      {tracesStored === 'unsupported' && <MessageLine intent="warning" testId="traces-not-stored" text={t.tracesUnsupported} />}
      {tracesStored === 'failed' && (
        <MessageBar intent="warning" layout="multiline" data-testid="traces-not-stored">
          <MessageBarBody>{t.tracesFailed}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void actions.retryTraces()} data-testid="traces-retry">
              {t.tracesRetry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={check.status === 'running'} onClick={() => void actions.check()} data-testid="check">
        {t.checkButton}
      </Button>
      <div data-testid="check-result">
        {/* Only the spinner and the heading live here: the MessageBars below announce themselves. */}
        <div role="status">
          {check.status === 'running' && <Spinner size="tiny" label={t.checkRunning} />}
          {refused && (
            <Text weight="semibold" block>
              {t.checkRefused}
            </Text>
          )}
          {asking && (
            <Text weight="semibold" block>
              {t.checkAsks}
            </Text>
          )}
        </div>
        {check.status === 'failed' && <MessageLine intent="error" text={t.checkFailed} />}
        {check.status === 'done' && check.decision.allowed && check.marker === 'valid' && (
          // "Klaar" only when nothing is left: the rules pass AND the password was handed over AND
          // the neutral text is in the mail (the guide calls both required).
          <MessageBar intent={todo.length === 0 ? 'success' : 'warning'} layout="multiline" data-testid="check-allowed" data-ready={todo.length === 0}>
            <MessageBarBody>
              {todo.length === 0 ? (
                <Text weight="semibold" data-testid="check-ready">
                  {t.checkReady}
                </Text>
              ) : (
                <>
                  {t.checkAllowed} {t.checkTodoTitle}
                  <ul className={styles.leftovers} data-testid="check-todo">
                    {todo.map((item) => (
                      <li key={item.target}>
                        <Link as="button" onClick={() => focusTestId(item.target)}>
                          {item.text}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {refused && (
          <div data-testid="check-refused">
            <ReasonList reasons={refusals} />
            {leftovers.length > 0 && refusals.some((r) => r.code === 'attachment-not-encrypted') && (
              <div data-testid="check-leftovers">
                <Text weight="semibold" block>
                  {t.checkLeftoverTitle}
                </Text>
                <ul className={styles.leftovers}>
                  {leftovers.map((a) => (
                    <li key={a.id} className={styles.leftover}>
                      <Text>{a.name || '…'}</Text>
                      <Button
                        size="small"
                        disabled={removing !== null}
                        onClick={() => {
                          setRemoving(a.id);
                          void actions.removeAttachmentAndCheck(a.id).finally(() => setRemoving(null));
                        }}
                        data-testid="check-remove-attachment"
                      >
                        {t.checkRemoveAttachment(a.name || '…')}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ReasonList reasons={questions} intent="warning" />
            {done?.marker !== 'valid' && <MessageLine intent="error" text={t.checkMarkerMissing} />}
          </div>
        )}
        {asking && (
          <div data-testid="check-asks">
            <ReasonList reasons={questions} intent="warning" />
            {acknowledgeable && (
              <>
                <Text as="p" block>
                  {t.checkAcknowledgeExplain}
                </Text>
                <Button onClick={() => void actions.acknowledge()} data-testid="check-acknowledge">
                  {t.checkAcknowledge}
                </Button>
              </>
            )}
            {done?.acknowledgeFailed === true && <MessageLine intent="error" text={t.checkAcknowledgeFailed} />}
          </div>
        )}
      </div>
    </Section>
  );
}
