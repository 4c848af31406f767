// Decides, once at start-up, what the pane talks to: the real compose item in Outlook, or a
// simulated message in the standalone preview. No DOM here: the caller passes Office.onReady()
// and the Office global in (either may be missing when office.js could not load).
//
// Invariants:
// - Resolves whatever goes wrong with office.js: the pane gets a port. It rejects only when a
//   chunk of the add-in itself cannot be loaded (see below); the bootstrap says so in words.
// - Inside Outlook (host 'Outlook') the result is always the real mailbox, never a simulation,
//   so a user can never mistake simulated work for their own mail.
// - The timer is always cleared, so a test (or the page) is not kept waiting.
// - Each implementation is loaded only where it runs (a dynamic import, its own chunk): the
//   simulated mailbox and its sample PDF never weigh on the pane inside Outlook, and neither
//   mailbox on the first screen's JavaScript.

import type { OfficeMailboxOptions } from './officeMailbox';
import type { MailboxPort } from './port';
import type { SimulatedControl, SimulatedMailboxOptions, SimulatedMessage } from './simulatedMailbox';

export type PreviewReason =
  /** A plain browser: Office.onReady resolved with host null. The normal preview. */
  | 'no-office-host'
  /** office.js did not load (CDN unreachable, blocked): no Office global, or onReady failed. */
  | 'office-unavailable'
  /** office.js loaded but Office.onReady did not resolve in time. */
  | 'office-timeout'
  /** Opened in another Office application than Outlook. */
  | 'unsupported-host';

export type MailboxResolution =
  { kind: 'outlook'; port: MailboxPort } | { kind: 'preview'; port: MailboxPort; control: SimulatedControl; reason: PreviewReason };

export type ResolveMailboxOptions = {
  /** How long to wait for Office.onReady. Default 10 s (Outlook itself can be slow to start). */
  timeoutMs?: number;
  office?: OfficeMailboxOptions;
  simulated?: { initial?: Partial<SimulatedMessage>; options?: SimulatedMailboxOptions };
};

type OfficeReadyInfo = { host: Office.HostType | string | null };

const TIMED_OUT = Symbol('timed out');

/** Calls Office.onReady() itself (when office.js loaded) and decides. */
export function resolveMailbox(officeGlobal: typeof Office | undefined, options?: ResolveMailboxOptions): Promise<MailboxResolution>;
/** With an onReady promise the caller already has (tests hand in their own). */
export function resolveMailbox(
  officeReady: Promise<OfficeReadyInfo> | undefined,
  officeGlobal: typeof Office | undefined,
  options?: ResolveMailboxOptions,
): Promise<MailboxResolution>;
export function resolveMailbox(
  first: Promise<OfficeReadyInfo> | typeof Office | undefined,
  second?: typeof Office | ResolveMailboxOptions,
  third?: ResolveMailboxOptions,
): Promise<MailboxResolution> {
  // An Office global has onReady and no then; a promise has then. Options have neither.
  if (isThenable(first) || (first === undefined && isOfficeGlobal(second))) {
    return decide(first as Promise<OfficeReadyInfo> | undefined, second as typeof Office | undefined, third ?? {});
  }
  const officeGlobal = first as typeof Office | undefined;
  return decide(officeReadyOf(officeGlobal), officeGlobal, (second as ResolveMailboxOptions | undefined) ?? {});
}

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function isOfficeGlobal(value: unknown): value is typeof Office {
  return typeof value === 'object' && value !== null && ('onReady' in value || 'context' in value);
}

async function decide(
  officeReady: Promise<OfficeReadyInfo> | undefined,
  officeGlobal: typeof Office | undefined,
  options: ResolveMailboxOptions,
): Promise<MailboxResolution> {
  const preview = async (reason: PreviewReason): Promise<MailboxResolution> => {
    const { createSimulatedMailbox } = await import(/* webpackChunkName: "preview-mailbox" */ './simulatedMailbox');
    const { port, control } = createSimulatedMailbox(options.simulated?.initial, options.simulated?.options);
    return { kind: 'preview', port, control, reason };
  };

  if (!officeReady || !officeGlobal) return preview('office-unavailable');
  // Loaded while Office starts, so Outlook does not wait for it after onReady; a failed load
  // rejects the real mailbox only, never turns Outlook into a preview.
  const officeModule = import(/* webpackChunkName: "office-mailbox" */ './officeMailbox');
  officeModule.catch(() => undefined);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), options.timeoutMs ?? 10_000);
  });
  let info: OfficeReadyInfo | typeof TIMED_OUT | undefined;
  try {
    info = await Promise.race([officeReady, timeout]);
  } catch {
    info = undefined;
  } finally {
    clearTimeout(timer);
  }

  if (info === TIMED_OUT) return preview('office-timeout');
  if (info === undefined || info === null) return preview('office-unavailable');
  if (info.host === null || info.host === undefined) return preview('no-office-host');
  const outlook = officeGlobal.HostType?.Outlook ?? 'Outlook';
  if (info.host !== outlook) return preview('unsupported-host');
  return { kind: 'outlook', port: (await officeModule).createOfficeMailbox(officeGlobal, options.office) };
}

/** Office.onReady() when office.js is there, undefined when it failed to load. */
export function officeReadyOf(officeGlobal: typeof Office | undefined): Promise<OfficeReadyInfo> | undefined {
  if (!officeGlobal || typeof officeGlobal.onReady !== 'function') return undefined;
  try {
    return officeGlobal.onReady();
  } catch {
    return undefined;
  }
}
