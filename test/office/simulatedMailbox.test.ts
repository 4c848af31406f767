import { PDFDocument } from 'pdf-lib';
import type { MailboxPort } from '../../src/office/port';
import { createSampleReferralPdf } from '../../src/office/samplePdf';
import { createSimulatedMailbox, SAMPLE_FORM_NAME, SIMULATED_METHODS } from '../../src/office/simulatedMailbox';
import type { SimulatedMethod } from '../../src/office/simulatedMailbox';
import { rejection } from './rejection';

const MB = 1024 * 1024;
/** `n` zero bytes as bare base64, as the port adds them. */
const zeros = (n: number): string => Buffer.alloc(n).toString('base64');
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the sample referral form', () => {
  it('is a valid one-page PDF with a correct cross-reference table', async () => {
    const bytes = createSampleReferralPdf();
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(text.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true));
    const length = Number(/\/Length (\d+)/.exec(text)?.[1]);
    const streamStart = text.indexOf('stream\n') + 'stream\n'.length;
    expect(text.slice(streamStart + length, streamStart + length + '\nendstream'.length)).toBe('\nendstream');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(text).toContain('(Naam: Cli\u00ebnt)');
  });
});

describe('createSimulatedMailbox', () => {
  it('starts as a preview compose message with the referral form attached', async () => {
    const { port, control } = createSimulatedMailbox();
    expect(port.host).toBe('preview');
    expect(port.displayLanguage).toBe('nl-BE');
    const attachments = await port.getAttachments();
    expect(attachments).toEqual([{ id: expect.any(String), name: SAMPLE_FORM_NAME, size: expect.any(Number), isInline: false, attachmentType: 'file' }]);
    const bytes = await port.getAttachmentContent(attachments[0]?.id ?? '');
    expect(Buffer.from(bytes).equals(Buffer.from(createSampleReferralPdf()))).toBe(true);
    expect(attachments[0]?.size).toBe(bytes.length);
    expect(control.inspect().to).toEqual([]);
  });

  it('takes an initial message and a display language', async () => {
    const { port } = createSimulatedMailbox(
      { to: [{ emailAddress: 'sociaal.huis@kontich.be' }], subject: 'Test', attachments: [] },
      { displayLanguage: 'en-US', internalDomains: ['kindengezin.be'] },
    );
    expect(port.displayLanguage).toBe('en-US');
    expect(await port.getSubject()).toBe('Test');
    expect(await port.getAttachments()).toEqual([]);
    expect(await port.getRecipients('to')).toEqual([
      { emailAddress: 'sociaal.huis@kontich.be', displayName: 'sociaal.huis@kontich.be', recipientType: 'externalUser' },
    ]);
    await port.setRecipients('cc', [{ emailAddress: 'Collega@KindEnGezin.be', displayName: 'Collega' }]);
    expect((await port.getRecipients('cc'))[0]?.recipientType).toBe('user');
  });

  it('sets subject, body and headers (header names case-insensitive)', async () => {
    const { port, control } = createSimulatedMailbox();
    await port.setSubject('Doorverwijzing REF-1');
    await port.setBodyText('Neutraal');
    await port.setInternetHeaders({ 'X-KG-Reference': 'REF-1' });
    await port.setInternetHeaders({ 'x-kg-reference': 'REF-2', 'X-KG-Consent': 'yes' });
    expect(await port.getInternetHeaders(['X-KG-REFERENCE', 'x-none'])).toEqual({ 'X-KG-REFERENCE': 'REF-2' });
    expect(control.inspect()).toMatchObject({
      subject: 'Doorverwijzing REF-1',
      body: 'Neutraal',
      headers: { 'x-kg-reference': 'REF-2', 'X-KG-Consent': 'yes' },
    });
  });

  it('removes headers by name, case-insensitively, and ignores names the mail lacks', async () => {
    const { port, control } = createSimulatedMailbox({ headers: { 'X-KG-Referral-Ref': 'KG-1', 'X-KG-Protocol': 'p', 'X-Other': 'keep' } });
    await port.removeInternetHeaders(['x-kg-referral-ref', 'X-KG-Protocol', 'X-KG-Absent']);
    expect(control.inspect().headers).toEqual({ 'X-Other': 'keep' });
    expect(await port.getInternetHeaders(['X-KG-Referral-Ref'])).toEqual({});
  });

  it('rejects a bad header without setting any', async () => {
    const { port, control } = createSimulatedMailbox();
    expect((await rejection(port.setInternetHeaders({ 'X-Good': 'a', 'X Bad:': 'b' }))).code).toBe('failed');
    expect((await rejection(port.setInternetHeaders({ 'X-Inject': 'a\r\nBcc: evil@x.be' }))).code).toBe('failed');
    expect(control.inspect().headers).toEqual({});
  });

  it('adds and removes attachments, with their bytes', async () => {
    const { port, control } = createSimulatedMailbox();
    const original = (await port.getAttachments())[0]?.id ?? '';
    const id = await port.addFileAttachmentFromBase64('doorverwijzing.zip', 'AQID');
    expect(Array.from(await port.getAttachmentContent(id))).toEqual([1, 2, 3]);
    await port.removeAttachment(original);
    expect(control.inspect().attachments.map((a) => a.name)).toEqual(['doorverwijzing.zip']);
    expect(control.attachmentBase64(id)).toBe('AQID');
    expect(control.attachmentBase64('nope')).toBeNull();
    expect((await rejection(port.removeAttachment(original))).code).toBe('attachment-not-found');
    expect((await rejection(port.getAttachmentContent(original))).code).toBe('attachment-not-found');
  });

  it('has no bytes for attached mails and cloud files (not-supported)', async () => {
    const { port } = createSimulatedMailbox({
      attachments: [
        { id: 'mail', name: 'Doorgestuurd.eml', bytes: new Uint8Array(5), attachmentType: 'item' },
        { id: 'cloud', name: 'OneDrive', bytes: new Uint8Array(0), attachmentType: 'cloud' },
      ],
    });
    expect((await rejection(port.getAttachmentContent('mail'))).code).toBe('not-supported');
    expect((await rejection(port.getAttachmentContent('cloud'))).code).toBe('not-supported');
  });
});

describe('Outlook-like limits', () => {
  it('refuses an attachment over 25 MB and adds nothing', async () => {
    const { port, control } = createSimulatedMailbox({ attachments: [] });
    const error = await rejection(port.addFileAttachmentFromBase64('Jan Peeters.zip', zeros(25 * MB + 1)));
    expect(error.code).toBe('attachment-too-large');
    expect(error.message).not.toContain('Jan Peeters');
    expect(control.inspect().attachments).toEqual([]);
    await expect(port.addFileAttachmentFromBase64('ok.zip', zeros(25 * MB))).resolves.toEqual(expect.any(String));
  });

  it('refuses going over the total size, as replacing a large original would', async () => {
    const { port, control } = createSimulatedMailbox({ attachments: [{ name: 'big.pdf', bytes: new Uint8Array(15 * MB) }] });
    expect((await rejection(port.addFileAttachmentFromBase64('big.zip', zeros(11 * MB)))).code).toBe('attachment-too-large');
    expect(control.inspect().attachments).toHaveLength(1);
  });

  it('refuses too many attachments, and an empty name', async () => {
    const { port } = createSimulatedMailbox({ attachments: [] }, { maxAttachments: 2, maxAttachmentBytes: 10 });
    await port.addFileAttachmentFromBase64('a', zeros(1));
    await port.addFileAttachmentFromBase64('b', zeros(1));
    expect((await rejection(port.addFileAttachmentFromBase64('c', zeros(1)))).code).toBe('too-many-attachments');
    expect((await rejection(port.addFileAttachmentFromBase64(' ', zeros(1)))).code).toBe('failed');
    const small = createSimulatedMailbox({ attachments: [] }, { maxAttachmentBytes: 10 });
    expect((await rejection(small.port.addFileAttachmentFromBase64('d', zeros(11)))).code).toBe('attachment-too-large');
  });
});

describe('base64 content, as Office hands it', () => {
  it('gives an attachment added as bytes as bare base64, and one added as base64 as bytes', async () => {
    const { port, control } = createSimulatedMailbox({ attachments: [{ name: 'a.pdf', bytes: new Uint8Array([1, 2, 3, 4]) }] });
    const [a] = await port.getAttachments();
    expect(await port.getAttachmentBase64(a!.id)).toBe('AQIDBA==');
    const id = await port.addFileAttachmentFromBase64('b.zip', 'BQYH');
    expect((await port.getAttachments()).find((x) => x.id === id)).toMatchObject({ name: 'b.zip', size: 3, isInline: false, attachmentType: 'file' });
    expect([...(await port.getAttachmentContent(id))]).toEqual([5, 6, 7]);
    expect(control.attachmentBase64(id)).toBe('BQYH');
  });

  it('applies the size limits to base64 as to bytes, and refuses what is not bare base64', async () => {
    const { port } = createSimulatedMailbox({ attachments: [] }, { maxTotalAttachmentBytes: 4 });
    await port.addFileAttachmentFromBase64('a', 'AQID');
    expect((await rejection(port.addFileAttachmentFromBase64('b', 'AQID'))).code).toBe('attachment-too-large');
    expect((await rejection(port.addFileAttachmentFromBase64('c', 'AQI'))).code).toBe('failed');
  });

  it('an attached mail has no base64 content', async () => {
    const { port } = createSimulatedMailbox({ attachments: [{ name: 'm.eml', bytes: new Uint8Array(1), attachmentType: 'item' }] });
    const [m] = await port.getAttachments();
    expect((await rejection(port.getAttachmentBase64(m!.id))).code).toBe('not-supported');
  });
});

describe('new messages the pane opens', () => {
  it('records them, for the test to read; the mail being composed does not change', async () => {
    const { port, control } = createSimulatedMailbox();
    const before = control.inspect();
    await port.displayNewMessageForm({ to: ['dpo@opgroeien.be', 'privacy@mesen.be'], subject: 'Melding', body: 'Referentie KG-20260310-ABCDEF' });
    expect(control.newMessages()).toEqual([{ to: ['dpo@opgroeien.be', 'privacy@mesen.be'], subject: 'Melding', body: 'Referentie KG-20260310-ABCDEF' }]);
    expect(control.inspect()).toEqual(before);
  });
});

describe('notices (showNotice, removeNotice)', () => {
  const notice = { message: 'Een doorverwijzing kan niet vanuit Outlook op uw telefoon.', icon: 'Icon.16x16', persistent: true };

  it('shows one notice per key, replaces it under the same key, and removes it; removing again is no error', async () => {
    const { port, control } = createSimulatedMailbox();
    await port.showNotice('kg-phone', notice);
    await port.showNotice('kg-phone', { ...notice, message: 'Anders' });
    expect(control.notices()).toEqual({ 'kg-phone': { ...notice, message: 'Anders' } });
    await port.removeNotice('kg-phone');
    await port.removeNotice('kg-phone');
    expect(control.notices()).toEqual({});
  });

  it('refuses what Office refuses: a key over 32 or a message over 150 characters, no icon, a sixth notice', async () => {
    const { port, control } = createSimulatedMailbox();
    expect((await rejection(port.showNotice('k'.repeat(33), notice))).message).toBe('showNotice failed (failed: ArgumentOutOfRange)');
    expect((await rejection(port.showNotice('k', { ...notice, message: 'x'.repeat(151) }))).code).toBe('failed');
    expect((await rejection(port.showNotice('k', { ...notice, icon: '' }))).code).toBe('failed');
    await port.showNotice('k', { ...notice, message: 'x'.repeat(150) });
    for (const key of ['a', 'b', 'c', 'd']) await port.showNotice(key, notice);
    expect((await rejection(port.showNotice('e', notice))).message).toContain('NumberOfNotificationMessagesExceeded');
    expect(Object.keys(control.notices())).toEqual(['k', 'a', 'b', 'c', 'd']);
  });

  it('lets the test dismiss a notice as the user would', async () => {
    const { port, control } = createSimulatedMailbox();
    await port.showNotice('kg-phone', notice);
    expect(control.dismissNotice('kg-phone')).toBe(true);
    expect(control.notices()).toEqual({});
  });
});

describe('the signature', () => {
  it('keeps the signature under a text put above it, and shows the sign-off where there is none', async () => {
    const { port, control } = createSimulatedMailbox();
    expect(control.inspect().body).toContain('Gezinsondersteuner');
    expect(await port.setBodyTextAboveSignature('Neutraal', 'Lotte Demuynck')).toBe('signature-kept');
    expect(control.inspect().body).toMatch(/^Neutraal\n\nLotte Demuynck\nGezinsondersteuner/);
    expect(control.inspect().body).not.toContain('In bijlage vindt u');
    const bare = createSimulatedMailbox({ signature: '' });
    expect(await bare.port.setBodyTextAboveSignature('Neutraal', 'Kind en Gezin Ieper')).toBe('no-signature');
    expect(bare.control.inspect().body).toBe('Neutraal\nKind en Gezin Ieper');
  });
});

describe('fault injection', () => {
  const callEach = (port: MailboxPort, attachmentId: string): Record<SimulatedMethod, () => Promise<unknown>> => ({
    getRecipients: () => port.getRecipients('to'),
    setRecipients: () => port.setRecipients('to', [{ emailAddress: 'a@b.be' }]),
    getSubject: () => port.getSubject(),
    setSubject: () => port.setSubject('s'),
    getBodyText: () => port.getBodyText(),
    setBodyText: () => port.setBodyText('b'),
    setBodyTextAboveSignature: () => port.setBodyTextAboveSignature('b', 'An'),
    getSessionData: () => port.getSessionData('k'),
    setSessionData: () => port.setSessionData('k', 'v'),
    removeSessionData: () => port.removeSessionData('k'),
    getAttachments: () => port.getAttachments(),
    getAttachmentContent: () => port.getAttachmentContent(attachmentId),
    getAttachmentBase64: () => port.getAttachmentBase64(attachmentId),
    addFileAttachmentFromBase64: () => port.addFileAttachmentFromBase64('x.zip', 'AQID'),
    displayNewMessageForm: () => port.displayNewMessageForm({ to: ['dpo@x.be'], subject: 's', body: 'b' }),
    showNotice: () => port.showNotice('k', { message: 'm', icon: 'Icon.16x16', persistent: true }),
    removeNotice: () => port.removeNotice('k'),
    removeAttachment: () => port.removeAttachment(attachmentId),
    getInternetHeaders: () => port.getInternetHeaders(['a']),
    setInternetHeaders: () => port.setInternetHeaders({ a: 'b' }),
    removeInternetHeaders: () => port.removeInternetHeaders(['a']),
    onRecipientsChanged: () => port.onRecipientsChanged(() => undefined),
  });

  it.each([...SIMULATED_METHODS])('%s fails once, leaves the message unchanged, then works', async (method) => {
    const { port, control } = createSimulatedMailbox();
    const id = control.inspect().attachments[0]?.id ?? '';
    const before = control.inspect();
    control.faults.failNext(method, 'transient');
    const call = callEach(port, id)[method];
    const error = await rejection(call());
    expect(error.code).toBe('transient');
    expect(error.message).toBe(`${method} failed (transient: Simulated)`);
    expect(control.inspect()).toEqual(before);
    await expect(call()).resolves.not.toBeInstanceOf(Error);
  });

  it('fails `times` times, then works', async () => {
    const { port, control } = createSimulatedMailbox();
    control.faults.failNext('getAttachmentContent', 'transient', 2);
    const id = control.inspect().attachments[0]?.id ?? '';
    await rejection(port.getAttachmentContent(id));
    await rejection(port.getAttachmentContent(id));
    await expect(port.getAttachmentContent(id)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('queues faults in order', async () => {
    const { port, control } = createSimulatedMailbox();
    control.faults.failNext('getSubject', 'transient');
    control.faults.failNext('getSubject', 'failed');
    expect((await rejection(port.getSubject())).code).toBe('transient');
    expect((await rejection(port.getSubject())).code).toBe('failed');
    await expect(port.getSubject()).resolves.toBe('Doorverwijzing');
  });

  it('fails always until cleared, per method or all', async () => {
    const { port, control } = createSimulatedMailbox();
    control.faults.failAlways('addFileAttachmentFromBase64', 'attachment-too-large');
    control.faults.failAlways('getSubject', 'failed');
    for (let i = 0; i < 5; i++) expect((await rejection(port.addFileAttachmentFromBase64('x', zeros(1)))).code).toBe('attachment-too-large');
    control.faults.clear('addFileAttachmentFromBase64');
    await expect(port.addFileAttachmentFromBase64('x', zeros(1))).resolves.toEqual(expect.any(String));
    expect((await rejection(port.getSubject())).code).toBe('failed');
    control.faults.clear();
    await expect(port.getSubject()).resolves.toBe('Doorverwijzing');
  });

  it('can apply the change and still report failure, as a transient Office error can', async () => {
    const { port, control } = createSimulatedMailbox();
    control.faults.failNext('addFileAttachmentFromBase64', 'transient', 1, { applied: true });
    await rejection(port.addFileAttachmentFromBase64('doorverwijzing.zip', 'CQ=='));
    expect(control.inspect().attachments.map((a) => a.name)).toEqual([SAMPLE_FORM_NAME, 'doorverwijzing.zip']);
  });

  it('refuses unknown methods and codes (callers from the browser are untyped)', () => {
    const { control } = createSimulatedMailbox();
    expect(() => control.faults.failNext('sendMail' as SimulatedMethod, 'failed')).toThrow('Unknown simulated method');
    expect(() => control.faults.failAlways('getSubject', 'oops' as 'failed')).toThrow('Unknown MailboxError code');
    expect(() => control.setRecipients('from' as 'to', [])).toThrow('Unknown recipient field');
  });

  it('logs calls with outcomes and the peak concurrency', async () => {
    const { port, control } = createSimulatedMailbox({}, { latencyMs: 5 });
    control.faults.failNext('getSubject', 'transient');
    await Promise.allSettled([port.getSubject(), port.getBodyText(), port.getAttachments(), port.getRecipients('to')]);
    expect(control.calls()).toEqual(
      expect.arrayContaining([
        { method: 'getSubject', outcome: 'transient' },
        { method: 'getBodyText', outcome: 'ok' },
      ]),
    );
    expect(control.maxConcurrentCalls()).toBe(4);
    control.setLatency(0);
    await port.getSubject();
    expect(control.calls()).toHaveLength(5);
  });

  it('control works as detached functions, as on window.__simulatedOutlook', async () => {
    const { port, control } = createSimulatedMailbox();
    const hook = { ...control, faults: { ...control.faults } };
    const { failNext } = hook.faults;
    failNext('getSubject', 'failed');
    await rejection(port.getSubject());
    const { inspect } = hook;
    expect(inspect().subject).toBe('Doorverwijzing');
  });
});

describe('RecipientsChanged', () => {
  it('fires after the port or the user changes recipients, until unsubscribed', async () => {
    const { port, control } = createSimulatedMailbox();
    const listener = jest.fn();
    const off = await port.onRecipientsChanged(listener);
    expect(control.listenerCount()).toBe(1);
    await port.setRecipients('to', [{ emailAddress: 'sociaal.huis@kontich.be' }]);
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);
    control.setRecipients('cc', [{ emailAddress: 'collega@kindengezin.be', displayName: 'Collega', recipientType: 'user' }]);
    expect(listener).toHaveBeenCalledTimes(1);
    await tick();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(await port.getRecipients('cc')).toEqual([{ emailAddress: 'collega@kindengezin.be', displayName: 'Collega', recipientType: 'user' }]);
    off?.();
    expect(control.listenerCount()).toBe(0);
    control.setRecipients('bcc', [{ emailAddress: 'x@y.be' }]);
    await tick();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not fire for subject or body changes, and survives a throwing listener', async () => {
    const { port, control } = createSimulatedMailbox();
    const listener = jest.fn();
    await port.onRecipientsChanged(() => {
      throw new Error('listener bug');
    });
    await port.onRecipientsChanged(listener);
    control.setSubject('x');
    control.setBody('y');
    await tick();
    expect(listener).not.toHaveBeenCalled();
    control.setRecipients('to', []);
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('resolves null for a client without the event', async () => {
    const { port } = createSimulatedMailbox({}, { recipientsChangedSupported: false });
    expect(await port.onRecipientsChanged(() => undefined)).toBeNull();
    const other = createSimulatedMailbox();
    other.control.faults.failNext('onRecipientsChanged', 'not-supported');
    expect(await other.port.onRecipientsChanged(() => undefined)).toBeNull();
  });
});

describe('copies, never aliases', () => {
  it('inspect() and port results are deep copies, and attached bytes are copied in', async () => {
    const { port, control } = createSimulatedMailbox({ to: [{ emailAddress: 'a@b.be' }] });
    const bytes = new Uint8Array([1, 2, 3]);
    const id = control.addAttachment({ name: 'x.zip', bytes });
    bytes[0] = 99;

    const snapshot = control.inspect();
    snapshot.to[0]!.emailAddress = 'evil@x.be';
    snapshot.attachments[1]!.bytes[1] = 77;
    snapshot.attachments.pop();
    snapshot.headers.injected = 'x';

    const read = await port.getAttachmentContent(id);
    read[2] = 55;
    (await port.getRecipients('to'))[0]!.displayName = 'changed';

    const again = control.inspect();
    expect(again.to[0]).toEqual({ emailAddress: 'a@b.be', displayName: 'a@b.be', recipientType: 'externalUser' });
    expect(Array.from(again.attachments[1]!.bytes)).toEqual([1, 2, 3]);
    expect(again.headers).toEqual({});
  });

  it('initial bytes are copied too', () => {
    const bytes = new Uint8Array([5]);
    const { control } = createSimulatedMailbox({ attachments: [{ name: 'a', bytes }] });
    bytes[0] = 6;
    expect(Array.from(control.inspect().attachments[0]!.bytes)).toEqual([5]);
  });

  it('user-side attachment add and remove', () => {
    const { control } = createSimulatedMailbox({ attachments: [] });
    const id = control.addAttachment({ name: 'Formulier.docx', bytes: new Uint8Array([1]) });
    expect(control.inspect().attachments.map((a) => a.id)).toEqual([id]);
    expect(control.removeAttachment(id)).toBe(true);
    expect(control.removeAttachment(id)).toBe(false);
  });
});
