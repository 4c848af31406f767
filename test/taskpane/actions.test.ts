// The controller's actions, driven without React against the simulated mailbox and a fake cipher:
// what one click does, and what a second click during it does not.
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { createReferral } from '../../src/taskpane/controller/createReferral';
import * as rules from '../../src/taskpane/controller/rules';
import type { CryptoLoader } from '../../src/taskpane/controller/cryptoLoader';
import type { PaneEncryptDeps } from '../../src/taskpane/cryptoDeps';
import { TEST_NOW } from '../fixtures/time';
import { registry } from '../fixtures/rules';

const now = (): Date => new Date(TEST_NOW.getTime());

function fakeDeps(counter: { encrypts: number }): PaneEncryptDeps {
  return {
    encrypt: async (file) => {
      counter.encrypts++;
      const bytes = 'base64' in file ? Buffer.from(file.base64, 'base64') : Buffer.from(file.bytes);
      const zip = Buffer.concat([Buffer.from('PK'), bytes]);
      return { zipBase64: zip.toString('base64'), size: zip.length, sha256: 'c'.repeat(64) };
    },
    newPassword: () => 'AAAA-BBBB-CCCC-DDDD',
    newReference: () => 'KG-20260310-ABCDEF',
    names: (reference) => ({ entryName: `doorverwijzing-${reference}.pdf`, zipName: `doorverwijzing-${reference}.zip` }),
    checkSize: () => undefined,
    isTooLarge: () => false,
    sleep: async () => undefined,
    warmUp: () => undefined,
    dispose: () => undefined,
  };
}

async function ready(attachments?: Array<{ name: string; bytes: Uint8Array }>) {
  const { port, control } = createSimulatedMailbox({ to: [{ emailAddress: 'ocmw@mesen.be' }], ...(attachments ? { attachments } : {}) }, { latencyMs: 2 });
  const counter = { encrypts: 0 };
  const crypto: CryptoLoader = { warmUp: () => undefined, dispose: () => undefined, take: async () => fakeDeps(counter) };
  const { store, actions } = createReferral({ port, registry, crypto, rules: { load: async () => rules, loaded: () => rules }, now, delaysMs: [0] });
  actions.lookForPrior();
  await actions.rereadRecipients();
  actions.commitQuery('Mesen');
  actions.setConsent('confirmed');
  actions.chooseSourceKind('attachment');
  await actions.loadAttachments();
  const form = control.inspect().attachments[0]!;
  actions.chooseAttachment(form.id, form.name);
  // The earlier-referral look is done when the state says so.
  while (store.getState().prior.status === 'checking') await new Promise((r) => setTimeout(r, 1));
  return { store, actions, control, counter };
}

test('a double click is one run: the state says running before the first await, one zip, one password', async () => {
  const { store, actions, control, counter } = await ready();
  expect(actions.getView().canEncrypt).toBe(true);
  const first = actions.encrypt();
  expect(store.getState().encryption.status).toBe('running');
  expect(actions.getView().canEncrypt).toBe(false);
  const second = actions.encrypt();
  await Promise.all([first, second]);
  expect(counter.encrypts).toBe(1);
  expect(control.calls().filter((c) => c.method === 'addFileAttachmentFromBase64')).toHaveLength(1);
  expect(control.inspect().attachments.map((a) => a.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
  expect(store.getState().encryption.status).toBe('done');
});

test('an uncertain add is read again before anything is said: the zip found is an earlier referral, and encrypting waits for it', async () => {
  const { store, actions, control } = await ready();
  control.faults.failNext('addFileAttachmentFromBase64', 'failed', 1, { applied: true });
  // Not retried ('failed' is not transient): the re-read after the add and the pane's own re-read.
  control.faults.failNext('getAttachments', 'failed', 2);
  await actions.encrypt();
  // The pane's own re-read failed too: it says it does not know.
  expect(store.getState().encryption).toMatchObject({ status: 'uncertain', checking: 'no' });
  await actions.recheck();
  expect(store.getState().prior).toMatchObject({ status: 'found', origin: 'this-pane' });
  expect(store.getState().encryption.status).toBe('idle');
  expect(actions.getView().canEncrypt).toBe(false);
  await actions.encrypt();
  expect(control.calls().filter((c) => c.method === 'addFileAttachmentFromBase64')).toHaveLength(1);
  await actions.removePrior();
  expect(store.getState().prior.status).toBe('cleared');
  // Back where the team member started: the original, nothing of ours.
  expect(control.inspect().attachments.map((a) => a.name)).toEqual(['Doorverwijzing formulier.pdf']);
  expect(actions.getView().canEncrypt).toBe(true);
});

test('"nothing was added" only after a re-read shows it', async () => {
  const { store, actions, control } = await ready();
  control.faults.failNext('addFileAttachmentFromBase64', 'failed');
  control.faults.failNext('getAttachments', 'failed', 2);
  await actions.encrypt();
  expect(store.getState().encryption.status).toBe('uncertain');
  await actions.recheck();
  expect(store.getState().encryption).toEqual({ status: 'failed', failure: 'attach', original: 'kept' });
  expect(control.inspect().attachments.map((a) => a.name)).toEqual(['Doorverwijzing formulier.pdf']);
});

test('a 13 MB form whose zip may or may not be in: held, then the zip found and removed, and the original put back by itself', async () => {
  const scan = new Uint8Array(13 * 1024 * 1024).map((_, i) => (i * 7919) & 0xff);
  const { store, actions, control } = await ready([{ name: 'Scan.pdf', bytes: scan }]);
  expect(actions.getView().plan).toBe('original-out-first');
  control.faults.failNext('addFileAttachmentFromBase64', 'failed', 1, { applied: true });
  // Not retried ('failed' is not transient): the re-read after the add and the pane's own re-read.
  control.faults.failNext('getAttachments', 'failed', 2);
  await actions.encrypt();
  expect(store.getState().encryption).toMatchObject({ status: 'uncertain', checking: 'no' });
  expect(store.getState().held?.original.name).toBe('Scan.pdf');
  // Only the zip is in the mail now; the original exists only in the pane.
  expect(control.inspect().attachments.map((a) => a.name)).toEqual(['doorverwijzing-KG-20260310-ABCDEF.zip']);
  await actions.recheck();
  expect(store.getState().prior).toMatchObject({ status: 'found', origin: 'this-pane' });
  await actions.removePrior();
  expect(store.getState().held).toBeNull();
  const back = control.inspect().attachments;
  expect(back.map((a) => a.name)).toEqual(['Scan.pdf']);
  expect(Buffer.from(back[0]!.bytes).equals(Buffer.from(scan))).toBe(true);
  // The chosen form follows it, so encrypting can start again.
  expect(store.getState().source).toMatchObject({ kind: 'attachment', attachmentId: back[0]!.id });
  expect(actions.getView().canEncrypt).toBe(true);
});
