import { randomBytes } from 'node:crypto';
import { aboveSignature, createOfficeMailbox, mailboxErrorFromOffice } from '../../src/office/officeMailbox';
import type { MailboxErrorCode } from '../../src/office/port';
import { createFakeOffice } from './fakeOffice';
import { rejection } from './rejection';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createOfficeMailbox: each method against a fake Office', () => {
  it('reports host and display language, with nl-BE when Office has none', () => {
    const fake = createFakeOffice({ displayLanguage: 'en-US' });
    const port = createOfficeMailbox(fake.office);
    expect(port.host).toBe('outlook');
    expect(port.displayLanguage).toBe('en-US');
    fake.raw.context.displayLanguage = '';
    expect(createOfficeMailbox(fake.office).displayLanguage).toBe('nl-BE');
  });

  it('reads To, Cc and Bcc as MailRecipients', async () => {
    const fake = createFakeOffice();
    fake.state.bcc = [
      { emailAddress: 'dl@x.be', displayName: 'DL', recipientType: 'distributionList' } as Office.EmailAddressDetails,
      { emailAddress: 'odd@x.be', displayName: 'Odd', recipientType: 'weird' } as unknown as Office.EmailAddressDetails,
    ];
    const port = createOfficeMailbox(fake.office);
    expect(await port.getRecipients('to')).toEqual([{ emailAddress: 'ocmw@kontich.be', displayName: 'ocmw', recipientType: 'externalUser' }]);
    expect(await port.getRecipients('cc')).toEqual([{ emailAddress: 'collega@kindengezin.be', displayName: 'collega', recipientType: 'user' }]);
    expect((await port.getRecipients('bcc')).map((r) => r.recipientType)).toEqual(['distributionList', 'other']);
  });

  it('replaces a recipient field, defaulting the display name to the address', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await port.setRecipients('to', [{ emailAddress: 'sociaal.huis@kontich.be' }, { emailAddress: 'b@x.be', displayName: 'B' }]);
    expect(fake.calls.find((c) => c.method === 'to.setAsync')?.args[0]).toEqual([
      { emailAddress: 'sociaal.huis@kontich.be', displayName: 'sociaal.huis@kontich.be' },
      { emailAddress: 'b@x.be', displayName: 'B' },
    ]);
    await port.setRecipients('cc', []);
    expect(fake.state.cc).toEqual([]);
  });

  it('gets and sets the subject', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    expect(await port.getSubject()).toBe('Doorverwijzing');
    await port.setSubject('Doorverwijzing REF-1');
    expect(fake.state.subject).toBe('Doorverwijzing REF-1');
  });

  it('puts the neutral text above the Outlook signature of an HTML body, keeping the signature and the head', async () => {
    const fake = createFakeOffice();
    fake.state.bodyType = 'html';
    fake.state.bodyHtml =
      '<html><head><style>p{margin:0}</style></head><body><div>Beste, in bijlage Zoë Peeters</div><div id="Signature"><p>Lotte Demuynck</p><p>T 057 22 33 44</p></div></body></html>';
    const port = createOfficeMailbox(fake.office);
    expect(await port.setBodyTextAboveSignature('Beste collega,\n<7-Zip> & co', 'Lotte Demuynck')).toBe('signature-kept');
    expect(fake.state.bodyHtml).toBe(
      '<html><head><style>p{margin:0}</style></head><body><div>Beste collega,<br>&lt;7-Zip&gt; &amp; co</div><br><div id="Signature"><p>Lotte Demuynck</p><p>T 057 22 33 44</p></div></body></html>',
    );
    expect(fake.calls.find((c) => c.method === 'body.getAsync')?.args).toEqual(['html']);
    expect(fake.calls.find((c) => c.method === 'body.setAsync')?.args[1]).toEqual({ coercionType: 'html' });
  });

  it("finds classic Outlook's _MailAutoSig bookmark as the signature", () => {
    const body = '<body lang=NL-BE><p>oud</p><p><a name="_MailAutoSig"><span>Lotte Demuynck</span></a></p></body>';
    expect(aboveSignature(body, 'nieuw')).toBe('<body lang=NL-BE><div>nieuw</div><br><p><a name="_MailAutoSig"><span>Lotte Demuynck</span></a></p></body>');
  });

  it('without a signature: the text and the sign-off replace the body (HTML and plain text)', async () => {
    const fake = createFakeOffice();
    fake.state.bodyType = 'html';
    fake.state.bodyHtml = '<div>Beste, Zoë Peeters</div>';
    const port = createOfficeMailbox(fake.office);
    expect(await port.setBodyTextAboveSignature('Neutraal', 'Lotte Demuynck\nKind en Gezin Ieper')).toBe('no-signature');
    expect(fake.state.bodyHtml).toBe('Neutraal<br>Lotte Demuynck<br>Kind en Gezin Ieper');
    const plain = createFakeOffice();
    const port2 = createOfficeMailbox(plain.office);
    expect(await port2.setBodyTextAboveSignature('Neutraal', 'Kind en Gezin Ieper')).toBe('no-signature');
    expect(plain.state.body).toBe('Neutraal\nKind en Gezin Ieper');
    expect(plain.calls.find((c) => c.method === 'body.setAsync')?.args[1]).toEqual({ coercionType: 'text' });
  });

  it('a failing getTypeAsync or setAsync rejects with a MailboxError and changes nothing', async () => {
    const fake = createFakeOffice();
    fake.state.bodyType = 'html';
    fake.state.bodyHtml = '<div id="Signature">An</div>';
    fake.failNext('body.getTypeAsync', { code: 5001, name: 'InternalError', message: 'x' });
    const port = createOfficeMailbox(fake.office);
    expect((await rejection(port.setBodyTextAboveSignature('t', 's'))).code).toBe('transient');
    fake.failNext('body.setAsync', { code: 9020, name: 'GenericResponseError', message: 'x' });
    expect((await rejection(port.setBodyTextAboveSignature('t', 's'))).code).toBe('transient');
    expect(fake.state.bodyHtml).toBe('<div id="Signature">An</div>');
  });

  it('gets and sets the body as text (CoercionType.Text)', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    expect(await port.getBodyText()).toBe('Beste');
    await port.setBodyText('Neutrale tekst');
    expect(fake.state.body).toBe('Neutrale tekst');
    expect(fake.calls.find((c) => c.method === 'body.getAsync')?.args).toEqual(['text']);
    expect(fake.calls.find((c) => c.method === 'body.setAsync')?.args[1]).toEqual({ coercionType: 'text' });
  });

  it('lists attachments with their type', async () => {
    const fake = createFakeOffice();
    fake.addStoredAttachment({ id: 'a1', name: 'form.pdf', size: 1234 });
    fake.addStoredAttachment({ id: 'a2', name: 'mail.eml', attachmentType: 'item', size: 10 });
    fake.addStoredAttachment({ id: 'a3', name: 'cloud', attachmentType: 'cloud', isInline: false });
    const port = createOfficeMailbox(fake.office);
    expect(await port.getAttachments()).toEqual([
      { id: 'a1', name: 'form.pdf', size: 1234, isInline: false, attachmentType: 'file' },
      { id: 'a2', name: 'mail.eml', size: 10, isInline: false, attachmentType: 'item' },
      { id: 'a3', name: 'cloud', size: 0, isInline: false, attachmentType: 'cloud' },
    ]);
  });

  it('adds bare base64 (no data: prefix), non-inline, and reads 1 MB of random bytes back unchanged', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    const bytes = new Uint8Array(randomBytes(1024 * 1024 + 1));
    const id = await port.addFileAttachmentFromBase64('doorverwijzing.zip', Buffer.from(bytes).toString('base64'));
    const stored = fake.state.attachments.find((a) => a.id === id);
    expect(stored?.content).toBe(Buffer.from(bytes).toString('base64'));
    expect(stored?.content.startsWith('data:')).toBe(false);
    expect(stored?.isInline).toBe(false);
    expect(stored?.name).toBe('doorverwijzing.zip');
    const back = await port.getAttachmentContent(id);
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each(['eml', 'iCalendar', 'url'])('rejects attachment content in format %s as not-supported', async (format) => {
    const fake = createFakeOffice();
    const id = fake.addStoredAttachment({ name: 'x', format, content: 'From: someone\r\nSubject: client data' });
    const error = await rejection(createOfficeMailbox(fake.office).getAttachmentContent(id));
    expect(error.code).toBe('not-supported');
    expect(error.message).not.toMatch(/client data|someone/);
  });

  it("hands an attachment's base64 on as Office gave it, and adds base64 as it is, non-inline", async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    const base64 = Buffer.from(randomBytes(3000)).toString('base64');
    const id = fake.addStoredAttachment({ name: 'scan.pdf', content: base64, size: 3000 });
    expect(await port.getAttachmentBase64(id)).toBe(base64);
    const added = await port.addFileAttachmentFromBase64('doorverwijzing.zip', base64);
    expect(fake.calls.find((c) => c.method === 'addFileAttachmentFromBase64Async')?.args).toEqual([base64.length, 'doorverwijzing.zip', { isInline: false }]);
    expect(fake.state.attachments.find((a) => a.id === added)?.content).toBe(base64);
  });

  it.each(['eml', 'iCalendar', 'url'])('gives no base64 for an attachment in format %s (not-supported)', async (format) => {
    const fake = createFakeOffice();
    const id = fake.addStoredAttachment({ name: 'x', format, content: 'From: someone\r\nSubject: client data' });
    const error = await rejection(createOfficeMailbox(fake.office).getAttachmentBase64(id));
    expect(error.code).toBe('not-supported');
    expect(error.message).not.toMatch(/client data|someone/);
  });

  it('opens a new message with displayNewMessageFormAsync: recipients, subject, the text as escaped HTML lines', async () => {
    const fake = createFakeOffice();
    await createOfficeMailbox(fake.office).displayNewMessageForm({
      to: ['dpo@opgroeien.be', 'privacy@mesen.be'],
      subject: 'Melding gegevenslek KG-20260310-ABCDEF',
      body: 'Referentie: KG-20260310-ABCDEF\nVerstuurd naar: <a@b.be> & "c"',
    });
    expect(fake.state.newMessages).toEqual([
      {
        toRecipients: ['dpo@opgroeien.be', 'privacy@mesen.be'],
        subject: 'Melding gegevenslek KG-20260310-ABCDEF',
        htmlBody: 'Referentie: KG-20260310-ABCDEF<br>Verstuurd naar: &lt;a@b.be&gt; &amp; &quot;c&quot;',
      },
    ]);
  });

  it('opens a new message also when no item is being composed, and says not-supported without Mailbox 1.9', async () => {
    const fake = createFakeOffice();
    fake.raw.context.mailbox.item = null;
    const port = createOfficeMailbox(fake.office);
    await port.displayNewMessageForm({ to: ['dpo@opgroeien.be'], subject: 's', body: 'b' });
    expect(fake.state.newMessages).toHaveLength(1);
    delete fake.raw.context.mailbox.displayNewMessageFormAsync;
    expect((await rejection(port.displayNewMessageForm({ to: ['dpo@opgroeien.be'], subject: 's', body: 'b' }))).code).toBe('not-supported');
  });

  it('maps an unknown attachment id to attachment-not-found', async () => {
    const fake = createFakeOffice();
    const error = await rejection(createOfficeMailbox(fake.office).getAttachmentContent('nope'));
    expect(error.code).toBe('attachment-not-found');
  });

  it('removes an attachment', async () => {
    const fake = createFakeOffice();
    const id = fake.addStoredAttachment({ name: 'form.pdf' });
    await createOfficeMailbox(fake.office).removeAttachment(id);
    expect(fake.state.attachments).toEqual([]);
  });

  it('gets and sets internet headers', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await port.setInternetHeaders({ 'x-kg-reference': 'REF-1', 'x-kg-consent': 'yes' });
    expect(fake.state.headers).toEqual({ 'x-kg-reference': 'REF-1', 'x-kg-consent': 'yes' });
    expect(await port.getInternetHeaders(['x-kg-reference', 'x-missing'])).toEqual({ 'x-kg-reference': 'REF-1' });
  });

  it('removes internet headers with internetHeaders.removeAsync (not by setting them empty)', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await port.setInternetHeaders({ 'x-kg-reference': 'REF-1', 'x-kg-consent': 'yes', 'x-other': 'keep' });
    await port.removeInternetHeaders(['x-kg-reference', 'x-kg-consent']);
    expect(fake.state.headers).toEqual({ 'x-other': 'keep' });
    expect(fake.calls.filter((c) => c.method.startsWith('internetHeaders.')).map((c) => c.method)).toEqual([
      'internetHeaders.setAsync',
      'internetHeaders.removeAsync',
    ]);
  });
});

describe('session data (item.sessionData, Mailbox 1.11)', () => {
  it('reads null for a key that is not set, also when Outlook answers the text "{}"', async () => {
    const port = createOfficeMailbox(createFakeOffice().office);
    expect(await port.getSessionData('kg-client-traces')).toBeNull();
  });

  it('sets, reads back and removes one key, leaving the others', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await port.setSessionData('kg-client-traces', '{"v":1}');
    await port.setSessionData('other', 'x');
    expect(await port.getSessionData('kg-client-traces')).toBe('{"v":1}');
    await port.removeSessionData('kg-client-traces');
    expect(fake.state.sessionData).toEqual({ other: 'x' });
    expect(await port.getSessionData('kg-client-traces')).toBeNull();
  });

  it('reads a value Outlook hands back as JSON text', async () => {
    const fake = createFakeOffice();
    (fake.item.sessionData as { getAllAsync: unknown }).getAllAsync = (cb: (r: Office.AsyncResult<unknown>) => void) =>
      setTimeout(() => cb({ status: 0, value: '{"kg-client-traces":"abc"}' } as unknown as Office.AsyncResult<unknown>), 0);
    expect(await createOfficeMailbox(fake.office).getSessionData('kg-client-traces')).toBe('abc');
  });

  it('is not-supported on a client without sessionData, and a failing call is a MailboxError without content', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    fake.failNext('sessionData.setAsync', { code: 9057, name: 'SessionObjectMaxLengthExceeded', message: 'Jan Peeters' });
    const error = await rejection(port.setSessionData('k', 'v'));
    expect(error.code).toBe('failed');
    expect(error.message).not.toContain('Jan');
    delete fake.item.sessionData;
    expect((await rejection(port.getSessionData('k'))).code).toBe('not-supported');
    expect((await rejection(port.setSessionData('k', 'v'))).code).toBe('not-supported');
    expect((await rejection(port.removeSessionData('k'))).code).toBe('not-supported');
  });

  it('refuses an unreadable answer instead of guessing', async () => {
    const fake = createFakeOffice();
    (fake.item.sessionData as { getAllAsync: unknown }).getAllAsync = (cb: (r: Office.AsyncResult<unknown>) => void) =>
      setTimeout(() => cb({ status: 0, value: 'not json' } as unknown as Office.AsyncResult<unknown>), 0);
    expect((await rejection(createOfficeMailbox(fake.office).getSessionData('k'))).code).toBe('failed');
  });
});

describe('notices (item.notificationMessages, Mailbox 1.3)', () => {
  const notice = { message: 'Een doorverwijzing naar het OCMW kan niet vanuit Outlook op uw telefoon.', icon: 'Icon.16x16', persistent: true };

  it('shows an informational notice with replaceAsync: icon, persistent, the enum value for the type', async () => {
    const fake = createFakeOffice();
    await createOfficeMailbox(fake.office).showNotice('kg-phone', notice);
    expect(fake.calls.filter((c) => c.method.startsWith('notificationMessages'))).toEqual([
      { method: 'notificationMessages.replaceAsync', args: ['kg-phone', { type: 'informationalMessage', ...notice }] },
    ]);
    expect([...fake.state.notices.keys()]).toEqual(['kg-phone']);
  });

  it('replaces, never stacks: the same key twice leaves one notice with the last text', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await port.showNotice('kg-phone', notice);
    await port.showNotice('kg-phone', { ...notice, message: 'Tweede' });
    expect([...fake.state.notices.values()].map((n) => n.message)).toEqual(['Tweede']);
  });

  it('adds with addAsync where replaceAsync answers NotificationKeyNotFound (9024) for a new key', async () => {
    const fake = createFakeOffice({ replaceNeedsExistingNotice: true });
    await createOfficeMailbox(fake.office).showNotice('kg-phone', notice);
    expect(fake.calls.map((c) => c.method)).toEqual(['notificationMessages.replaceAsync', 'notificationMessages.addAsync']);
    expect(fake.state.notices.get('kg-phone')?.message).toBe(notice.message);
  });

  it('removes a notice; removing a key with none (9024) is no error, any other failure is', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await port.showNotice('kg-phone', notice);
    await port.removeNotice('kg-phone');
    expect(fake.state.notices.size).toBe(0);
    await expect(port.removeNotice('kg-phone')).resolves.toBeUndefined();
    await port.showNotice('kg-phone', notice);
    fake.failNext('notificationMessages.removeAsync', { code: 5001, name: 'InternalError', message: 'x' });
    expect((await rejection(port.removeNotice('kg-phone'))).code).toBe('transient');
    expect(fake.state.notices.size).toBe(1);
  });

  it("turns office.js's synchronous refusals (a message over 150 characters, a key over 32) into rejections", async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    const long = await rejection(port.showNotice('kg-phone', { ...notice, message: 'x'.repeat(151) }));
    expect(long.code).toBe('failed');
    expect(long.officeError).toBe('Sys.ArgumentOutOfRangeException');
    expect((await rejection(port.removeNotice('k'.repeat(33)))).code).toBe('failed');
    expect(fake.state.notices.size).toBe(0);
  });

  it('is not-supported without notificationMessages or without a compose item', async () => {
    const fake = createFakeOffice();
    delete fake.item.notificationMessages;
    expect((await rejection(createOfficeMailbox(fake.office).showNotice('k', notice))).code).toBe('not-supported');
    fake.raw.context.mailbox.item = null;
    expect((await rejection(createOfficeMailbox(fake.office).removeNotice('k'))).code).toBe('not-supported');
  });

  it('settles once when Office calls back twice', async () => {
    const fake = createFakeOffice();
    const notices = fake.item.notificationMessages as { replaceAsync: (k: string, d: unknown, cb: (r: unknown) => void) => void };
    notices.replaceAsync = (_k, _d, cb) => {
      cb({ status: 0, value: undefined });
      cb({ status: 1, error: { code: 5001, name: 'InternalError' } });
    };
    await expect(createOfficeMailbox(fake.office).showNotice('k', notice)).resolves.toBeUndefined();
  });
});

describe('Office error mapping', () => {
  const cases: Array<[number, string, MailboxErrorCode]> = [
    [5001, 'InternalError', 'transient'],
    [5001, 'Internal Error', 'transient'],
    [9041, 'NetworkError', 'transient'],
    [9020, 'GenericResponseError', 'transient'],
    [5102, 'ActivityLimitReached', 'transient'],
    [0, 'ServerBusy', 'transient'],
    [9000, 'AttachmentSizeExceeded', 'attachment-too-large'],
    [9001, 'NumberOfAttachmentsExceeded', 'too-many-attachments'],
    [9003, 'InvalidAttachmentId', 'attachment-not-found'],
    [0, 'AttachmentNotFound', 'attachment-not-found'],
    [9008, 'AttachmentToDeleteDoesNotExist', 'attachment-not-found'],
    [5000, 'OperationNotSupported', 'not-supported'],
    [9043, 'AttachmentTypeNotSupported', 'not-supported'],
    [9030, 'APICallFailedDueToItemChange', 'failed'],
    [1234, 'SomethingElse', 'failed'],
  ];

  it.each(cases)('Office %i %s -> %s (through a real call)', async (code, name, expected) => {
    const fake = createFakeOffice();
    fake.failNext('addFileAttachmentFromBase64Async', { code, name, message: 'Jan Peeters woont in de Kerkstraat' });
    const error = await rejection(createOfficeMailbox(fake.office).addFileAttachmentFromBase64('x.zip', 'AQ=='));
    expect(error.code).toBe(expected);
    expect(error.officeError).toContain(name);
    expect(error.message).not.toContain('Jan Peeters');
    expect(fake.state.attachments).toEqual([]);
  });

  it('maps the error of every method', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    const id = fake.addStoredAttachment({ name: 'f' });
    const transient = { code: 5001, name: 'InternalError', message: 'm' };
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['to.getAsync', () => port.getRecipients('to')],
      ['bcc.setAsync', () => port.setRecipients('bcc', [])],
      ['subject.getAsync', () => port.getSubject()],
      ['subject.setAsync', () => port.setSubject('s')],
      ['body.getAsync', () => port.getBodyText()],
      ['body.setAsync', () => port.setBodyText('b')],
      ['getAttachmentsAsync', () => port.getAttachments()],
      ['getAttachmentContentAsync', () => port.getAttachmentContent(id)],
      ['getAttachmentContentAsync', () => port.getAttachmentBase64(id)],
      ['addFileAttachmentFromBase64Async', () => port.addFileAttachmentFromBase64('x.zip', 'AQID')],
      ['displayNewMessageFormAsync', () => port.displayNewMessageForm({ to: ['a@b.be'], subject: 's', body: 'b' })],
      ['removeAttachmentAsync', () => port.removeAttachment(id)],
      ['internetHeaders.getAsync', () => port.getInternetHeaders(['a'])],
      ['internetHeaders.setAsync', () => port.setInternetHeaders({ a: 'b' })],
      ['internetHeaders.removeAsync', () => port.removeInternetHeaders(['a'])],
      ['addHandlerAsync', () => port.onRecipientsChanged(() => undefined)],
      ['notificationMessages.replaceAsync', () => port.showNotice('k', { message: 'm', icon: 'Icon.16x16', persistent: true })],
    ];
    for (const [method, run] of calls) {
      fake.failNext(method, transient);
      expect((await rejection(run())).code).toBe('transient');
    }
    expect(fake.state.attachments).toHaveLength(1);
  });

  it('never copies anything but a short code-like name into the message', () => {
    const error = mailboxErrorFromOffice(
      { code: 9999, name: 'Bijlage "Jan Peeters.pdf" is te groot, zie bericht van de cliënt', message: 'secret' },
      'add attachment',
    );
    expect(error.message).toBe('add attachment failed (failed: 9999)');
    expect(mailboxErrorFromOffice(undefined, 'x').code).toBe('failed');
    expect(mailboxErrorFromOffice('boom', 'x').officeError).toBeUndefined();
  });
});

describe('missing APIs and misbehaving clients', () => {
  it('rejects with not-supported when a requirement set is missing', async () => {
    const fake = createFakeOffice();
    delete fake.item.getAttachmentsAsync;
    delete fake.item.addFileAttachmentFromBase64Async;
    delete fake.item.internetHeaders;
    const port = createOfficeMailbox(fake.office);
    expect((await rejection(port.getAttachments())).code).toBe('not-supported');
    expect((await rejection(port.addFileAttachmentFromBase64('a', 'AA=='))).code).toBe('not-supported');
    expect((await rejection(port.getInternetHeaders(['a']))).code).toBe('not-supported');
    expect((await rejection(port.setInternetHeaders({ a: 'b' }))).code).toBe('not-supported');
    expect((await rejection(port.removeInternetHeaders(['a']))).code).toBe('not-supported');
  });

  it('rejects with not-supported when there is no compose item', async () => {
    const fake = createFakeOffice();
    fake.raw.context.mailbox.item = null;
    expect((await rejection(createOfficeMailbox(fake.office).getSubject())).code).toBe('not-supported');
  });

  it('turns a synchronous throw of an Office method into a rejection', async () => {
    const fake = createFakeOffice();
    fake.item.removeAttachmentAsync = () => {
      throw Object.assign(new Error('bad id'), { code: 9003, name: 'InvalidAttachmentId' });
    };
    const port = createOfficeMailbox(fake.office);
    let promise: Promise<void> | undefined;
    expect(() => {
      promise = port.removeAttachment('x');
    }).not.toThrow();
    expect((await rejection(promise as Promise<void>)).code).toBe('attachment-not-found');
  });

  it('settles once when Office calls back twice, and fails cleanly on an empty result', async () => {
    const fake = createFakeOffice();
    fake.item.subject = {
      getAsync: (cb: (r: unknown) => void) => {
        cb({ status: 0, value: 'first' });
        cb({ status: 0, value: 'second' });
      },
      setAsync: (_s: string, cb: (r: unknown) => void) => cb(undefined),
    };
    const port = createOfficeMailbox(fake.office);
    expect(await port.getSubject()).toBe('first');
    expect((await rejection(port.setSubject('x'))).code).toBe('failed');
  });

  it('keeps at most 3 Office calls in flight', async () => {
    const fake = createFakeOffice({ callbackDelayMs: 10 });
    const port = createOfficeMailbox(fake.office);
    await Promise.all(Array.from({ length: 10 }, () => port.getRecipients('to')));
    expect(fake.maxInFlight()).toBe(3);
    const wide = createFakeOffice({ callbackDelayMs: 10 });
    const widePort = createOfficeMailbox(wide.office, { maxConcurrent: 5 });
    await Promise.all(Array.from({ length: 10 }, () => widePort.getSubject()));
    expect(wide.maxInFlight()).toBe(5);
  });
});

describe('RecipientsChanged', () => {
  it('calls listeners on the event and stops after unsubscribe, with one Office handler', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    const a = jest.fn();
    const b = jest.fn();
    const offA = await port.onRecipientsChanged(a);
    const offB = await port.onRecipientsChanged(b);
    expect(offA).toEqual(expect.any(Function));
    expect(fake.calls.filter((c) => c.method === 'addHandlerAsync')).toEqual([{ method: 'addHandlerAsync', args: ['olkRecipientsChanged'] }]);
    fake.fireRecipientsChanged();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    offA?.();
    fake.fireRecipientsChanged();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    offB?.();
    offB?.();
    fake.fireRecipientsChanged();
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('keeps a throwing listener from escaping into Office and from starving the others', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    const after = jest.fn();
    await port.onRecipientsChanged(() => {
      throw new Error('listener bug');
    });
    await port.onRecipientsChanged(after);
    expect(() => fake.fireRecipientsChanged()).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('resolves null when the client has no addHandlerAsync', async () => {
    const fake = createFakeOffice();
    delete fake.item.addHandlerAsync;
    expect(await createOfficeMailbox(fake.office).onRecipientsChanged(() => undefined)).toBeNull();
  });

  it('resolves null when Office says the event is not supported, and tries again next time', async () => {
    const fake = createFakeOffice();
    fake.failNext('addHandlerAsync', { code: 5000, name: 'OperationNotSupported', message: '' });
    const port = createOfficeMailbox(fake.office);
    expect(await port.onRecipientsChanged(() => undefined)).toBeNull();
    const listener = jest.fn();
    expect(await port.onRecipientsChanged(listener)).toEqual(expect.any(Function));
    fake.fireRecipientsChanged();
    expect(listener).toHaveBeenCalled();
  });

  it('shares one pending registration between concurrent subscribers', async () => {
    const fake = createFakeOffice();
    const port = createOfficeMailbox(fake.office);
    await Promise.all([port.onRecipientsChanged(() => undefined), port.onRecipientsChanged(() => undefined)]);
    await tick();
    expect(fake.calls.filter((c) => c.method === 'addHandlerAsync')).toHaveLength(1);
  });
});
