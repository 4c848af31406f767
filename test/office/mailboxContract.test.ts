// One contract, two mailboxes: what the pane may count on from a MailboxPort, asserted the same way
// against the Office adapter (officeMailbox.ts over a fake Office.js that answers as documented:
// callbacks with an AsyncResult, Office's error codes, inline attachments, RecipientsChanged) and
// against the simulated mailbox the preview and the browser tests use. Where the two would differ,
// the preview would show the team member something Outlook does not do.
import { createOfficeMailbox } from '../../src/office/officeMailbox';
import type { MailboxErrorCode, MailboxPort, RecipientField } from '../../src/office/port';
import type { SimulatedMethod } from '../../src/office/simulatedMailbox';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { createFakeOffice } from './fakeOffice';
import { rejection } from './rejection';

type SeedRecipient = { emailAddress: string; displayName: string; recipientType: 'user' | 'externalUser' | 'distributionList' | 'other' };
type SeedAttachment = { id: string; name: string; base64: string; isInline: boolean };

/** The mail as the team member left it before the pane looks. */
type Seed = {
  to: SeedRecipient[];
  cc: SeedRecipient[];
  bcc: SeedRecipient[];
  subject: string;
  body: string;
  attachments: SeedAttachment[];
  headers: Record<string, string>;
  sessionData: Record<string, string>;
};

/** A port call that a test makes fail once, as Outlook can. */
type FailingCall = 'getAttachmentContent' | 'addFileAttachmentFromBase64' | 'setSubject';

/** The Office error each failure is in Outlook, and the code the port must turn it into. */
const OFFICE_FAULTS: Record<Extract<MailboxErrorCode, 'transient' | 'attachment-too-large'>, { code: number; name: string }> = {
  transient: { code: 5001, name: 'InternalError' },
  'attachment-too-large': { code: 9000, name: 'AttachmentSizeExceeded' },
};
const OFFICE_METHOD: Record<FailingCall, string> = {
  getAttachmentContent: 'getAttachmentContentAsync',
  addFileAttachmentFromBase64: 'addFileAttachmentFromBase64Async',
  setSubject: 'subject.setAsync',
};

/** One mailbox with the host's side of it: what Outlook (or the preview) shows, and the user's hand. */
type Rig = {
  port: MailboxPort;
  attachments(): Array<{ name: string; isInline: boolean; base64: string }>;
  notices(): Record<string, { message: string; persistent: boolean }>;
  newMessages(): Array<{ to: readonly string[]; subject: string }>;
  /** As if the user edited To/Cc/Bcc in Outlook. */
  userSetsRecipients(field: RecipientField, addresses: string[]): void;
  failNext(call: FailingCall, code: keyof typeof OFFICE_FAULTS): void;
};

function officeRig(seed: Seed): Rig {
  const fake = createFakeOffice({ displayLanguage: 'nl-BE' });
  Object.assign(fake.state, { to: seed.to, cc: seed.cc, bcc: seed.bcc, subject: seed.subject, body: seed.body, headers: { ...seed.headers } });
  Object.assign(fake.state.sessionData, seed.sessionData);
  for (const a of seed.attachments) {
    fake.addStoredAttachment({ id: a.id, name: a.name, content: a.base64, isInline: a.isInline, size: Buffer.from(a.base64, 'base64').length });
  }
  return {
    port: createOfficeMailbox(fake.office),
    attachments: () => fake.state.attachments.map((a) => ({ name: a.name, isInline: a.isInline, base64: a.content })),
    notices: () => Object.fromEntries([...fake.state.notices].map(([key, n]) => [key, { message: n.message, persistent: n.persistent === true }])),
    newMessages: () => fake.state.newMessages.map((m) => ({ to: (m.toRecipients ?? []) as string[], subject: m.subject ?? '' })),
    userSetsRecipients: (field, addresses) => {
      fake.state[field] = addresses.map(
        (emailAddress) => ({ emailAddress, displayName: emailAddress, recipientType: 'externalUser' }) as Office.EmailAddressDetails,
      );
      fake.fireRecipientsChanged();
    },
    failNext: (call, code) => fake.failNext(OFFICE_METHOD[call], { ...OFFICE_FAULTS[code], message: 'Jan Peeters, Kerkstraat 1' }),
  };
}

function simulatedRig(seed: Seed): Rig {
  const { port, control } = createSimulatedMailbox({
    ...seed,
    signature: '',
    attachments: seed.attachments.map((a) => ({ id: a.id, name: a.name, base64: a.base64, isInline: a.isInline })),
  });
  return {
    port,
    attachments: () => control.inspect().attachments.map((a) => ({ name: a.name, isInline: a.isInline, base64: Buffer.from(a.bytes).toString('base64') })),
    notices: () => Object.fromEntries(Object.entries(control.notices()).map(([key, n]) => [key, { message: n.message, persistent: n.persistent }])),
    newMessages: () => control.newMessages().map((m) => ({ to: m.to, subject: m.subject })),
    userSetsRecipients: (field, addresses) =>
      control.setRecipients(
        field,
        addresses.map((emailAddress) => ({ emailAddress, recipientType: 'externalUser' })),
      ),
    failNext: (call, code) => control.faults.failNext(call satisfies SimulatedMethod, code),
  };
}

const PDF = Buffer.from('%PDF-1.4 doorverwijzing').toString('base64');
const LOGO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64');

function seed(): Seed {
  return {
    to: [{ emailAddress: 'ocmw@kontich.be', displayName: 'OCMW Kontich', recipientType: 'externalUser' }],
    cc: [{ emailAddress: 'team@kindengezin.be', displayName: 'Team', recipientType: 'distributionList' }],
    bcc: [],
    subject: 'Doorverwijzing',
    body: 'Beste,\n\nIn bijlage de doorverwijzing.',
    attachments: [
      { id: 'att-form', name: 'Doorverwijzing formulier.pdf', base64: PDF, isInline: false },
      // A signature logo: an attachment like any other, referenced from the body by cid:.
      { id: 'att-logo', name: 'image001.png', base64: LOGO, isInline: true },
    ],
    headers: { 'X-Existing': 'kept' },
    sessionData: {},
  };
}

describe.each([
  ['the Office adapter over a documented Office.js', officeRig],
  ['the simulated mailbox', simulatedRig],
])('MailboxPort contract: %s', (_name, makeRig) => {
  it('reads To, Cc and Bcc with their recipient types, and replaces a whole field', async () => {
    const { port } = makeRig(seed());
    expect(await port.getRecipients('to')).toEqual([{ emailAddress: 'ocmw@kontich.be', displayName: 'OCMW Kontich', recipientType: 'externalUser' }]);
    expect((await port.getRecipients('cc')).map((r) => r.recipientType)).toEqual(['distributionList']);
    expect(await port.getRecipients('bcc')).toEqual([]);
    await port.setRecipients('to', [{ emailAddress: 'sociale.dienst@kontich.be' }]);
    await port.setRecipients('cc', []);
    expect((await port.getRecipients('to')).map((r) => [r.emailAddress, r.displayName])).toEqual([['sociale.dienst@kontich.be', 'sociale.dienst@kontich.be']]);
    expect(await port.getRecipients('cc')).toEqual([]);
  });

  it('reads and writes the subject and the plain-text body', async () => {
    const { port } = makeRig(seed());
    expect(await port.getSubject()).toBe('Doorverwijzing');
    expect(await port.getBodyText()).toBe('Beste,\n\nIn bijlage de doorverwijzing.');
    await port.setSubject('Doorverwijzing KG-20260310-7F3K9Q');
    await port.setBodyText('Neutrale tekst');
    expect(await port.getSubject()).toBe('Doorverwijzing KG-20260310-7F3K9Q');
    expect(await port.getBodyText()).toBe('Neutrale tekst');
  });

  it('lists file and inline attachments alike, and hands their content as bare base64 or as bytes', async () => {
    const { port } = makeRig(seed());
    expect(await port.getAttachments()).toEqual([
      { id: 'att-form', name: 'Doorverwijzing formulier.pdf', size: Buffer.from(PDF, 'base64').length, isInline: false, attachmentType: 'file' },
      { id: 'att-logo', name: 'image001.png', size: 7, isInline: true, attachmentType: 'file' },
    ]);
    expect(await port.getAttachmentBase64('att-form')).toBe(PDF);
    expect(Buffer.from(await port.getAttachmentContent('att-logo')).toString('base64')).toBe(LOGO);
  });

  it('adds a non-inline attachment from bare base64, reads it back, and removes the original', async () => {
    const rig = makeRig(seed());
    const zip = Buffer.from('PK\u0003\u0004 versleuteld').toString('base64');
    const id = await rig.port.addFileAttachmentFromBase64('doorverwijzing-KG-20260310-7F3K9Q.zip', zip);
    expect(await rig.port.getAttachmentBase64(id)).toBe(zip);
    await rig.port.removeAttachment('att-form');
    expect(rig.attachments()).toEqual([
      { name: 'image001.png', isInline: true, base64: LOGO },
      { name: 'doorverwijzing-KG-20260310-7F3K9Q.zip', isInline: false, base64: zip },
    ]);
    expect((await rejection(rig.port.getAttachmentContent('att-form'))).code).toBe('attachment-not-found');
  });

  it('sets, reads and removes internet headers, leaving the others alone', async () => {
    const { port } = makeRig(seed());
    await port.setInternetHeaders({ 'X-KG-Reference': 'KG-20260310-7F3K9Q' });
    expect(await port.getInternetHeaders(['X-KG-Reference', 'X-Existing', 'X-Absent'])).toEqual({
      'X-KG-Reference': 'KG-20260310-7F3K9Q',
      'X-Existing': 'kept',
    });
    await port.removeInternetHeaders(['X-KG-Reference', 'X-Absent']);
    expect(await port.getInternetHeaders(['X-KG-Reference', 'X-Existing'])).toEqual({ 'X-Existing': 'kept' });
  });

  it('keeps session data by key: null when not set, the value once set, null again once removed', async () => {
    const { port } = makeRig(seed());
    expect(await port.getSessionData('kg-traces')).toBeNull();
    await port.setSessionData('kg-traces', '{"v":1}');
    expect(await port.getSessionData('kg-traces')).toBe('{"v":1}');
    expect(await port.getSessionData('other')).toBeNull();
    await port.removeSessionData('kg-traces');
    expect(await port.getSessionData('kg-traces')).toBeNull();
  });

  it('shows one notice per key, replaces it, removes it, and removing it again is no error', async () => {
    const rig = makeRig(seed());
    const notice = { message: 'Verstuur een doorverwijzing niet vanaf je gsm.', icon: 'Icon.16x16', persistent: true };
    await rig.port.showNotice('kg-phone', notice);
    await rig.port.showNotice('kg-phone', { ...notice, message: 'Andere tekst' });
    expect(rig.notices()).toEqual({ 'kg-phone': { message: 'Andere tekst', persistent: true } });
    await rig.port.removeNotice('kg-phone');
    await rig.port.removeNotice('kg-phone');
    expect(rig.notices()).toEqual({});
  });

  it('opens a new message for the user to check and send, leaving the mail being composed as it was', async () => {
    const rig = makeRig(seed());
    await rig.port.displayNewMessageForm({ to: ['dpo@kindengezin.be'], subject: 'Datalek KG-20260310-7F3K9Q', body: 'Wat er gebeurde' });
    expect(rig.newMessages()).toEqual([{ to: ['dpo@kindengezin.be'], subject: 'Datalek KG-20260310-7F3K9Q' }]);
    expect(await rig.port.getSubject()).toBe('Doorverwijzing');
  });

  it('calls a RecipientsChanged listener when the user edits the recipients, until it unsubscribes', async () => {
    const rig = makeRig(seed());
    let heard = 0;
    const off = await rig.port.onRecipientsChanged(() => heard++);
    expect(off).toEqual(expect.any(Function));
    rig.userSetsRecipients('cc', ['collega@kontich.be']);
    await waitFor(() => heard === 1);
    expect((await rig.port.getRecipients('cc')).map((r) => r.emailAddress)).toEqual(['collega@kontich.be']);
    off?.();
    rig.userSetsRecipients('cc', []);
    await rig.port.getSubject(); // a later task: any event would have arrived by now
    expect(heard).toBe(1);
  });

  it.each([
    ['getAttachmentContent', 'transient', (port: MailboxPort) => port.getAttachmentContent('att-form')],
    ['addFileAttachmentFromBase64', 'attachment-too-large', (port: MailboxPort) => port.addFileAttachmentFromBase64('x.zip', 'AQID')],
    ['setSubject', 'transient', (port: MailboxPort) => port.setSubject('Andere')],
  ] as const)('a failing %s rejects with %s, says nothing of the mail, changes nothing, and works again', async (call, code, run) => {
    const rig = makeRig(seed());
    rig.failNext(call, code);
    const error = await rejection(run(rig.port));
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(/Jan Peeters|Kerkstraat|Doorverwijzing/);
    expect(rig.attachments().map((a) => a.name)).toEqual(['Doorverwijzing formulier.pdf', 'image001.png']);
    expect(await rig.port.getSubject()).toBe('Doorverwijzing');
    await expect(run(rig.port)).resolves.not.toBeInstanceOf(Error);
  });

  it('rejects a read of an attachment that is not there with attachment-not-found', async () => {
    const { port } = makeRig(seed());
    expect((await rejection(port.getAttachmentBase64('no-such-id'))).code).toBe('attachment-not-found');
  });
});

/** Retries a condition on later tasks (no fixed sleep): events arrive as messages, never at once. */
async function waitFor(condition: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}
