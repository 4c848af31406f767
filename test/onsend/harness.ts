// A Send in Node: the handler from src/onsend/handler.ts, a simulated compose message behind the
// MailboxPort, and a stand-in for the Smart Alerts event that records every completed call.
import type { RegistryResult } from '../../src/domain';
import type { SendCompletedOptions, OfficeContextLike, Timer } from '../../src/onsend/handler';
import { createSendHandler } from '../../src/onsend/handler';
import type { MailboxPort } from '../../src/office/port';
import type { SimulatedMailboxOptions, SimulatedMessage } from '../../src/office/simulatedMailbox';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { NOW } from '../fixtures/mails';
import { fixtureRegistry } from '../fixtures/rules';

export function officeStandIn(displayLanguage = 'nl-BE', mailboxVersion = '1.14'): OfficeContextLike {
  const have = mailboxVersion.split('.').map(Number);
  return {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, min = '1.1') => {
          const want = min.split('.').map(Number);
          return name === 'Mailbox' && ((have[0] ?? 0) > (want[0] ?? 0) || ((have[0] ?? 0) === (want[0] ?? 0) && (have[1] ?? 0) >= (want[1] ?? 0)));
        },
      },
    },
  };
}

export type SendRun = {
  completions: SendCompletedOptions[];
  /** The one completion; fails the test when there were none or more. */
  result: SendCompletedOptions;
  control: ReturnType<typeof createSimulatedMailbox>['control'];
};

export type SendSetup = {
  message: Partial<SimulatedMessage>;
  mailboxOptions?: SimulatedMailboxOptions;
  /** Runs on the simulated mailbox before Send, e.g. to inject faults or act as the user. */
  before?: (mailbox: ReturnType<typeof createSimulatedMailbox>) => void;
  office?: OfficeContextLike;
  now?: Date;
  registry?: () => RegistryResult;
  port?: (real: MailboxPort) => MailboxPort;
  timeoutMs?: number;
  timer?: Timer;
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

export async function send(setup: SendSetup): Promise<SendRun> {
  const mailbox = createSimulatedMailbox(setup.message, setup.mailboxOptions);
  setup.before?.(mailbox);
  const completions: SendCompletedOptions[] = [];
  let resolveFirst: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (resolveFirst = resolve));
  const handler = createSendHandler({
    office: setup.office ?? officeStandIn(),
    port: () => (setup.port ? setup.port(mailbox.port) : mailbox.port),
    registry: setup.registry ?? fixtureRegistry,
    now: () => setup.now ?? NOW,
    retry: { attempts: 2, delaysMs: [0] },
    ...(setup.timeoutMs !== undefined ? { timeoutMs: setup.timeoutMs } : {}),
    ...(setup.timer ? { timer: setup.timer } : {}),
  });
  handler({
    completed: (options) => {
      completions.push(options);
      resolveFirst();
    },
  });
  await first;
  // Give a second, wrong completion the chance to arrive before we count.
  await settle();
  expect(completions).toHaveLength(1);
  return { completions, result: completions[0] as SendCompletedOptions, control: mailbox.control };
}

/** A timer the test fires by hand: the watchdog is tested without waiting for it. */
export function manualTimer() {
  const pending: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
  const timer: Timer = {
    set: (callback, ms) => {
      const entry = { callback, ms, cleared: false };
      pending.push(entry);
      return entry;
    },
    clear: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
  };
  return {
    timer,
    /** The delays asked for so far. */
    delays: () => pending.map((p) => p.ms),
    /** Fires every timer not cleared, as if their time had come. */
    fire: () => {
      for (const p of pending) if (!p.cleared) p.callback();
    },
  };
}
