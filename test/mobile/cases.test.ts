// The phone's case table (cases.ts) in Node: the handler with the real Office adapter
// (src/office/officeMailbox.ts) over an office.js stand-in. bundle.test.ts runs the same table
// through the built dist/mobile.js in an ES2016-only context.
import { createPhoneHandler } from '../../src/mobile/handler';
import { createOfficeMailbox } from '../../src/office/officeMailbox';
import { officeStandIn } from '../onsend/officeStandIn';
import { PHONE_CASES } from './cases';
import { expectNotice, fireEvent } from './harness';
import { fixtureRegistry } from '../fixtures/rules';

describe('the phone case table (Node, source)', () => {
  it.each(PHONE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { office, notices } = officeStandIn(c.mail, c.options ?? {});
    const handler = createPhoneHandler({
      port: () => createOfficeMailbox(office as unknown as typeof Office),
      registry: fixtureRegistry,
      retry: { attempts: 2, delaysMs: [0] },
    });
    expect(await fireEvent(handler)).toBe(1);
    expectNotice(c, notices);
  });
});
