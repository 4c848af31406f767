// How every call of the simulated mailbox runs, and the tests' hand on it: each call answers on a
// later task after the set latency, fails when a fault was injected for it, and is logged with
// its outcome (never its arguments: they may hold mail content).
//
// Invariants:
// - A call that fails (limit or injected fault) changes nothing, unless the fault was injected
//   with `applied: true` (the change happened but the call still reports failure, as a
//   transient Office error can).
// - Calls reject only with a MailboxError whose message names the operation and code.

import type { MailboxErrorCode, MailboxPort } from './port';
import { MailboxError } from './port';

export const SIMULATED_METHODS = [
  'getRecipients',
  'setRecipients',
  'getSubject',
  'setSubject',
  'getBodyText',
  'setBodyText',
  'setBodyTextAboveSignature',
  'getAttachments',
  'getAttachmentContent',
  'getAttachmentBase64',
  'addFileAttachmentFromBase64',
  'removeAttachment',
  'getInternetHeaders',
  'setInternetHeaders',
  'removeInternetHeaders',
  'getSessionData',
  'setSessionData',
  'removeSessionData',
  'displayNewMessageForm',
  'showNotice',
  'removeNotice',
  'onRecipientsChanged',
] as const satisfies ReadonlyArray<Exclude<keyof MailboxPort, 'host' | 'displayLanguage' | 'userDisplayName'>>;

export type SimulatedMethod = (typeof SIMULATED_METHODS)[number];

const ERROR_CODES: readonly MailboxErrorCode[] = [
  'transient',
  'attachment-too-large',
  'too-many-attachments',
  'attachment-not-found',
  'not-supported',
  'failed',
];

export type FaultOptions = {
  /** The call's change still happens, then it reports the failure. Default false. */
  applied?: boolean;
};

export type FaultControl = {
  /** The next `times` calls of `method` fail with `code`. Adds to faults already queued. */
  failNext(method: SimulatedMethod, code: MailboxErrorCode, times?: number, options?: FaultOptions): void;
  /** Every call of `method` fails with `code` until clear(). */
  failAlways(method: SimulatedMethod, code: MailboxErrorCode, options?: FaultOptions): void;
  /** Removes the faults of one method, or all. */
  clear(method?: SimulatedMethod): void;
};

export type SimulatedCall = { method: SimulatedMethod; outcome: 'ok' | MailboxErrorCode };

type Fault = { code: MailboxErrorCode; remaining: number; applied: boolean };

function assertMethod(method: string): asserts method is SimulatedMethod {
  if (!(SIMULATED_METHODS as readonly string[]).includes(method)) throw new Error(`Unknown simulated method: ${method}`);
}

function assertCode(code: string): asserts code is MailboxErrorCode {
  if (!(ERROR_CODES as readonly string[]).includes(code)) throw new Error(`Unknown MailboxError code: ${code}`);
}

let taskChannel: { port1: MessagePort; port2: MessagePort; queue: Array<() => void> } | null = null;

/**
 * Runs `fn` on a later task, as Office's callbacks arrive: a message to ourselves (setTimeout(0)
 * is clamped to 4 ms after a few nested calls). Node's MessagePort would keep a test process alive,
 * so it is unref'd there.
 */
function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (taskChannel === null) {
    const channel = new MessageChannel();
    const queue: Array<() => void> = [];
    channel.port1.onmessage = () => queue.shift()?.();
    (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
    taskChannel = { port1: channel.port1, port2: channel.port2, queue };
  }
  taskChannel.queue.push(fn);
  taskChannel.port2.postMessage(null);
}

/** Runs the simulated port's calls; the faults, log and concurrency are the tests' to read and set. */
export type CallRunner = {
  /**
   * One port call: latency, then the fault (if any), then the effect. `effect` throws a
   * MailboxError for limit violations and changes nothing in that case.
   */
  run<T>(method: SimulatedMethod, effect: () => T): Promise<T>;
  faults: FaultControl;
  /** Port calls so far, in order, with their outcome. */
  calls(): SimulatedCall[];
  /** The most port calls that were in flight at once. */
  maxConcurrentCalls(): number;
  /** Delay of every port call from now on. */
  setLatency(ms: number): void;
};

export function createCallRunner(initialLatencyMs: number): CallRunner {
  let latencyMs = initialLatencyMs;
  const faults = new Map<SimulatedMethod, Fault[]>();
  const log: SimulatedCall[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const takeFault = (method: SimulatedMethod): Fault | undefined => {
    const queue = faults.get(method);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) queue.shift();
    return fault;
  };

  async function run<T>(method: SimulatedMethod, effect: () => T): Promise<T> {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise<void>((resolve) => (latencyMs > 0 ? setTimeout(resolve, latencyMs) : nextTask(resolve)));
      const fault = takeFault(method);
      if (fault) {
        if (fault.applied) {
          try {
            effect();
          } catch {
            // The injected fault is what the caller gets to see.
          }
        }
        throw new MailboxError(fault.code, method, 'Simulated');
      }
      const value = effect();
      log.push({ method, outcome: 'ok' });
      return value;
    } catch (error) {
      const mailboxError = error instanceof MailboxError ? error : new MailboxError('failed', method, 'Simulated');
      log.push({ method, outcome: mailboxError.code });
      throw mailboxError;
    } finally {
      inFlight--;
    }
  }

  const addFault = (method: SimulatedMethod, code: MailboxErrorCode, remaining: number, faultOptions?: FaultOptions): void => {
    assertMethod(method);
    assertCode(code);
    const queue = faults.get(method) ?? [];
    queue.push({ code, remaining, applied: faultOptions?.applied === true });
    faults.set(method, queue);
  };

  return {
    run,
    faults: {
      failNext: (method, code, times = 1, faultOptions) => {
        if (times >= 1) addFault(method, code, Math.floor(times), faultOptions);
      },
      failAlways: (method, code, faultOptions) => addFault(method, code, Number.POSITIVE_INFINITY, faultOptions),
      clear: (method) => {
        if (method === undefined) faults.clear();
        else faults.delete(method);
      },
    },
    calls: () => log.map((c) => ({ ...c })),
    maxConcurrentCalls: () => maxInFlight,
    setLatency: (ms) => {
      latencyMs = Math.max(0, ms);
    },
  };
}
