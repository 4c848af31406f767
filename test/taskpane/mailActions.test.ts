// encryptAndReplace against the simulated mailbox, with a fake cipher: the order of the steps,
// what is left in the mail when one of them fails, and that the original is never lost.
import { TRACES_SESSION_KEY, buildTraces } from '../../src/domain';
import { createSimulatedMailbox, type SimulatedMethod } from '../../src/office/simulatedMailbox';
import type { EncryptDeps, EncryptOutcome } from '../../src/taskpane/mailActions';
import { removeInlineImages, restoreHeldOriginal } from '../../src/taskpane/attachments';
import { clearPriorReferral, encryptAndReplace, findPriorReferral, finishReferral, makeCall } from '../../src/taskpane/mailActions';
import type { EncryptPlan } from '../../src/taskpane/types';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const unb64 = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

// The fake "zip": PK and the original, so it is as large as the original (plus two), as a stored zip is.
const deps: EncryptDeps = {
  encrypt: async (file) => {
    const bytes = 'base64' in file ? unb64(file.base64) : file.bytes;
    const zip = new Uint8Array([0x50, 0x4b, ...bytes]);
    return { zipBase64: b64(zip), size: zip.length, sha256: 'b'.repeat(64) };
  },
  newPassword: () => 'AAAA-BBBB-CCCC-DDDD',
  newReference: () => 'KG-20260310-ABCDEF',
  names: (reference) => ({ entryName: `doorverwijzing-${reference}.pdf`, zipName: `doorverwijzing-${reference}.zip` }),
  checkSize: () => undefined,
  isTooLarge: () => false,
  sleep: async () => undefined,
};

const ZIP = 'doorverwijzing-KG-20260310-ABCDEF.zip';
const traces = buildTraces({ fileName: 'Verwijsformulier Kristof Peeters.pdf' }, '0'.repeat(32));
const call = makeCall({ delaysMs: [0] });

function setup(options: { total?: number } = {}) {
  const formBytes = new Uint8Array(Array.from({ length: 60 }, (_, i) => i));
  const { port, control } = createSimulatedMailbox(
    { attachments: [{ name: 'Verwijsformulier.pdf', bytes: formBytes }] },
    options.total !== undefined ? { maxTotalAttachmentBytes: options.total } : {},
  );
  const original = control.inspect().attachments[0]!;
  const run = (plan: EncryptPlan = 'add-first') =>
    encryptAndReplace({
      port,
      call,
      source: { kind: 'attachment', id: original.id, name: original.name },
      protocolId: 'mesen-2024',
      traces,
      deps,
      plan,
      onStage: () => undefined,
    });
  return { port, control, run, original, formBytes };
}

test('adds the zip, confirms it, then removes the original and writes the headers; the traces go first', async () => {
  const { control, run } = setup();
  const outcome = await run();
  expect(outcome.kind).toBe('done');
  const mail = control.inspect();
  expect(mail.attachments.map((a) => a.name)).toEqual([ZIP]);
  expect(mail.headers['X-KG-Protocol']).toBe('mesen-2024');
  // The Send check finds the client traces on the item; never the file name itself.
  expect(JSON.parse(mail.sessionData[TRACES_SESSION_KEY] ?? 'null')).toEqual(traces);
  expect(JSON.stringify(mail.sessionData)).not.toMatch(/kristof|peeters/i);
  const order = control
    .calls()
    .filter((c) => c.outcome === 'ok')
    .map((c) => c.method);
  expect(order.indexOf('setSessionData')).toBeLessThan(order.indexOf('addFileAttachmentFromBase64'));
  expect(order.indexOf('addFileAttachmentFromBase64')).toBeLessThan(order.lastIndexOf('getAttachments'));
  expect(order.lastIndexOf('getAttachments')).toBeLessThan(order.indexOf('removeAttachment'));
  // The pane hands Office's base64 on: it never asks for decoded bytes (the port adds only base64).
  expect(order).not.toContain('getAttachmentContent');
});

test('a client without sessionData (Mailbox < 1.11) still gets its referral; the pane knows the traces were not stored', async () => {
  const { port, control } = createSimulatedMailbox({}, { sessionDataSupported: false });
  const original = control.inspect().attachments[0]!;
  const outcome = await encryptAndReplace({
    port,
    call,
    source: { kind: 'attachment', id: original.id, name: original.name },
    protocolId: 'mesen-2024',
    traces,
    deps,
    plan: 'add-first',
    onStage: () => undefined,
  });
  expect(outcome.kind === 'done' && outcome.result.tracesStored).toBe('unsupported');
  expect(control.inspect().attachments.map((a) => a.name)).toEqual([ZIP]);
});

test.each(['getAttachmentBase64', 'addFileAttachmentFromBase64'] as const)(
  '%s failing for good leaves the original in place and adds nothing',
  async (method) => {
    const { control, run, original } = setup();
    control.faults.failAlways(method, 'failed');
    const outcome = await run();
    expect(outcome).toMatchObject({ kind: 'failed', original: { where: 'kept' } });
    expect(control.inspect().attachments.map((a) => a.id)).toEqual([original.id]);
  },
);

test('an add Outlook reports as too large says so', async () => {
  const { run, control } = setup({ total: 100 });
  expect(await run('add-first')).toMatchObject({ kind: 'failed', failure: 'attach-too-large', original: { where: 'kept' } });
  expect(control.inspect().attachments).toHaveLength(1);
});

test('a transient add that did attach is found, not repeated', async () => {
  const { control, run } = setup();
  control.faults.failNext('addFileAttachmentFromBase64', 'transient', 1, { applied: true });
  expect((await run()).kind).toBe('done');
  expect(control.inspect().attachments).toHaveLength(1);
  expect(control.calls().filter((c) => c.method === 'addFileAttachmentFromBase64')).toHaveLength(1);
});

describe('uncertain outcomes: nothing is guessed, nothing added twice', () => {
  test('the add fails although it attached, and the mail cannot be read: uncertain, one zip', async () => {
    const { control, run, port } = setup();
    control.faults.failNext('addFileAttachmentFromBase64', 'failed', 1, { applied: true });
    control.faults.failAlways('getAttachments', 'failed');
    expect(await run()).toEqual({ kind: 'uncertain', zipName: ZIP, held: null });
    expect(control.inspect().attachments.filter((a) => a.name === ZIP)).toHaveLength(1);
    expect(control.calls().filter((c) => c.method === 'addFileAttachmentFromBase64')).toHaveLength(1);
    // Read again once Outlook answers: the zip is found as an earlier referral, never added again.
    control.faults.clear();
    expect(await findPriorReferral(port, call)).toMatchObject({ reference: 'KG-20260310-ABCDEF', whole: false });
  });

  test('the add fails and the mail cannot be read: uncertain too, and the re-read later shows nothing was added', async () => {
    const { control, run, port } = setup();
    control.faults.failNext('addFileAttachmentFromBase64', 'failed');
    control.faults.failAlways('getAttachments', 'failed');
    expect((await run()).kind).toBe('uncertain');
    control.faults.clear();
    expect(await findPriorReferral(port, call)).toBeNull();
  });

  test('the zip is added but its confirmation cannot be read: uncertain, the original stays', async () => {
    const { control, run, original } = setup();
    control.faults.failNext('getAttachments', 'failed', 3);
    expect((await run()).kind).toBe('uncertain');
    expect(control.inspect().attachments.map((a) => a.id)).toContain(original.id);
  });
});

describe('unfinished: the zip is in, something is left, and one action finishes it', () => {
  test('the remove fails for good: unfinished with the original still there; finishing removes it', async () => {
    const { control, run, port } = setup();
    control.faults.failAlways('removeAttachment', 'failed');
    const outcome = await run();
    expect(outcome.kind).toBe('unfinished');
    if (outcome.kind !== 'unfinished') return;
    expect(outcome.result.original?.status).toBe('still-attached');
    expect(control.inspect().attachments).toHaveLength(2);
    control.faults.clear();
    const finished = await finishReferral(port, call, outcome.result);
    expect(finished.original?.status).toBe('removed');
    expect(control.inspect().attachments.map((a) => a.name)).toEqual([ZIP]);
  });

  test('the headers fail for good: unfinished; finishing writes them', async () => {
    const { control, run, port } = setup();
    control.faults.failAlways('setInternetHeaders', 'failed');
    const outcome = await run();
    expect(outcome.kind === 'unfinished' && outcome.result.headers).toBe('failed');
    control.faults.clear();
    if (outcome.kind !== 'unfinished') return;
    expect((await finishReferral(port, call, outcome.result)).headers).toBe('written');
    expect(control.inspect().headers['X-KG-Referral-Ref']).toBe('KG-20260310-ABCDEF');
  });
});

describe('original out first (original and zip do not fit together): the original is never lost', () => {
  // 60 bytes of form, a 62-byte zip, 100 bytes for all attachments: only one of the two fits.
  const TOTAL = 100;

  /** The original's bytes are in the mail (under its name) or in the outcome, held for the pane. */
  function originalSafe(outcome: EncryptOutcome, mail: ReturnType<ReturnType<typeof setup>['control']['inspect']>, bytes: Uint8Array): void {
    const inMail = mail.attachments.find((a) => a.name === 'Verwijsformulier.pdf');
    const held =
      outcome.kind === 'failed' && outcome.original.where === 'held' ? outcome.original.original : outcome.kind === 'uncertain' ? outcome.held : null;
    const zipIn = mail.attachments.some((a) => a.name === ZIP);
    if (inMail) expect(Buffer.from(inMail.bytes).equals(Buffer.from(bytes))).toBe(true);
    else if (!zipIn || outcome.kind === 'uncertain') expect(held && Buffer.from(unb64(held.base64)).equals(Buffer.from(bytes))).toBe(true);
  }

  test('it works: the original out, the zip in, headers set', async () => {
    const { control, run } = setup({ total: TOTAL });
    expect((await run('original-out-first')).kind).toBe('done');
    expect(control.inspect().attachments.map((a) => a.name)).toEqual([ZIP]);
  });

  const faults: Array<[string, SimulatedMethod, 'once' | 'always', boolean, EncryptOutcome['kind']]> = [
    ['reading the original fails', 'getAttachmentBase64', 'always', false, 'failed'],
    ['removing the original fails', 'removeAttachment', 'always', false, 'failed'],
    ['removing the original fails although it happened', 'removeAttachment', 'once', true, 'done'],
    ['adding the zip fails (and putting the original back too)', 'addFileAttachmentFromBase64', 'always', false, 'failed'],
    ['adding the zip fails once, for good', 'addFileAttachmentFromBase64', 'once', false, 'failed'],
    ['reading the mail fails after the add', 'getAttachments', 'always', false, 'uncertain'],
    ['writing the headers fails', 'setInternetHeaders', 'always', false, 'unfinished'],
  ];
  test.each(faults)('%s: the original is in the mail or held, never gone', async (_name, method, how, applied, kind) => {
    const { control, run, formBytes } = setup({ total: TOTAL });
    if (how === 'always') control.faults.failAlways(method, 'failed', { applied });
    else control.faults.failNext(method, 'failed', 1, { applied });
    const outcome = await run('original-out-first');
    expect(outcome.kind).toBe(kind);
    originalSafe(outcome, control.inspect(), formBytes);
    expect(control.inspect().attachments.filter((a) => a.name === ZIP).length).toBeLessThanOrEqual(1);
  });

  test('the zip does not arrive: the original is put back where it was, under a new id', async () => {
    const { control, run, formBytes } = setup({ total: TOTAL });
    control.faults.failNext('addFileAttachmentFromBase64', 'failed');
    const outcome = await run('original-out-first');
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'attach', original: { where: 'put-back' } });
    const back = control.inspect().attachments;
    expect(back.map((a) => a.name)).toEqual(['Verwijsformulier.pdf']);
    expect(Buffer.from(back[0]!.bytes).equals(Buffer.from(formBytes))).toBe(true);
    if (outcome.kind === 'failed' && outcome.original.where === 'put-back') expect(outcome.original.id).toBe(back[0]!.id);
  });

  test('held, then put back once Outlook cooperates; looking first, so never twice', async () => {
    const { control, run, port, formBytes } = setup({ total: TOTAL });
    control.faults.failAlways('addFileAttachmentFromBase64', 'failed');
    const outcome = await run('original-out-first');
    if (outcome.kind !== 'failed' || outcome.original.where !== 'held') throw new Error(`not held: ${JSON.stringify(outcome)}`);
    expect(control.inspect().attachments).toEqual([]);
    control.faults.clear();
    const id = await restoreHeldOriginal(port, call, outcome.original.original);
    expect(id).not.toBeNull();
    expect(await restoreHeldOriginal(port, call, outcome.original.original)).toBe(id);
    const mail = control.inspect().attachments;
    expect(mail).toHaveLength(1);
    expect(Buffer.from(mail[0]!.bytes).equals(Buffer.from(formBytes))).toBe(true);
  });
});

test('inline images (a signature logo) are removed, the rest stays', async () => {
  const { port, control } = createSimulatedMailbox({
    attachments: [
      { name: 'doorverwijzing-KG-20260310-ABCDEF.zip', bytes: new Uint8Array([1]) },
      { name: 'logo.png', bytes: new Uint8Array([2]), isInline: true },
      { name: 'image001.png', bytes: new Uint8Array([3]), isInline: true },
    ],
  });
  expect(await removeInlineImages(port, call)).toBe(true);
  expect(control.inspect().attachments.map((a) => a.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
  control.addAttachment({ name: 'logo.png', bytes: new Uint8Array([2]), isInline: true });
  control.faults.failAlways('removeAttachment', 'failed');
  expect(await removeInlineImages(port, call)).toBe(false);
});

describe('an earlier referral on the mail (the pane was closed and opened again)', () => {
  const encrypted = async () => {
    const s = setup();
    await s.run();
    return s;
  };

  test('is found with its reference, zip and headers, and counts as whole', async () => {
    const { port } = await encrypted();
    const prior = await findPriorReferral(port, call);
    expect(prior).toMatchObject({ reference: 'KG-20260310-ABCDEF', whole: true, marker: { status: 'valid' } });
    expect(prior?.zips.map((z) => z.name)).toEqual([ZIP]);
  });

  test('is nothing on a fresh mail', async () => {
    const { port } = createSimulatedMailbox();
    expect(await findPriorReferral(port, call)).toBeNull();
  });

  test('a zip without our headers, or headers without the zip, is found but not whole', async () => {
    const zipOnly = createSimulatedMailbox({ attachments: [{ name: ZIP, bytes: new Uint8Array([1]) }] });
    expect(await findPriorReferral(zipOnly.port, call)).toMatchObject({ reference: 'KG-20260310-ABCDEF', whole: false, marker: { status: 'absent' } });
    const headersOnly = createSimulatedMailbox({ attachments: [], headers: { 'X-KG-Referral-Ref': 'KG-20260310-ABCDEF' } });
    expect(await findPriorReferral(headersOnly.port, call)).toMatchObject({ whole: false, zips: [], marker: { status: 'invalid' } });
  });

  test('clearing removes the zip, every X-KG header and the traces, and leaves the rest of the mail', async () => {
    const { port, control } = await encrypted();
    control.addAttachment({ name: 'Doorverwijzing formulier.pdf', bytes: new Uint8Array([1, 2]) });
    const prior = (await findPriorReferral(port, call))!;
    expect(await clearPriorReferral(port, call, prior)).toBe('cleared');
    const mail = control.inspect();
    expect(mail.attachments.map((a) => a.name)).toEqual(['Doorverwijzing formulier.pdf']);
    expect(Object.keys(mail.headers)).toEqual([]);
    expect(mail.sessionData[TRACES_SESSION_KEY]).toBeUndefined();
    expect(await findPriorReferral(port, call)).toBeNull();
  });

  test.each(['removeAttachment', 'removeInternetHeaders'] as const)(
    'clearing reports %s failing for good, and the marker stays while the zip does',
    async (method) => {
      const { port, control } = await encrypted();
      const prior = (await findPriorReferral(port, call))!;
      control.faults.failAlways(method, 'failed');
      expect(await clearPriorReferral(port, call, prior)).toBe('failed');
      const mail = control.inspect();
      expect(mail.headers['X-KG-Referral-Ref']).toBe('KG-20260310-ABCDEF');
      if (method === 'removeAttachment') expect(mail.attachments).toHaveLength(1);
    },
  );
});
