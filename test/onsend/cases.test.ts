// The case table (cases.ts) in Node: the Send handler with the real Office adapter
// (src/office/officeMailbox.ts) over an office.js stand-in. bundle.test.ts runs the same table
// through the built bundle in an ES2016-only context.
import { createOfficeMailbox } from '../../src/office/officeMailbox';
import { createSendHandler } from '../../src/onsend/handler';
import { CASES } from './cases';
import { NOW } from '../fixtures/mails';
import { officeStandIn, seen, sendThrough } from './officeStandIn';
import { fixtureRegistry } from '../fixtures/rules';

describe('the Send check case table (Node, source)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { office } = officeStandIn(c.mail, { ...(c.mailbox ? { mailbox: c.mailbox } : {}), ...(c.sessionData === false ? { sessionData: false } : {}) });
    const handler = createSendHandler({
      office,
      port: () => createOfficeMailbox(office as unknown as typeof Office),
      registry: fixtureRegistry,
      now: () => c.now ?? NOW,
      retry: { attempts: 2, delaysMs: [0] },
    });
    const completions = await sendThrough(handler);
    expect(completions).toHaveLength(1);
    const got = seen(completions[0] as (typeof completions)[number]);
    expect(got.outcome).toBe(c.outcome);
    if (c.codes) expect(got.codes).toEqual(c.codes);
    for (const words of c.says ?? []) expect(got.message).toContain(words);
  });
});
