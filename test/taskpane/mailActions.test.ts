// encryptAndReplace against the simulated mailbox, with a fake cipher: the order of the steps
// and what is left in the mail when one of them fails.
import { TRACES_SESSION_KEY, buildTraces } from '../../src/domain';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { createLimiter } from '../../src/office/retry';
import type { EncryptDeps } from '../../src/taskpane/mailActions';
import { clearPriorReferral, encryptAndReplace, findPriorReferral, makeCall } from '../../src/taskpane/mailActions';

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

const traces = buildTraces({ fileName: 'Verwijsformulier Kristof Peeters.pdf' }, '0'.repeat(32));

function setup() {
  const { port, control } = createSimulatedMailbox();
  const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
  const original = control.inspect().attachments[0]!;
  const run = () => encryptAndReplace({ port, call, source: { kind: 'attachment', id: original.id, name: original.name }, protocolId: 'mesen-2024', traces, deps, onStage: () => undefined });
  return { control, run, original };
}

test('adds the zip, confirms it, then removes the original and writes the headers', async () => {
  const { control, run } = setup();
  const outcome = await run();
  expect(outcome.ok).toBe(true);
  const mail = control.inspect();
  expect(mail.attachments.map((a) => a.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
  expect(mail.headers['X-KG-Protocol']).toBe('mesen-2024');
  // The Send check finds the client traces on the item; never the file name itself.
  expect(JSON.parse(mail.sessionData[TRACES_SESSION_KEY] ?? 'null')).toEqual(traces);
  expect(JSON.stringify(mail.sessionData)).not.toMatch(/kristof|peeters/i);
  const order = control.calls().filter((c) => c.outcome === 'ok').map((c) => c.method);
  expect(order.indexOf('addFileAttachment')).toBeLessThan(order.lastIndexOf('getAttachments'));
  expect(order.lastIndexOf('getAttachments')).toBeLessThan(order.indexOf('removeAttachment'));
});

test('a client without sessionData (Mailbox < 1.11) still gets its referral; the pane knows the traces were not stored', async () => {
  const { port, control } = createSimulatedMailbox({}, { sessionDataSupported: false });
  const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
  const original = control.inspect().attachments[0]!;
  const outcome = await encryptAndReplace({ port, call, source: { kind: 'attachment', id: original.id, name: original.name }, protocolId: 'mesen-2024', traces, deps, onStage: () => undefined });
  expect(outcome.ok && outcome.result.tracesStored).toBe('unsupported');
  expect(control.inspect().attachments.map((a) => a.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
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

describe('an earlier referral on the mail (the pane was closed and opened again)', () => {
  test('is found with its reference, zip and headers, and counts as whole', async () => {
    const { port, control } = createSimulatedMailbox();
    const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
    const original = control.inspect().attachments[0]!;
    await encryptAndReplace({ port, call, source: { kind: 'attachment', id: original.id, name: original.name }, protocolId: 'mesen-2024', traces, deps, onStage: () => undefined });
    const prior = await findPriorReferral(port, call);
    expect(prior).toMatchObject({ reference: 'KG-20260310-ABCDEF', whole: true, marker: { status: 'valid' } });
    expect(prior?.zips.map((z) => z.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
  });

  test('is nothing on a fresh mail', async () => {
    const { port } = createSimulatedMailbox();
    expect(await findPriorReferral(port, makeCall({ limiter: createLimiter(3), delaysMs: [0] }))).toBeNull();
  });

  test('a zip without our headers, or headers without the zip, is found but not whole', async () => {
    const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
    const zipOnly = createSimulatedMailbox({ attachments: [{ name: 'doorverwijzing-KG-20260310-ABCDEF.zip', bytes: new Uint8Array([1]) }] });
    expect(await findPriorReferral(zipOnly.port, call)).toMatchObject({ reference: 'KG-20260310-ABCDEF', whole: false, marker: { status: 'absent' } });
    const headersOnly = createSimulatedMailbox({ attachments: [], headers: { 'X-KG-Referral-Ref': 'KG-20260310-ABCDEF' } });
    expect(await findPriorReferral(headersOnly.port, call)).toMatchObject({ whole: false, zips: [], marker: { status: 'invalid' } });
  });

  test('clearing removes the zip and every X-KG header, and leaves the rest of the mail', async () => {
    const { port, control: c } = createSimulatedMailbox({ headers: { 'X-Other': 'keep' } });
    const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
    const original = c.inspect().attachments[0]!;
    await encryptAndReplace({ port, call, source: { kind: 'attachment', id: original.id, name: original.name }, protocolId: 'mesen-2024', traces, deps, onStage: () => undefined });
    c.addAttachment({ name: 'Doorverwijzing formulier.pdf', bytes: new Uint8Array([1, 2]) });
    const prior = (await findPriorReferral(port, call))!;
    expect(await clearPriorReferral(port, call, prior)).toBe('cleared');
    const mail = c.inspect();
    expect(mail.attachments.map((a) => a.name)).toEqual(['Doorverwijzing formulier.pdf']);
    expect(mail.headers).toEqual({ 'X-Other': 'keep' });
    expect(await findPriorReferral(port, call)).toBeNull();
  });

  test.each(['removeAttachment', 'removeInternetHeaders'] as const)('clearing reports %s failing for good, and the marker stays while the zip does', async (method) => {
    const { port, control } = createSimulatedMailbox();
    const call = makeCall({ limiter: createLimiter(3), delaysMs: [0] });
    const original = control.inspect().attachments[0]!;
    await encryptAndReplace({ port, call, source: { kind: 'attachment', id: original.id, name: original.name }, protocolId: 'mesen-2024', traces, deps, onStage: () => undefined });
    const prior = (await findPriorReferral(port, call))!;
    control.faults.failAlways(method, 'failed');
    expect(await clearPriorReferral(port, call, prior)).toBe('failed');
    const mail = control.inspect();
    expect(mail.headers['X-KG-Referral-Ref']).toBe('KG-20260310-ABCDEF');
    if (method === 'removeAttachment') expect(mail.attachments).toHaveLength(1);
  });
});
