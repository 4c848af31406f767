// The phone's handler as a shell: exactly one event.completed on every path, a watchdog well
// within Outlook's 60 seconds, one notice key, the catalogue's words within Office's limits.
// Driven through the simulated mailbox (src/office/simulatedMailbox.ts), which injects faults.
import { PHONE_NOTICE } from '../../src/domain';
import type { PhoneNoticeKind } from '../../src/domain';
import { PHONE_WATCHDOG_MS, createPhoneHandler } from '../../src/mobile/handler';
import type { PhoneHandlerDeps, PhoneOutcome } from '../../src/mobile/handler';
import { PHONE_HANDLERS, PHONE_NOTICE_KEY } from '../../src/mobile/names';
import type { MailboxPort } from '../../src/office/port';
import { MAX_NOTICE_KEY_LENGTH, MAX_NOTICE_LENGTH } from '../../src/office/port';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import type { SimulatedMessage } from '../../src/office/simulatedMailbox';
import { manualTimer } from '../onsend/harness';
import { MESEN } from '../fixtures/mails';
import { fixtureRegistry } from '../fixtures/rules';

type Run = { completions: number; outcome: PhoneOutcome | 'failed'; mailbox: ReturnType<typeof createSimulatedMailbox> };

async function run(
  message: Partial<SimulatedMessage>,
  deps: Partial<PhoneHandlerDeps> = {},
  before?: (m: ReturnType<typeof createSimulatedMailbox>) => void,
): Promise<Run> {
  const mailbox = createSimulatedMailbox({ attachments: [], ...message });
  before?.(mailbox);
  let completions = 0;
  let outcome: PhoneOutcome | 'failed' = 'failed';
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const handler = createPhoneHandler({ port: () => mailbox.port, registry: fixtureRegistry, retry: { attempts: 2, delaysMs: [0] }, ...deps }, (o) => {
    outcome = o;
    resolveDone();
  });
  handler({ completed: () => void completions++ });
  await done;
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { completions, outcome, mailbox };
}

const to = (...addresses: string[]) => ({ to: addresses.map((emailAddress) => ({ emailAddress })) });

describe('the words', () => {
  it.each(Object.keys(PHONE_NOTICE) as PhoneNoticeKind[])('the %s notice fits Office (150 characters) in both languages, Dutch first', (kind) => {
    for (const lang of ['nl', 'en'] as const) expect(PHONE_NOTICE[kind][lang].length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(PHONE_NOTICE[kind].nl).toMatch(/doorverwijzing/i);
    expect(PHONE_NOTICE[kind].nl).toMatch(/computer|web/);
  });

  it('the example of the issue, word for word', () => {
    expect(PHONE_NOTICE.ocmw.nl).toBe('Een doorverwijzing naar het OCMW kan niet vanuit Outlook op uw telefoon. Gebruik Outlook op de computer of op het web.');
  });

  it("one key, within Office's 32 characters; handler names are JavaScript names", () => {
    expect(PHONE_NOTICE_KEY.length).toBeLessThanOrEqual(MAX_NOTICE_KEY_LENGTH);
    for (const fn of Object.values(PHONE_HANDLERS)) expect(fn).toMatch(/^[A-Za-z_$][\w$]*$/);
  });
});

describe('exactly one completed, on every path', () => {
  it('shows the notice, then completes once', async () => {
    const r = await run(to(MESEN));
    expect(r.completions).toBe(1);
    expect(r.outcome).toEqual({ notice: 'ocmw' });
    expect(Object.keys(r.mailbox.control.notices())).toEqual([PHONE_NOTICE_KEY]);
  });

  it('retries a transient Office failure of the notice', async () => {
    const r = await run(to(MESEN), {}, (m) => m.control.faults.failNext('showNotice', 'transient'));
    expect(r.completions).toBe(1);
    expect(r.mailbox.control.notices()[PHONE_NOTICE_KEY]?.message).toBe(PHONE_NOTICE.ocmw.nl);
  });

  it('completes once when the notice cannot be shown at all', async () => {
    const r = await run(to(MESEN), {}, (m) => m.control.faults.failAlways('showNotice', 'failed'));
    expect(r.completions).toBe(1);
    expect(r.outcome).toBe('failed');
    expect(r.mailbox.control.notices()).toEqual({});
  });

  it('completes once when removing the notice fails', async () => {
    const r = await run(to('an@kindengezin.be'), {}, (m) => m.control.faults.failAlways('removeNotice', 'failed'));
    expect(r.completions).toBe(1);
  });

  it('completes once when every recipient field fails, and leaves the notice as it was', async () => {
    const r = await run(to(MESEN), {}, (m) => {
      void m.port.showNotice(PHONE_NOTICE_KEY, { message: 'earlier', icon: 'Icon.16x16', persistent: true });
      m.control.faults.failAlways('getRecipients', 'failed');
    });
    expect(r.completions).toBe(1);
    expect(r.outcome).toEqual({ notice: 'unchanged' });
    expect(r.mailbox.control.notices()[PHONE_NOTICE_KEY]?.message).toBe('earlier');
  });

  it('completes once when the registry does not load', async () => {
    const r = await run(to(MESEN), { registry: () => ({ ok: false, problems: [] }) });
    expect(r.completions).toBe(1);
    expect(r.outcome).toBe('failed');
  });

  it('completes once when building the port throws', async () => {
    const r = await run(to(MESEN), {
      port: () => {
        throw new Error('no item');
      },
    });
    expect(r.completions).toBe(1);
  });

  it('never lets a throwing completed reach Office, and calls it only once', async () => {
    let calls = 0;
    const mailbox = createSimulatedMailbox({ attachments: [], ...to(MESEN) });
    await new Promise<void>((resolve) => {
      const handler = createPhoneHandler({ port: () => mailbox.port, registry: fixtureRegistry }, () => resolve());
      expect(() =>
        handler({
          completed: () => {
            calls++;
            throw new Error('Office refused');
          },
        }),
      ).not.toThrow();
    });
    expect(calls).toBe(1);
  });
});

describe('the watchdog', () => {
  it('is well within the 60 seconds Outlook on a phone allows', () => {
    expect(PHONE_WATCHDOG_MS).toBeLessThanOrEqual(15_000);
  });

  it('completes a hung event once when it fires; the late answer changes nothing', async () => {
    const timer = manualTimer();
    let release: () => void = () => undefined;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const mailbox = createSimulatedMailbox({ attachments: [], ...to(MESEN) });
    const port: MailboxPort = { ...mailbox.port, getRecipients: (field) => hung.then(() => mailbox.port.getRecipients(field)) };
    let completions = 0;
    const outcomes: Array<PhoneOutcome | 'failed'> = [];
    const handler = createPhoneHandler({ port: () => port, registry: fixtureRegistry, timer: timer.timer }, (o) => outcomes.push(o));
    handler({ completed: () => void completions++ });
    expect(timer.delays()).toEqual([PHONE_WATCHDOG_MS]);
    timer.fire();
    expect(completions).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(completions).toBe(1);
    expect(outcomes).toEqual(['failed']);
  });

  it('runs without timers (no setTimeout in the runtime) and still completes', async () => {
    const r = await run(to(MESEN), { timer: { set: () => undefined, clear: () => undefined } });
    expect(r.completions).toBe(1);
  });
});

describe('the registry is loaded once', () => {
  it('two events, one load', async () => {
    let loads = 0;
    const mailbox = createSimulatedMailbox({ attachments: [], ...to(MESEN) });
    const handler = createPhoneHandler({
      port: () => mailbox.port,
      registry: () => {
        loads++;
        return fixtureRegistry();
      },
    });
    for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => handler({ completed: () => resolve() }));
    expect(loads).toBe(1);
  });
});
