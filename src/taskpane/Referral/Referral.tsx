// The referral flow: wires the pure flow reducer to the mail (through the MailboxPort) and lays
// out the steps. Every verdict comes from the shared rules; this component decides only when to
// ask them and where to show the answer.
import type { ReactElement } from 'react';
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Registry } from '../../domain';
import { brusselsDay, buildTraces, evaluateSend, findById, protocolWords, saltFrom } from '../../domain';
import type { MailboxPort } from '../../office/port';
import { createLimiter } from '../../office/retry';
import type { FlowAction, FlowState } from '../flow';
import { flowReducer, initialFlow, isLocked, keptPrior, locationOf, passwordAtRisk, priorBlocks, referralVerdict, showLocationVerdict, sourceReadiness } from '../flow';
import { ChunkBoundary } from '../ChunkBoundary/ChunkBoundary';
import { LocationStep } from '../LocationStep/LocationStep';
import type { PaneEncryptDeps } from '../cryptoDeps';
import type { Call, EncryptSource } from '../mailActions';
import {
  clearPriorReferral,
  encryptAndReplace,
  findPriorReferral,
  formCandidates,
  makeCall,
  readRecipients,
  removeOriginal,
  setOnlyRegistered,
  writeHeaders,
  writeNeutralText,
} from '../mailActions';
import { neutralText } from '../neutralText';
import type { AttachmentsState } from '../SourceStep/SourceStep';
import type { Lang } from '../../domain';
import type { Strings } from '../strings';

const FlowSteps = lazy(() => import(/* webpackChunkName: "flow-steps" */ '../FlowSteps/FlowSteps'));
// Both show only when the mail already holds an earlier referral: not worth the first paint.
const KeptSteps = lazy(() => import(/* webpackChunkName: "flow-steps" */ '../FlowSteps/FlowSteps').then((m) => ({ default: m.KeptSteps })));
const PriorReferral = lazy(() => import(/* webpackChunkName: "prior" */ '../PriorReferral/PriorReferral').then((m) => ({ default: m.PriorReferral })));
const WrongSendHelp = lazy(() => import(/* webpackChunkName: "help" */ '../WrongSendHelp/WrongSendHelp').then((m) => ({ default: m.WrongSendHelp })));

const useStyles = makeStyles({
  flow: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  helpToggle: { alignSelf: 'flex-start' },
});

export type ReferralProps = { port: MailboxPort; registry: Registry; lang: Lang; t: Strings };

export function Referral({ port, registry, lang, t }: ReferralProps): ReactElement {
  const styles = useStyles();
  const [state, dispatch] = useReducer(flowReducer, initialFlow);
  const [following, setFollowing] = useState<'event' | 'polling'>('polling');
  const [attachments, setAttachments] = useState<AttachmentsState>({ status: 'idle' });
  // Handlers run after awaits; they need the state as it is then, not as it was at render.
  const stateRef = useRef<FlowState>(state);
  const depsRef = useRef<PaneEncryptDeps | null>(null);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  useEffect(() => {
    // Fetch the later steps right after first paint, so they are there when the protocol is.
    void import(/* webpackChunkName: "flow-steps" */ '../FlowSteps/FlowSteps');
  }, []);

  const call: Call = useMemo(() => makeCall({ limiter: createLimiter(3), onRetry: () => dispatch({ type: 'encrypt-retrying' }) }), []);
  const now = (): Date => new Date();
  const day = brusselsDay(now());
  const today: string = day;
  const { decision, steps } = referralVerdict(state, registry, day);
  const protocol = decision.protocol;
  const inForce = decision.protocolStatus === 'in-force' && protocol !== null;
  const locked = isLocked(state);

  const rereadRecipients = useCallback(async (): Promise<FlowAction> => {
    dispatch({ type: 'recipients-loading' });
    try {
      const list = await readRecipients(port, call);
      const action: FlowAction = { type: 'recipients-read', list };
      dispatch(action);
      return action;
    } catch {
      const action: FlowAction = { type: 'recipients-failed' };
      dispatch(action);
      return action;
    }
  }, [port, call]);

  // Follow recipient changes made in Outlook while the pane is open (or re-read at each step).
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    void rereadRecipients();
    port
      .onRecipientsChanged(() => void rereadRecipients())
      .then(
        (off) => {
          if (gone) off?.();
          else {
            unsubscribe = off;
            setFollowing(off ? 'event' : 'polling');
          }
        },
        () => setFollowing('polling'),
      );
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, [port, rereadRecipients]);

  // A referral the pane made earlier on this mail: its zip would otherwise sit hidden (formCandidates
  // leaves our zips out) and its password is gone with the pane that made it.
  useEffect(() => {
    let gone = false;
    findPriorReferral(port, call).then(
      (prior) => {
        if (!gone) dispatch({ type: 'prior-found', prior });
      },
      // Unreadable: go on as with a fresh mail. Encrypting re-reads the attachments anyway, and the
      // check (the Send check's own reader) still refuses a mail with a zip the headers do not name.
      () => {
        if (!gone) dispatch({ type: 'prior-found', prior: null });
      },
    );
    return () => {
      gone = true;
    };
  }, [port, call]);

  const loadAttachments = useCallback(async (): Promise<void> => {
    setAttachments({ status: 'loading' });
    try {
      const list = await call(() => port.getAttachments());
      setAttachments({ status: 'ready', list: formCandidates(list) });
    } catch {
      setAttachments({ status: 'failed' });
    }
  }, [port, call]);

  // The password exists only here: warn before the pane closes with it not yet passed on.
  const atRisk = passwordAtRisk(state);
  useEffect(() => {
    if (!atRisk) return undefined;
    const warn = (event: BeforeUnloadEvent): string => {
      event.preventDefault();
      // Older browsers show (or at least require) a returnValue.
      event.returnValue = t.leaveWarning;
      return t.leaveWarning;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk, t.leaveWarning]);

  const onSetRecipients = async (): Promise<void> => {
    if (!protocol) return;
    dispatch({ type: 'set-recipients', status: 'running' });
    try {
      await setOnlyRegistered(port, call, protocol.mailbox);
      dispatch({ type: 'set-recipients', status: 'done' });
    } catch {
      dispatch({ type: 'set-recipients', status: 'failed' });
    }
    await rereadRecipients();
  };

  const onRemovePrior = async (): Promise<void> => {
    const current = stateRef.current;
    if (current.prior.status !== 'found' || current.prior.clearing === 'running') return;
    dispatch({ type: 'prior-clearing', status: 'running' });
    const outcome = await clearPriorReferral(port, call, current.prior.prior);
    dispatch({ type: 'prior-clearing', status: outcome === 'cleared' ? 'done' : 'failed' });
    if (stateRef.current.source.kind === 'attachment') void loadAttachments();
  };

  const onEncrypt = async (): Promise<void> => {
    const current = stateRef.current;
    if (!protocol || current.encryption.status === 'running' || priorBlocks(current) !== 'no') return;
    // Re-read at this step too: a client without RecipientsChanged may have changed them.
    const read = await rereadRecipients();
    if (read.type !== 'recipients-read') return;
    const fresh = referralVerdict({ ...stateRef.current, recipients: { status: 'ready', list: read.list } }, registry, brusselsDay(now()));
    if (!fresh.decision.allowed) return;
    const src = current.source;
    let source: EncryptSource;
    if (src.kind === 'attachment' && src.attachmentId !== null) source = { kind: 'attachment', id: src.attachmentId, name: src.name };
    else if (src.kind === 'pane-form' && src.document !== null)
      source = { kind: 'document', name: src.document.name, bytes: src.document.bytes, reference: src.document.reference };
    else return;

    // Take the warmed-up worker before the state change below ends the warm-up effect.
    const warmed = depsRef.current;
    depsRef.current = null;
    dispatch({ type: 'encrypt-progress', stage: 'reading' });
    let deps: PaneEncryptDeps;
    try {
      deps = warmed ?? (await import(/* webpackChunkName: "encrypt" */ '../cryptoDeps')).createEncryptDeps(now);
    } catch {
      dispatch({ type: 'encrypt-failed', failure: 'encrypt' });
      return;
    }
    // What the checks must not find in the subject and body: the form's client details, or the
    // words of the team member's own file name. Hashed with a salt new for this mail.
    const traces = buildTraces(
      src.kind === 'pane-form' && src.document !== null
        ? { client: src.document.client }
        : { fileName: source.name, exclude: protocolWords(protocol) },
      saltFrom(crypto.getRandomValues(new Uint8Array(16))),
    );
    const outcome = await encryptAndReplace({
      port,
      call,
      source,
      protocolId: protocol.id,
      traces,
      deps,
      onStage: (stage, done, total) => dispatch({ type: 'encrypt-progress', stage, ...(done !== undefined ? { done } : {}), ...(total !== undefined ? { total } : {}) }),
    });
    if (outcome.ok) dispatch({ type: 'encrypt-done', result: outcome.result });
    else dispatch({ type: 'encrypt-failed', failure: outcome.failure });
    if (src.kind === 'attachment') void loadAttachments();
  };

  const encrypted = state.encryption.status === 'done' ? state.encryption.result : null;

  const onRetryRemove = async (): Promise<void> => {
    if (!encrypted?.original) return;
    dispatch({ type: 'original', status: await removeOriginal(port, call, encrypted.original.id) });
  };
  const onRetryHeaders = async (): Promise<void> => {
    if (!encrypted) return;
    dispatch({ type: 'headers', status: await writeHeaders(port, call, { reference: encrypted.reference, protocolId: encrypted.protocolId, sha256: encrypted.sha256 }) });
  };

  const kept = keptPrior(state);
  const keptMarker = kept?.marker.status === 'valid' ? kept.marker.marker : null;
  const keptProtocol = keptMarker ? (findById(registry, keptMarker.protocolId) ?? null) : null;
  const text =
    encrypted && protocol ? neutralText(encrypted.reference, protocol) : keptMarker && keptProtocol ? neutralText(keptMarker.reference, keptProtocol) : null;
  const onUseText = async (): Promise<void> => {
    if (!text) return;
    dispatch({ type: 'mail-text', status: 'running' });
    try {
      await writeNeutralText(port, call, text.subject, text.body);
      dispatch({ type: 'mail-text', status: 'done' });
    } catch {
      dispatch({ type: 'mail-text', status: 'failed' });
    }
  };

  const onCheck = async (): Promise<void> => {
    const current = stateRef.current;
    dispatch({ type: 'check', check: { status: 'running' } });
    const done = current.encryption.status === 'done' ? current.encryption.result : null;
    try {
      // The same reader as the Send handler, so the pane's verdict is the one Send will give.
      const { readMailSnapshot } = await import(/* webpackChunkName: "check" */ '../../office/readSnapshot');
      // A kept earlier referral is judged as the Send check judges it: by the protocol and
      // consent its headers record, since this pane never asked for either.
      const keptNow = keptPrior(current);
      const recorded = keptNow?.marker.status === 'valid' ? keptNow.marker.marker : null;
      const { snapshot, marker } = await readMailSnapshot(port, {
        location: recorded ? { by: 'protocolId', value: recorded.protocolId } : locationOf(current.query),
        consentConfirmed: recorded ? recorded.consent === 'confirmed' : current.consent === 'confirmed',
        ...(done ? { password: done.password, traces: done.traces } : {}),
      });
      dispatch({ type: 'recipients-read', list: snapshot.recipients });
      const verdict = evaluateSend(snapshot, registry, now());
      dispatch({ type: 'check', check: { status: 'done', decision: verdict, marker: marker.status } });
    } catch {
      dispatch({ type: 'check', check: { status: 'failed' } });
    }
  };

  const readiness = sourceReadiness(state.source);
  const blockedByPrior = priorBlocks(state);
  const missing = [
    ...(blockedByPrior === 'found' ? [t.priorFirst] : blockedByPrior === 'checking' ? [t.loading] : []),
    ...(readiness === 'ready' ? [] : [{ 'choose-source': t.formSourceLabel, 'choose-attachment': t.attachmentLabel, 'fill-form': t.formMake }[readiness]]),
  ];

  // Start the encryption worker as soon as encrypting is possible, so the click does not wait.
  const canEncrypt =
    decision.allowed && readiness === 'ready' && blockedByPrior === 'no' && (state.encryption.status === 'idle' || state.encryption.status === 'failed');
  useEffect(() => {
    if (!canEncrypt) return undefined;
    let gone = false;
    void import(/* webpackChunkName: "encrypt" */ '../cryptoDeps').then(
      ({ createEncryptDeps }) => {
        if (gone) return;
        const deps = createEncryptDeps(() => new Date());
        deps.warmUp();
        depsRef.current = deps;
      },
      () => undefined,
    );
    return () => {
      gone = true;
      depsRef.current?.dispose();
      depsRef.current = null;
    };
  }, [canEncrypt]);

  if (state.view === 'help') {
    return (
      <div className={styles.flow}>
        <Button className={styles.helpToggle} appearance="secondary" onClick={() => dispatch({ type: 'view', view: 'flow' })} data-testid="help-close">
          {t.helpClose}
        </Button>
        <ChunkBoundary message={t.formLoadFailed}>
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <WrongSendHelp
              t={t}
              registry={registry}
              protocol={protocol ?? keptProtocol}
              reference={encrypted?.reference ?? (state.prior.status === 'found' ? state.prior.prior.reference : null)}
            />
          </Suspense>
        </ChunkBoundary>
      </div>
    );
  }

  const helpOpen = (
    <Button className={styles.helpToggle} appearance="subtle" onClick={() => dispatch({ type: 'view', view: 'help' })} data-testid="help-open">
      {t.helpOpen}
    </Button>
  );
  const prior =
    state.prior.status === 'found' || state.prior.status === 'cleared' ? (
      <ChunkBoundary message={t.formLoadFailed}>
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <PriorReferral t={t} prior={state.prior} onRemove={() => void onRemovePrior()} onKeep={() => dispatch({ type: 'prior-keep' })} />
        </Suspense>
      </ChunkBoundary>
    ) : null;

  // Kept: the mail already holds a whole referral whose password its sender still has. There is
  // nothing left to encrypt; what remains is the neutral text and the same check as at Send.
  if (kept) {
    return (
      <div className={styles.flow}>
        {helpOpen}
        {prior}
        <ChunkBoundary message={t.formLoadFailed}>
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <KeptSteps t={t} lang={lang} text={text} state={state} onUseText={onUseText} onCheck={onCheck} />
          </Suspense>
        </ChunkBoundary>
      </div>
    );
  }

  return (
    <div className={styles.flow}>
      {helpOpen}
      {prior}
      <LocationStep
        t={t}
        lang={lang}
        registry={registry}
        day={day}
        query={state.query}
        locked={locked}
        reasons={steps.location}
        showVerdict={showLocationVerdict(state, registry)}
        protocol={protocol}
        onType={(query) => dispatch({ type: 'query-typed', query })}
        onCommit={(query) => dispatch(query === undefined ? { type: 'query-committed' } : { type: 'query-committed', query })}
      />
      {inForce && showLocationVerdict(state, registry) && (
        <ChunkBoundary message={t.formLoadFailed}>
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <FlowSteps
            t={t}
            lang={lang}
            protocol={protocol}
            state={state}
            dispatch={dispatch}
            steps={steps}
            following={following}
            attachments={attachments}
            today={today}
            locked={locked}
            missing={missing}
            encrypted={encrypted}
            text={text}
            onSetRecipients={onSetRecipients}
            rereadRecipients={rereadRecipients}
            loadAttachments={loadAttachments}
            onEncrypt={onEncrypt}
            onRetryRemove={onRetryRemove}
            onRetryHeaders={onRetryHeaders}
            onUseText={onUseText}
            onCheck={onCheck}
          />
        </Suspense>
        </ChunkBoundary>
      )}
    </div>
  );
}
