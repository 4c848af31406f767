// The referral flow's layout. State, handlers and effects live in the controller
// (useReferralController); every verdict comes from the shared rules. This component decides only
// which parts show, and hands the words and actions to them through the pane context.
import type { ReactElement } from 'react';
import { Suspense, lazy, useEffect, useMemo } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Registry } from '../../domain';
import type { MailboxPort } from '../../office/port';
import { ChunkBoundary } from '../ChunkBoundary/ChunkBoundary';
import type { PaneContextValue } from '../controller/PaneContext';
import { PaneContext } from '../controller/PaneContext';
import { useReferralController } from '../controller/useReferralController';
import { LocationStep } from '../LocationStep/LocationStep';
import type { StartWords } from '../../words/paneStart';

const FlowSteps = lazy(() => import(/* webpackChunkName: "flow-steps" */ '../FlowSteps/FlowSteps'));
// Both show only when the mail already holds an earlier referral: not worth the first paint.
const KeptSteps = lazy(() => import(/* webpackChunkName: "flow-steps" */ '../FlowSteps/FlowSteps').then((m) => ({ default: m.KeptSteps })));
const PriorReferral = lazy(() => import(/* webpackChunkName: "prior" */ '../PriorReferral/PriorReferral').then((m) => ({ default: m.PriorReferral })));
const WrongSendHelp = lazy(() => import(/* webpackChunkName: "help" */ '../WrongSendHelp/WrongSendHelp').then((m) => ({ default: m.WrongSendHelp })));

const useStyles = makeStyles({
  flow: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  helpToggle: { alignSelf: 'flex-start' },
});

export type ReferralProps = { port: MailboxPort; registry: Registry; lang: Lang; t: StartWords };

export function Referral({ port, registry, lang, t }: ReferralProps): ReactElement {
  const styles = useStyles();
  const { state, view, actions, rulesFailed } = useReferralController({
    port,
    registry,
    leaveWarning: t.leaveWarning,
    leaveWarningOriginal: t.leaveWarningOriginal,
  });
  const pane = useMemo<PaneContextValue>(() => ({ t, lang, registry, actions }), [t, lang, registry, actions]);
  useEffect(() => {
    // Fetch the later steps right after first paint, so they are there when the protocol is.
    void import(/* webpackChunkName: "flow-steps" */ '../FlowSteps/FlowSteps');
  }, []);

  const lazyPart = (part: ReactElement): ReactElement => (
    <ChunkBoundary message={t.formLoadFailed}>
      {/* Plain words while a part loads: Fluent's Spinner would weigh on the first screen. */}
      <Suspense fallback={<Text role="status">{t.loading}</Text>}>{part}</Suspense>
    </ChunkBoundary>
  );

  let content: ReactElement;
  if (state.screen === 'help') {
    content = (
      <div className={styles.flow}>
        <Button className={styles.helpToggle} appearance="secondary" onClick={() => actions.showScreen('flow')} data-testid="help-close">
          {t.helpClose}
        </Button>
        {lazyPart(
          <WrongSendHelp
            protocol={view.protocol ?? view.keptProtocol}
            reference={view.encrypted?.reference ?? (state.prior.status === 'found' ? state.prior.prior.reference : null)}
            // "Verstuurd naar" starts empty: the mail's To is normally the right OCMW, and a report
            // prefilled with it invites reporting the wrong address.
            defaults={{ sentOn: view.day, sentTo: '' }}
            breachMail={state.breachMail}
          />,
        )}
      </div>
    );
  } else {
    const helpOpen = (
      <Button className={styles.helpToggle} appearance="secondary" onClick={() => actions.showScreen('help')} data-testid="help-open">
        {t.helpOpen}
      </Button>
    );
    const prior = state.prior.status === 'found' || state.prior.status === 'cleared' ? lazyPart(<PriorReferral prior={state.prior} />) : null;
    content = view.kept ? (
      // Kept: the mail already holds a whole referral whose password its sender still has. There
      // is nothing left to encrypt; what remains is the neutral text and the same check as at Send.
      <div className={styles.flow}>
        {helpOpen}
        {prior}
        {lazyPart(<KeptSteps state={state} view={view} />)}
      </div>
    ) : (
      <div className={styles.flow}>
        {helpOpen}
        {prior}
        <LocationStep query={state.query} view={view} />
        {view.open && view.protocol && lazyPart(<FlowSteps state={state} view={view} protocol={view.protocol} />)}
        {!view.open && view.showVerdict && view.decision.protocolStatus === 'in-force' && (
          // In force, but the rules for the later steps (their own chunk) have not arrived yet.
          <Text role={rulesFailed ? 'alert' : 'status'}>{rulesFailed ? t.formLoadFailed : t.stepsLoading}</Text>
        )}
      </div>
    );
  }
  return <PaneContext.Provider value={pane}>{content}</PaneContext.Provider>;
}
