import { MailboxError } from '../../src/office/port';
import { createLimiter, isTransient, withRetry } from '../../src/office/retry';

const transient = () => new MailboxError('transient', 'get attachment content', '5001 InternalError');

function flaky<T>(failures: Array<unknown>, value: T) {
  const op = jest.fn(async () => {
    const next = failures.shift();
    if (next !== undefined) throw next;
    return value;
  });
  return op;
}

describe('withRetry', () => {
  it('retries transient errors with the given pauses and returns the value', async () => {
    const sleep = jest.fn(async () => undefined);
    const onRetry = jest.fn();
    const op = flaky([transient(), transient()], 'bytes');
    await expect(withRetry(op, { sleep, onRetry })).resolves.toBe('bytes');
    expect(op).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls).toEqual([[200], [800]]);
    expect(onRetry.mock.calls.map(([info]) => info.attempt)).toEqual([1, 2]);
  });

  it('gives up after `attempts` tries and rethrows the last transient error', async () => {
    const sleep = jest.fn(async () => undefined);
    const op = jest.fn(async () => {
      throw transient();
    });
    await expect(withRetry(op, { sleep })).rejects.toMatchObject({ code: 'transient' });
    expect(op).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('repeats the last pause when there are more retries than pauses', async () => {
    const sleep = jest.fn(async () => undefined);
    const op = jest.fn(async () => {
      throw transient();
    });
    await expect(withRetry(op, { attempts: 5, delaysMs: [10, 20], sleep })).rejects.toBeInstanceOf(MailboxError);
    expect(sleep.mock.calls).toEqual([[10], [20], [20], [20]]);
  });

  it.each(['attachment-too-large', 'too-many-attachments', 'attachment-not-found', 'not-supported', 'failed'] as const)('does not retry %s', async (code) => {
    const sleep = jest.fn(async () => undefined);
    const op = flaky([new MailboxError(code, 'op')], 'never');
    await expect(withRetry(op, { sleep })).rejects.toMatchObject({ code });
    expect(op).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('does not retry errors that are not MailboxErrors', async () => {
    const op = flaky([new TypeError('bug')], 'never');
    await expect(withRetry(op, { sleep: async () => undefined })).rejects.toBeInstanceOf(TypeError);
    expect(op).toHaveBeenCalledTimes(1);
  });

  it('always tries at least once, even with attempts 0', async () => {
    const op = flaky([], 'ok');
    await expect(withRetry(op, { attempts: 0 })).resolves.toBe('ok');
  });

  it('uses real timers by default', async () => {
    const op = flaky([transient()], 'ok');
    await expect(withRetry(op, { delaysMs: [1] })).resolves.toBe('ok');
  });

  it('isTransient recognises only transient MailboxErrors', () => {
    expect(isTransient(transient())).toBe(true);
    expect(isTransient(new MailboxError('failed', 'x'))).toBe(false);
    expect(isTransient(new Error('transient'))).toBe(false);
  });
});

describe('createLimiter', () => {
  it('runs at most `max` tasks at once, in call order, and passes results and errors through', async () => {
    const limit = createLimiter(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (n: number) => () =>
      new Promise<number>((resolve, reject) => {
        started.push(n);
        running++;
        peak = Math.max(peak, running);
        setTimeout(() => {
          running--;
          if (n === 4) reject(new Error('four'));
          else resolve(n * 10);
        }, 5);
      });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, n) => limit(task(n))));
    expect(peak).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(results[1]).toEqual({ status: 'fulfilled', value: 10 });
    expect(results[4]).toMatchObject({ status: 'rejected', reason: new Error('four') });
  });

  it('frees the slot of a task that throws synchronously', async () => {
    const limit = createLimiter(1);
    await expect(
      limit(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});
