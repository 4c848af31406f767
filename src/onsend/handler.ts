// The thin Office shell around judgeMail: one Smart Alerts OnMessageSend event in, exactly one
// event.completed out.
//
// Invariants:
// - event.completed is called exactly once per event, on every path: a verdict, a rejected or
//   throwing judge, a registry that does not load, a message that cannot be built, and a judge
//   that never settles (the watchdog).
// - Nothing here throws to Office: its dispatcher calls us, and no try/catch of ours would see it.
// - The user reads only the catalogue's words (summarize), in Dutch unless Outlook is in English.
// - errorMessage only where Mailbox 1.12 is supported, commandId/cancelLabel/contextData only with 1.14.
import type { Reason, Registry, RegistryResult } from '../domain';
import { OPEN_TASK_PANE_LABEL, langOf, reason, summarize } from '../domain';
import type { MailboxPort } from '../office/port';
import type { RetryOptions } from '../office/retry';
import type { Verdict } from './judge';
import { checkFailed, judgeMail } from './judge';

/** The task pane button in manifest.xml: the Smart Alert's button opens the pane through it. */
export const TASKPANE_COMMAND_ID = 'msgComposeOpenPaneButton';
/** Smart Alerts cut errorMessage at 500 characters. */
export const MAX_ERROR_MESSAGE = 500;

/** What event.completed takes for OnMessageSend (Office.SmartAlertsEventCompletedOptions). */
export type SendCompletedOptions = {
  allowEvent: boolean;
  errorMessage?: string;
  commandId?: string;
  /** The text of the button that runs commandId (Mailbox 1.14, at most 20 characters). */
  cancelLabel?: string;
  contextData?: string;
};
export type SendEvent = { completed(options: SendCompletedOptions): void };

/** The little of the Office global the shell reads (the mailbox goes through the MailboxPort). */
export type OfficeContextLike = {
  readonly context?: {
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
};

export type HandlerDeps = {
  readonly office: OfficeContextLike;
  /** Built per event: the item is the one being sent. */
  readonly port: () => MailboxPort;
  /** Loaded on the first event and kept; a failure is per event, not at script load. */
  readonly registry: () => RegistryResult;
  readonly now?: () => Date;
  readonly retry?: RetryOptions;
  /** After this, a judge still waiting is treated as a failed check. Default 120 s. */
  readonly timeoutMs?: number;
};

function supports(office: OfficeContextLike, version: string): boolean {
  const requirements = office.context?.requirements;
  // The manifest offers the Send check only to Mailbox 1.12 clients; without the requirements
  // API assume exactly that.
  if (!requirements || typeof requirements.isSetSupported !== 'function') return version === '1.12';
  try {
    return requirements.isSetSupported('Mailbox', version) === true;
  } catch {
    return false;
  }
}

/** The options for event.completed; only reason codes travel to the pane, never addresses. */
export function completedOptions(verdict: Verdict, office: OfficeContextLike): SendCompletedOptions {
  if (verdict.allow) return { allowEvent: true };
  const options: SendCompletedOptions = { allowEvent: false };
  const lang = langOf(office.context?.displayLanguage);
  if (supports(office, '1.12')) {
    options.errorMessage = summarize(verdict.reasons, lang, MAX_ERROR_MESSAGE);
  }
  if (supports(office, '1.14')) {
    options.commandId = TASKPANE_COMMAND_ID;
    options.cancelLabel = OPEN_TASK_PANE_LABEL[lang];
    options.contextData = JSON.stringify({ source: 'send-check', basis: verdict.basis, reasons: verdict.reasons.map((r: Reason) => r.code) });
  }
  return options;
}

/** A fallback that cannot fail: what the user sees when even building the message failed. */
function lastResort(office: OfficeContextLike): SendCompletedOptions {
  try {
    return { allowEvent: false, errorMessage: reason('check-failed', {}).message[langOf(office.context?.displayLanguage)] };
  } catch {
    return { allowEvent: false };
  }
}

export function createSendHandler(deps: HandlerDeps): (event: SendEvent) => void {
  let registry: Registry | undefined;
  const loadRegistry = (): Registry | undefined => {
    if (registry === undefined) {
      const loaded = deps.registry();
      if (loaded.ok) registry = loaded.registry;
    }
    return registry;
  };

  return (event) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (verdict: Verdict): void => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      let options: SendCompletedOptions;
      try {
        options = completedOptions(verdict, deps.office);
      } catch {
        options = verdict.allow ? { allowEvent: true } : lastResort(deps.office);
      }
      try {
        event.completed(options);
      } catch {
        // Office refused the call; there is nobody left to tell, and a second call is not allowed.
      }
    };

    try {
      // The JavaScript-only runtime may lack timers; then Outlook's own time-out is the watchdog.
      if (typeof setTimeout === 'function') timer = setTimeout(() => finish(checkFailed('unclassified')), deps.timeoutMs ?? 120_000);
      const reg = loadRegistry();
      if (!reg) {
        // Cannot happen with a tested build (the registry is checked at build time); without it no
        // mail can be told apart from a referral.
        finish(checkFailed('unclassified'));
        return;
      }
      const now = deps.now ? deps.now() : new Date();
      judgeMail(deps.port(), reg, now, deps.retry ? { retry: deps.retry } : {}).then(finish, () => finish(checkFailed('unclassified')));
    } catch {
      finish(checkFailed('unclassified'));
    }
  };
}
