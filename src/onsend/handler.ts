// The thin Office shell around judgeMail: one Smart Alerts OnMessageSend event in, exactly one
// event.completed out.
//
// Invariants:
// - event.completed is called exactly once per event, on every path: a verdict, a rejected or
//   throwing judge, a registry that does not load, a message that cannot be built, and a judge
//   that never settles (the watchdog, WATCHDOG_MS).
// - Nothing here throws to Office: its dispatcher calls us, and no try/catch of ours would see it.
// - The user reads only the catalogue's words (summarize), in Dutch unless Outlook is in English.
// - errorMessage only where Mailbox 1.12 is supported; commandId/cancelLabel/contextData and
//   sendModeOverride (the 'prompt' outcome's "Send Anyway") only with 1.14. A prompt on an older
//   client is a block: it cannot ask. When it asks only about weak findings in the text, the
//   message sends the user to the task pane, whose "Toch verzenden" the check then honours.
// - When the check cannot finish, the verdict follows what the judge already knew
//   (judge.ts, failureVerdict): a referral is held, a mail that cannot be one goes.
import type { Reason, Registry, RegistryResult } from '../domain';
import { ACKNOWLEDGEABLE, ACKNOWLEDGE_IN_TASK_PANE, OPEN_TASK_PANE_LABEL, PROMPT_NOT_OFFERED, langOf, reason, summarize } from '../domain';
import type { MailboxPort } from '../office/port';
import type { RetryOptions } from '../office/retry';
import type { Timer } from '../office/timer';
import { eventEnd, runtimeTimer } from '../office/timer';
import type { Progress, Verdict } from './judge';
import { checkFailed, failureVerdict, judgeMail } from './judge';

/** The task pane button in manifest.xml: the Smart Alert's button opens the pane through it. */
export const TASKPANE_COMMAND_ID = 'msgComposeOpenPaneButton';
/** Smart Alerts cut errorMessage at 500 characters. */
export const MAX_ERROR_MESSAGE = 500;
/**
 * How long a Send may wait for a verdict. Outlook says "taking longer than expected" after 5 s;
 * a 25 MB referral is decided well within 2 s (BENCHMARKS.md), so only a hung Office call gets
 * this far, and then the user has waited long enough.
 */
export const WATCHDOG_MS = 20_000;
/** Office.MailboxEnums.SendModeOverride.PromptUser, for runtimes whose Office lacks the enum. */
export const PROMPT_USER = 'promptUser';

/** What event.completed takes for OnMessageSend (Office.SmartAlertsEventCompletedOptions). */
export type SendCompletedOptions = {
  allowEvent: boolean;
  errorMessage?: string;
  commandId?: string;
  /** The text of the button that runs commandId (Mailbox 1.14, at most 20 characters). */
  cancelLabel?: string;
  contextData?: string;
  /** 'promptUser': Outlook offers "Send Anyway" for this one mail (Mailbox 1.14). */
  sendModeOverride?: string;
};
export type SendEvent = { completed(options: SendCompletedOptions): void };

/** The little of the Office global the shell reads (the mailbox goes through the MailboxPort). */
export type OfficeContextLike = {
  readonly MailboxEnums?: { readonly SendModeOverride?: { readonly PromptUser?: string } };
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
  /** After this, a judge still waiting gets failureVerdict for what it knew. Default WATCHDOG_MS. */
  readonly timeoutMs?: number;
  /** Injectable for tests; default the runtime's setTimeout/clearTimeout where it has them. */
  readonly timer?: Timer;
};

export type { Timer } from '../office/timer';

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
  if (verdict.outcome === 'allow') return { allowEvent: true };
  const options: SendCompletedOptions = { allowEvent: false };
  const lang = langOf(office.context?.displayLanguage);
  const canPrompt = supports(office, '1.14');
  if (supports(office, '1.12')) {
    if (verdict.outcome === 'prompt' && !canPrompt) {
      // A question Outlook cannot offer to skip: say what to do instead of "send only if...". When
      // every question is a weak finding in the text, the task pane can ask it and remember the
      // answer for this mail (src/domain/acknowledgement.ts).
      const inPane = verdict.reasons.every((r) => ACKNOWLEDGEABLE.indexOf(r.code) >= 0);
      const note = (inPane ? ACKNOWLEDGE_IN_TASK_PANE : PROMPT_NOT_OFFERED)[lang];
      options.errorMessage = `${summarize(verdict.reasons, lang, MAX_ERROR_MESSAGE - note.length - 1)}\n${note}`;
    } else {
      options.errorMessage = summarize(verdict.reasons, lang, MAX_ERROR_MESSAGE);
    }
  }
  if (canPrompt) {
    options.commandId = TASKPANE_COMMAND_ID;
    options.cancelLabel = OPEN_TASK_PANE_LABEL[lang];
    const outcome = verdict.outcome;
    options.contextData = JSON.stringify({ source: 'send-check', outcome, basis: verdict.basis, reasons: verdict.reasons.map((r: Reason) => r.code) });
    if (outcome === 'prompt') options.sendModeOverride = office.MailboxEnums?.SendModeOverride?.PromptUser ?? PROMPT_USER;
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

  const timers = deps.timer ?? runtimeTimer();

  return (event) => {
    const progress: Progress = { stage: 'addressing' };
    const { finish, watch } = eventEnd<Verdict>(timers, (verdict) => {
      let options: SendCompletedOptions;
      try {
        options = completedOptions(verdict, deps.office);
      } catch {
        options = verdict.outcome === 'allow' ? { allowEvent: true } : lastResort(deps.office);
      }
      try {
        event.completed(options);
      } catch {
        // Office refused the call; there is nobody left to tell, and a second call is not allowed.
      }
    });

    try {
      // The JavaScript-only runtime may lack timers; then Outlook's own time-out is the watchdog.
      watch(deps.timeoutMs ?? WATCHDOG_MS, () => failureVerdict(progress.stage));
      const reg = loadRegistry();
      if (!reg) {
        // Cannot happen with a tested build (the registry is checked at build time); without it no
        // mail can be told apart from a referral.
        finish(checkFailed('unclassified'));
        return;
      }
      const now = deps.now ? deps.now() : new Date();
      judgeMail(deps.port(), reg, now, { progress, ...(deps.retry ? { retry: deps.retry } : {}) }).then(finish, () => finish(failureVerdict(progress.stage)));
    } catch {
      finish(failureVerdict(progress.stage));
    }
  };
}
