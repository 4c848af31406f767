// encryptAndReplace against the simulated mailbox, with a fake cipher: the order of the steps
// and what is left in the mail when one of them fails.
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { createLimiter } from '../../src/office/retry';
import type { EncryptDeps } from '../../src/taskpane/mailActions';
import { encryptAndReplace, makeCall } from '../../src/taskpane/mailActions';

const deps: EncryptDeps = {
  encrypt: async (files) => new Uint8Array([0x50, 0x4b, ...files[0]!.bytes.slice(0, 4)]),
  sha256: async () => 'b'.repeat(64),
  newPassword: () => 'AAAA-BBBB-CCCC-DDDD',
  newReference: () => 'KG-20260310-ABCDEF',
  names: (reference) => ({ entryName: `doorverwijzing-${reference}.pdf`, zipName: `doorverwijzing-${reference}.zip` }),
  checkSize: () => undefined,
  isTooLarge: () => false,
  sleep: async () => undefined,
};

function setup() {
  const { port, control } = createSimulatedMailbox();
  const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
  const original = control.inspect().attachments[0]!;
  const run = () => encryptAndReplace({ port, call, source: { kind: 'attachment', id: original.id, name: original.name }, protocolId: 'mesen-2024', deps, onStage: () => undefined });
  return { control, run, original };
}

test('adds the zip, confirms it, then removes the original and writes the headers', async () => {
  const { control, run } = setup();
  const outcome = await run();
  expect(outcome.ok).toBe(true);
  const mail = control.inspect();
  expect(mail.attachments.map((a) => a.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
  expect(mail.headers['X-KG-Protocol']).toBe('mesen-2024');
  const order = control.calls().filter((c) => c.outcome === 'ok').map((c) => c.method);
  expect(order.indexOf('addFileAttachment')).toBeLessThan(order.lastIndexOf('getAttachments'));
  expect(order.lastIndexOf('getAttachments')).toBeLessThan(order.indexOf('removeAttachment'));
});

test.each(['getAttachmentContent', 'addFileAttachment', 'getAttachments'] as const)('%s failing for good leaves the original in place', async (method) => {
  const { control, run, original } = setup();
  control.faults.failAlways(method, 'failed');
  const outcome = await run();
  expect(outcome.ok).toBe(false);
  expect(control.inspect().attachments.some((a) => a.id === original.id)).toBe(true);
});

test('a transient add that did attach is found, not repeated', async () => {
  const { control, run } = setup();
  control.faults.failNext('addFileAttachment', 'transient', 1, { applied: true });
  expect((await run()).ok).toBe(true);
  expect(control.inspect().attachments).toHaveLength(1);
  expect(control.calls().filter((c) => c.method === 'addFileAttachment')).toHaveLength(1);
});

test('a remove that fails for good is reported, the zip stays', async () => {
  const { control, run } = setup();
  control.faults.failAlways('removeAttachment', 'failed');
  const outcome = await run();
  expect(outcome.ok && outcome.result.original?.status).toBe('still-attached');
  expect(control.inspect().attachments).toHaveLength(2);
});
