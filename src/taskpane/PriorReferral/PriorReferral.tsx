// What the pane says when it opens on a mail that already holds an encrypted referral of ours
// (the team member closed the pane before passing the password on, then opened it again). The
// password went with the old pane; without this the old zip would sit hidden in the mail and the
// Send check could pass a zip nobody can open.
import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { usePaneWords } from '../controller/usePaneWords';
import { Section } from '../Section/Section';
import type { PriorState } from '../types';
import { MessageLine } from '../MessageLine/MessageLine';

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  wrap: { overflowWrap: 'anywhere' },
  start: { alignSelf: 'flex-start' },
});

export type PriorReferralProps = { prior: PriorState };

export function PriorReferral({ prior }: PriorReferralProps): ReactElement | null {
  const styles = useStyles();
  const { t, actions } = usePaneWords();
  const onRemove = (): void => void actions.removePrior();
  if (prior.status === 'cleared') {
    return <MessageLine intent="success" testId="prior-removed" text={t.priorRemoved} />;
  }
  if (prior.status !== 'found') return null;
  const reference = prior.prior.reference ?? t.priorNoReference;
  const clearing = (
    <>
      <div role="status" aria-live="polite">
        {prior.clearing === 'running' && <Spinner size="tiny" label={t.priorRemoving} />}
      </div>
      {prior.clearing === 'failed' && <MessageLine intent="error" testId="prior-remove-failed" text={t.priorRemoveFailed} />}
    </>
  );
  if (prior.choice === 'keep') {
    return (
      <Section id="prior" title={t.priorTitle}>
        <MessageBar intent="info" layout="multiline" data-testid="prior-kept">
          <MessageBarBody className={styles.wrap}>{t.priorKept(reference)}</MessageBarBody>
        </MessageBar>
        <Button className={styles.start} onClick={onRemove} disabled={prior.clearing === 'running'} data-testid="prior-remove">
          {t.priorRemove}
        </Button>
        {clearing}
      </Section>
    );
  }
  return (
    <Section id="prior" title={t.priorTitle}>
      <MessageBar intent="warning" layout="multiline" data-testid="prior-found">
        <MessageBarBody className={styles.wrap}>
          {prior.origin === 'this-pane' ? (
            t.priorAppeared(reference)
          ) : (
            <>
              {t.priorFound(reference)}
              {prior.prior.whole ? '' : ` ${t.priorBroken}`}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRemove} disabled={prior.clearing === 'running'} data-testid="prior-remove">
          {t.priorRemove}
        </Button>
        {prior.prior.whole && (
          <Button onClick={actions.keepPrior} disabled={prior.clearing === 'running'} data-testid="prior-keep">
            {t.priorKeep}
          </Button>
        )}
      </div>
      {clearing}
    </Section>
  );
}
