// The referral pane's controller: one store, one set of actions, and the effects that tie them to
// the pane's life (following recipients, looking for an earlier referral, starting the worker
// ahead, warning before the password is lost). Components read the state through React and act
// through `actions`; async code reads the state through `actions.getState()`.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Registry } from '../../domain';
import { brusselsDay } from '../../domain';
import type { MailboxPort } from '../../office/port';
import type { ReferralView } from '../flow';
import { originalAtRisk, passwordAtRisk, referralView } from '../flow';
import type { FlowState } from '../types';
import { useLoaded } from '../loadOnce';
import type { ReferralActions } from '../intents';
import { createReferral } from './createReferral';
import { rulesChunk } from './rulesLoader';

export type ReferralController = {
  state: FlowState;
  view: ReferralView;
  actions: ReferralActions;
  /** The rules chunk could not be loaded (network): the later steps cannot open. */
  rulesFailed: boolean;
};

export type ControllerOptions = {
  port: MailboxPort;
  registry: Registry;
  /** Shown by the browser before the pane closes with the password not yet passed on. */
  leaveWarning: string;
  /** Shown by the browser before the pane closes with the original out of the mail. */
  leaveWarningOriginal: string;
};

export function useReferralController({ port, registry, leaveWarning, leaveWarningOriginal }: ControllerOptions): ReferralController {
  const { store, crypto, actions } = useMemo(() => createReferral({ port, registry }), [port, registry]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  // The rules for the later steps, right after the first paint (they are not needed for it).
  const rules = useLoaded(rulesChunk);
  const view = referralView(state, registry, brusselsDay(new Date()), rules === 'failed' ? null : rules);

  useEffect(() => actions.followRecipients(), [actions]);
  useEffect(() => actions.lookForPrior(), [actions]);

  // Start the encryption worker as soon as encrypting is possible, so the click does not wait.
  const { canEncrypt } = view;
  useEffect(() => {
    if (!canEncrypt) return undefined;
    crypto.warmUp();
    return () => crypto.dispose();
  }, [canEncrypt, crypto]);

  // The password, and an original taken out to make room, exist only here: warn before the pane
  // closes with either at risk.
  const warning = originalAtRisk(state) ? leaveWarningOriginal : passwordAtRisk(state) ? leaveWarning : null;
  useEffect(() => {
    if (warning === null) return undefined;
    const warn = (event: BeforeUnloadEvent): string => {
      event.preventDefault();
      // Older browsers show (or at least require) a returnValue.
      event.returnValue = warning;
      return warning;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [warning]);

  return { state, view, actions, rulesFailed: rules === 'failed' };
}
