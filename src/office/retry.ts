// Bounded retry of transient Office failures, and a small concurrency limiter.
//
// Invariants:
// - withRetry retries only MailboxError{code:'transient'}; anything else is rethrown at once.
// - At most `attempts` calls of `op` in total, however the options are set.
// - The limiter never runs more than `max` tasks at once and starts them in call order.

import { MailboxError } from './port';

export type RetryOptions = {
  /** Total tries, first one included. Default 3. */
  attempts?: number;
  /** Pause before retry n (0-based); the last value repeats. Default [200, 800]. */
  delaysMs?: readonly number[];
  /** Injectable for tests. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry, e.g. to show "Outlook antwoordt traag, nieuwe poging...". */
  onRetry?: (info: { attempt: number; error: MailboxError }) => void;
};

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function isTransient(error: unknown): error is MailboxError {
  return error instanceof MailboxError && error.code === 'transient';
}

/**
 * Runs `op`, retrying it while it fails with a transient MailboxError.
 * Only wrap operations that are safe to repeat: a transient failure of an add may still
 * have added the attachment, so check getAttachments() before adding again.
 */
export async function withRetry<T>(op: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const delays = options.delaysMs ?? [200, 800];
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      if (!isTransient(error) || attempt >= attempts) throw error;
      options.onRetry?.({ attempt, error });
      const delay = delays[Math.min(attempt - 1, delays.length - 1)] ?? 0;
      await sleep(delay);
    }
  }
}

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Outlook on the web handles about 3 attachment/recipient calls at once; more fail or stall.
 * Wrap every Office call in the same limiter to stay under that.
 */
export function createLimiter(max = 3): Limiter {
  const limit = Math.max(1, Math.floor(max));
  let running = 0;
  const queue: Array<() => void> = [];
  const next = (): void => {
    if (running >= limit) return;
    const start = queue.shift();
    if (start) {
      running++;
      start();
    }
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        const release = (): void => {
          running--;
          next();
        };
        // Promise.resolve().then: a task that throws synchronously still frees its slot. No
        // .finally: it is ES2018, and the Send bundle runs in classic Outlook's ES2016 runtime.
        Promise.resolve().then(task).then(resolve, reject).then(release, release);
      });
      next();
    });
}
