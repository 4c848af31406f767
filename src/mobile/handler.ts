// The phone's launch-event handler: Outlook on iOS and Android runs it when a mail is started
// (OnNewMessageCompose) and when its recipients change (OnMessageRecipientsChanged). The Send check
// does not run on a phone; this only tells the team member, with one notice on the mail, that a
// referral to an OCMW cannot go from there (src/domain/phoneNotice.ts decides, with the same
// recipient rules as the Send check).
//
// Invariants:
// - event.completed is called exactly once per event, on every path: a notice shown or removed,
//   a failing or hanging Office call (the watchdog, PHONE_WATCHDOG_MS, well within the 60 seconds
//   Outlook on a phone allows), a registry that does not load, a bug.
// - Nothing here throws to Office: its dispatcher calls us, and no try/catch of ours would see it.
// - One notice key (PHONE_NOTICE_KEY): shown or replaced while such a recipient is there, removed
//   once none is. When the recipients cannot be read, the notice is left as it is: what is
//   known is unchanged.
// - The words are the catalogue's (PHONE_NOTICE), in Dutch unless Outlook is in English; no
//   address or other mail content is shown, logged or kept.
import type { PhoneNoticeKind, Recipient, Registry, RegistryResult } from '../domain';
import { PHONE_NOTICE, RECIPIENT_FIELDS, langOf, phoneNoticeKind } from '../domain';
import type { MailboxPort } from '../office/port';
import { toRecipients } from '../office/port';
import type { RetryOptions } from '../office/retry';
import { withRetry } from '../office/retry';
import type { Timer } from '../office/timer';
import { eventEnd, runtimeTimer } from '../office/timer';
import { PHONE_NOTICE_ICON, PHONE_NOTICE_KEY } from './names';

/**
 * After this the event is completed whatever is still pending. Outlook on a phone stops an
 * event-based add-in after 60 seconds; a phone decides in milliseconds (BENCHMARKS.md), so only a
 * hung Office call gets this far.
 */
export const PHONE_WATCHDOG_MS = 10_000;

/** What Outlook passes to a launch-event handler; completed takes no options for these events. */
export type PhoneEvent = { completed(): void };

export type PhoneHandlerDeps = {
  /** Built per event: the item is the one being written. */
  readonly port: () => MailboxPort;
  /** Loaded on the first event and kept. */
  readonly registry: () => RegistryResult;
  readonly retry?: RetryOptions;
  /** Default PHONE_WATCHDOG_MS. */
  readonly timeoutMs?: number;
  /** Injectable for tests; default the runtime's setTimeout/clearTimeout where it has them. */
  readonly timer?: Timer;
};

/** What the handler did with the notice, for the tests and the benchmark. */
export type PhoneOutcome = { readonly notice: PhoneNoticeKind | null } | { readonly notice: 'unchanged' };

/**
 * The notice the mail's recipients call for. A field that cannot be read leaves the verdict
 * open, unless the fields that were read already call for a notice.
 */
export async function decidePhoneNotice(port: MailboxPort, registry: Registry, retry?: RetryOptions): Promise<PhoneOutcome> {
  const read = await Promise.all(
    RECIPIENT_FIELDS.map((field) =>
      withRetry(() => port.getRecipients(field), retry).then(
        (list): Recipient[] | null => toRecipients(field, list),
        (): Recipient[] | null => null,
      ),
    ),
  );
  const recipients = read.reduce<Recipient[]>((all, list) => (list ? all.concat(list) : all), []);
  const kind = phoneNoticeKind(recipients, registry);
  if (kind !== null) return { notice: kind };
  return read.every((list) => list !== null) ? { notice: null } : { notice: 'unchanged' };
}

/** Shows, replaces or removes the one notice. */
export function applyPhoneNotice(port: MailboxPort, outcome: PhoneOutcome, retry?: RetryOptions): Promise<void> {
  const kind = outcome.notice;
  if (kind === 'unchanged') return Promise.resolve();
  if (kind === null) return withRetry(() => port.removeNotice(PHONE_NOTICE_KEY), retry);
  const message = PHONE_NOTICE[kind][langOf(port.displayLanguage)];
  return withRetry(() => port.showNotice(PHONE_NOTICE_KEY, { message, icon: PHONE_NOTICE_ICON, persistent: true }), retry);
}

export function createPhoneHandler(deps: PhoneHandlerDeps, onDone?: (outcome: PhoneOutcome | 'failed') => void): (event: PhoneEvent) => void {
  let registry: Registry | undefined;
  const timers = deps.timer ?? runtimeTimer();

  return (event) => {
    const { finish, watch } = eventEnd<PhoneOutcome | 'failed'>(timers, (outcome) => {
      try {
        event.completed();
      } catch {
        // Office refused the call; a second one is not allowed, and nobody is left to tell.
      }
      if (onDone) {
        try {
          onDone(outcome);
        } catch {
          // A test hook must not reach Office's dispatcher either.
        }
      }
    });

    try {
      watch(deps.timeoutMs ?? PHONE_WATCHDOG_MS, () => 'failed');
      if (registry === undefined) {
        const loaded = deps.registry();
        if (loaded.ok) registry = loaded.registry;
      }
      const reg = registry;
      if (!reg) {
        finish('failed');
        return;
      }
      const port = deps.port();
      decidePhoneNotice(port, reg, deps.retry)
        .then((outcome) => applyPhoneNotice(port, outcome, deps.retry).then(() => outcome))
        .then(finish, () => finish('failed'));
    } catch {
      finish('failed');
    }
  };
}
