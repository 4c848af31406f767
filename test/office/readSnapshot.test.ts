import { createHash } from 'node:crypto';
import { TRACES_SESSION_KEY, buildTraces, evaluateSend, REFERRAL_HEADERS, sha256HexAsync, shippedRelease } from '../../src/domain';
import { MailboxError } from '../../src/office/port';
import { readAddressing, readMailSnapshot } from '../../src/office/readSnapshot';
import { SALT, registry } from '../fixtures/rules';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { jpeg, png } from '../onsend/images';
import { COLLEAGUE, KONTICH, NOW, OTHER_ZIP_BYTES, PDF_BYTES, REF, ZIP_BYTES, ZIP_NAME, ZIP_SHA, ordinaryMail, preparedReferral } from '../fixtures/mails';

const noPause = { delaysMs: [0] };
const paneKnows = { location: { by: 'postcode', value: '2550' }, consentConfirmed: true } as const;

describe('readMailSnapshot', () => {
  it('reads a prepared referral into a snapshot the rules allow', async () => {
    const { port } = createSimulatedMailbox(preparedReferral());
    const { snapshot, marker } = await readMailSnapshot(port, paneKnows);
    const built = shippedRelease();
    expect(marker).toEqual({
      status: 'valid',
      marker: {
        reference: REF,
        protocolId: 'kontich-2026',
        consent: 'confirmed',
        attachmentSha256: ZIP_SHA,
        addinVersion: built.version,
        registry: built.registry,
      },
    });
    expect(snapshot.recipients).toEqual([{ address: KONTICH, displayName: 'OCMW Kontich', field: 'to', recipientType: 'externalUser' }]);
    expect(snapshot.attachments).toEqual([{ name: ZIP_NAME, size: ZIP_BYTES.length, isOurEncryptedZip: true, sha256: ZIP_SHA, zipProblems: [] }]);
    expect(snapshot.encryptedZipSha256).toBe(ZIP_SHA);
    expect(snapshot.subject).toBe(`Doorverwijzing ${REF}`);
    expect(evaluateSend(snapshot, registry, NOW).allowed).toBe(true);
  });

  it('keeps To, Cc and Bcc apart', async () => {
    const { port } = createSimulatedMailbox(preparedReferral({ cc: [{ emailAddress: COLLEAGUE }], bcc: [{ emailAddress: 'x@example.org' }] }));
    const { snapshot } = await readMailSnapshot(port, paneKnows);
    expect(snapshot.recipients.map((r) => [r.field, r.address])).toEqual([
      ['to', KONTICH],
      ['cc', COLLEAGUE],
      ['bcc', 'x@example.org'],
    ]);
  });

  it('notices a zip swapped after encryption: claimed by name, hash differs, and the rules say so', async () => {
    const { port } = createSimulatedMailbox(preparedReferral({ attachments: [{ name: ZIP_NAME, bytes: OTHER_ZIP_BYTES }] }));
    const { snapshot } = await readMailSnapshot(port, paneKnows);
    expect(snapshot.attachments[0]).toMatchObject({ isOurEncryptedZip: true, sha256: createHash('sha256').update(OTHER_ZIP_BYTES).digest('hex') });
    expect(evaluateSend(snapshot, registry, NOW).reasons.map((r) => r.code)).toContain('attachment-changed-after-encryption');
  });

  it('reads the bytes of our zip only: other attachments are judged on name and size', async () => {
    const { port, control } = createSimulatedMailbox(
      preparedReferral({
        attachments: [
          { name: ZIP_NAME, bytes: ZIP_BYTES },
          { name: 'formulier.pdf', bytes: PDF_BYTES },
        ],
      }),
    );
    const { snapshot } = await readMailSnapshot(port, paneKnows);
    expect(control.calls().filter((c) => c.method === 'getAttachmentContent')).toHaveLength(1);
    expect(snapshot.attachments[1]).toEqual({ name: 'formulier.pdf', size: PDF_BYTES.length, isOurEncryptedZip: false });
    expect(evaluateSend(snapshot, registry, NOW).reasons.map((r) => r.code)).toEqual(['attachment-not-encrypted']);
  });

  it('claims no zip without a valid marker, nor a zip named for another reference', async () => {
    const noMarker = createSimulatedMailbox(preparedReferral({ headers: {} }));
    const a = await readMailSnapshot(noMarker.port, paneKnows);
    expect(a.marker.status).toBe('absent');
    expect(a.snapshot.attachments[0]?.isOurEncryptedZip).toBe(false);
    expect(noMarker.control.calls().some((c) => c.method === 'getAttachmentContent')).toBe(false);

    const otherRef = createSimulatedMailbox(preparedReferral({ attachments: [{ name: 'doorverwijzing-KG-20260101-AAAAAA.zip', bytes: ZIP_BYTES }] }));
    const b = await readMailSnapshot(otherRef.port, paneKnows);
    expect(b.snapshot.attachments[0]?.isOurEncryptedZip).toBe(false);
  });

  it('reports an incomplete marker as invalid and takes no hash from it', async () => {
    const { port } = createSimulatedMailbox(preparedReferral({ headers: { [REFERRAL_HEADERS.reference]: REF, [REFERRAL_HEADERS.protocol]: 'kontich-2026' } }));
    const { snapshot, marker } = await readMailSnapshot(port, paneKnows);
    expect(marker.status).toBe('invalid');
    expect(snapshot.encryptedZipSha256).toBeUndefined();
  });

  it('passes what the pane knows (password, client traces) to the rules', async () => {
    const { port } = createSimulatedMailbox(preparedReferral({ subject: 'Doorverwijzing Jan Peeters' }));
    const traces = buildTraces({ client: { firstName: 'Jan', lastName: 'Peeters' } }, SALT);
    const { snapshot } = await readMailSnapshot(port, { ...paneKnows, password: 'K7QM-94TX-HB2R-8WZD', traces });
    expect(evaluateSend(snapshot, registry, NOW).reasons.map((r) => r.code)).toEqual(['content-client-name']);
  });

  it('reads the client traces the pane stored in sessionData (what the Send check sees)', async () => {
    const traces = buildTraces({ client: { firstName: 'Jan', lastName: 'Peeters' }, fileName: 'Verwijsformulier Kristof Peeters.pdf' }, SALT);
    const { port } = createSimulatedMailbox(
      preparedReferral({ subject: 'Doorverwijzing Kristof', sessionData: { [TRACES_SESSION_KEY]: JSON.stringify(traces) } }),
    );
    const { snapshot } = await readMailSnapshot(port, paneKnows);
    expect(snapshot.traces).toEqual(traces);
    expect(evaluateSend(snapshot, registry, NOW).reasons.map((r) => r.code)).toEqual(['content-file-name-word']);
  });

  it('reads no traces where the client has no sessionData (Mailbox < 1.11), and still judges the rest', async () => {
    const { port } = createSimulatedMailbox(preparedReferral(), { sessionDataSupported: false });
    const { snapshot } = await readMailSnapshot(port, paneKnows);
    expect(snapshot.traces).toBeUndefined();
    expect(evaluateSend(snapshot, registry, NOW).allowed).toBe(true);
  });

  it.each(['{"v":1', '{"v":1,"salt":"zz"}', 'not json', '[]'])(
    'reports stored traces that do not parse (%j) as unreadable, without failing the read: the rules refuse the referral',
    async (stored) => {
      const { port } = createSimulatedMailbox(preparedReferral({ sessionData: { [TRACES_SESSION_KEY]: stored } }));
      const { snapshot } = await readMailSnapshot(port, paneKnows);
      expect(snapshot.traces).toBeUndefined();
      expect(snapshot.tracesUnreadable).toBe(true);
      expect(evaluateSend(snapshot, registry, NOW).reasons.map((r) => r.code)).toEqual(['referral-traces-unreadable']);
    },
  );

  it('without known state: no location and no consent, so the rules refuse', async () => {
    const { port } = createSimulatedMailbox(preparedReferral());
    const { snapshot } = await readMailSnapshot(port, {});
    expect(snapshot.location).toBeNull();
    expect(snapshot.consentConfirmed).toBe(false);
    expect(evaluateSend(snapshot, registry, NOW).allowed).toBe(false);
  });

  it('retries a transient failure of the zip content (Office error 5001) and then succeeds', async () => {
    const { port, control } = createSimulatedMailbox(preparedReferral());
    control.faults.failNext('getAttachmentContent', 'transient', 2);
    const { snapshot } = await readMailSnapshot(port, paneKnows, { retry: noPause });
    expect(snapshot.attachments[0]?.sha256).toBe(ZIP_SHA);
  });

  it.each(['getBodyText', 'getSubject', 'getAttachments', 'getAttachmentContent', 'getInternetHeaders', 'getRecipients'] as const)(
    'rejects with a MailboxError when %s keeps failing',
    async (method) => {
      const { port, control } = createSimulatedMailbox(preparedReferral());
      control.faults.failAlways(method, 'failed');
      await expect(readMailSnapshot(port, paneKnows, { retry: noPause })).rejects.toBeInstanceOf(MailboxError);
    },
  );

  it('uses addressing the caller already read instead of reading it again', async () => {
    const { port, control } = createSimulatedMailbox(preparedReferral());
    const addressing = await readAddressing(port);
    const before = control.calls().length;
    await readMailSnapshot(port, paneKnows, { addressing });
    const after = control
      .calls()
      .slice(before)
      .map((c) => c.method);
    expect(after).not.toContain('getRecipients');
    expect(after).not.toContain('getInternetHeaders');
  });
});

describe('readMailSnapshot with sniff (the Send check, for a mail to an OCMW)', () => {
  const mesen = (attachments: Array<{ name: string; bytes: Uint8Array; isInline?: boolean }>) =>
    ordinaryMail({ to: [{ emailAddress: 'ocmw@mesen.be' }], attachments });

  it('reads the format and pixel size of inline attachments and pictures, and nothing of other files', async () => {
    const { port, control } = createSimulatedMailbox(
      mesen([
        { name: 'image001.png', bytes: png(1280, 720), isInline: true },
        { name: 'IMG_2034.jpg', bytes: jpeg(3024, 4032, 1000) },
        { name: 'agenda.pdf', bytes: PDF_BYTES },
      ]),
    );
    const { snapshot } = await readMailSnapshot(port, { scope: 'mail' }, { sniff: true });
    expect(snapshot.attachments.map((a) => a.content)).toEqual([
      { format: 'png', width: 1280, height: 720 },
      { format: 'jpeg', width: 3024, height: 4032 },
      undefined,
    ]);
    expect(control.calls().filter((c) => c.method === 'getAttachmentBase64')).toHaveLength(2);
  });

  it('reads nothing without sniff (the pane, a marked referral)', async () => {
    const { port, control } = createSimulatedMailbox(mesen([{ name: 'image001.png', bytes: png(100, 40), isInline: true }]));
    const { snapshot } = await readMailSnapshot(port, { scope: 'mail' });
    expect(snapshot.attachments[0]?.content).toBeUndefined();
    expect(control.calls().some((c) => c.method === 'getAttachmentBase64' || c.method === 'getAttachmentContent')).toBe(false);
  });

  it('judges an attachment whose bytes cannot be read on its name and size, and does not fail the read', async () => {
    const { port, control } = createSimulatedMailbox(mesen([{ name: 'image001.png', bytes: png(1280, 720), isInline: true }]));
    control.faults.failAlways('getAttachmentBase64', 'failed');
    const { snapshot } = await readMailSnapshot(port, { scope: 'mail' }, { sniff: true, retry: noPause });
    expect(snapshot.attachments[0]).toMatchObject({ name: 'image001.png', isInline: true });
    expect(snapshot.attachments[0]?.content).toBeUndefined();
  });

  it('reads at most ten attachments of one mail', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ name: `image${i}.png`, bytes: png(10, 10), isInline: true }));
    const { port, control } = createSimulatedMailbox(mesen(many));
    const { snapshot } = await readMailSnapshot(port, { scope: 'mail' }, { sniff: true });
    expect(snapshot.attachments.filter((a) => a.content !== undefined)).toHaveLength(10);
    expect(control.calls().filter((c) => c.method === 'getAttachmentBase64')).toHaveLength(10);
  });
});

describe("readMailSnapshot: a mail's content never fails the read", () => {
  it('cuts what no real value is, and judges any number of recipients and attachments', async () => {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const { port } = createSimulatedMailbox(
      ordinaryMail({
        to: [{ emailAddress: `ocmw@mesen.be@${huge}`, displayName: huge }],
        cc: Array.from({ length: 1500 }, (_, i) => ({ emailAddress: `c${i}@kindengezin.be` })),
        attachments: [...Array.from({ length: 600 }, (_, i) => ({ name: `b${i}.pdf`, bytes: PDF_BYTES })), { name: `${huge}.pdf`, bytes: PDF_BYTES }],
      }),
    );
    const { snapshot } = await readMailSnapshot(port, { scope: 'mail' });
    expect(snapshot.recipients).toHaveLength(1501);
    expect(snapshot.recipients[0]?.address).toHaveLength(320);
    expect(snapshot.recipients[0]?.address.startsWith('ocmw@mesen.be@')).toBe(true);
    expect(snapshot.recipients[0]?.displayName).toHaveLength(1000);
    expect(snapshot.attachments).toHaveLength(601);
    expect(snapshot.attachments[600]?.name).toHaveLength(1000);
    expect(snapshot.attachments[600]?.name.endsWith('.pdf')).toBe(true);
  });
});

describe('readAddressing', () => {
  it('reads recipients and our headers, and nothing else', async () => {
    const { port, control } = createSimulatedMailbox(ordinaryMail({ cc: [{ emailAddress: 'x@example.org' }] }));
    const { recipients, marker } = await readAddressing(port);
    expect(marker.status).toBe('absent');
    expect(recipients.map((r) => r.field)).toEqual(['to', 'cc']);
    expect(new Set(control.calls().map((c) => c.method))).toEqual(new Set(['getRecipients', 'getInternetHeaders']));
  });
});

describe('sha256HexAsync', () => {
  it('gives the same hash through crypto.subtle and without it', async () => {
    const expected = createHash('sha256').update(ZIP_BYTES).digest('hex');
    const digest = jest.spyOn(globalThis.crypto.subtle, 'digest');
    expect(await sha256HexAsync(ZIP_BYTES)).toBe(expected);
    expect(digest).toHaveBeenCalledTimes(1);
    digest.mockRestore();
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect(await sha256HexAsync(ZIP_BYTES)).toBe(expected);
    } finally {
      if (original) Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
