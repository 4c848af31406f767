// evaluateSend: the one verdict the task pane and the Send check share.
import type { MailSnapshotInput } from '../../src/domain';
import { MailSnapshot, REASON_CODES, evaluateSend, summarize } from '../../src/domain';
import { CLIENT_TRACES, KONTICH, MESEN, ZIP_SHA, bcc, cc, goodKontichMail, registry, registryFrom, fixtureData, to } from '../fixtures/rules';

const AFTER_KONTICH_START = new Date('2026-03-02T10:00:00Z');
const codes = (snapshot: MailSnapshot, now = AFTER_KONTICH_START, reg = registry) => evaluateSend(snapshot, reg, now).reasons.map((r) => r.code);

function mesenMail(over: Partial<MailSnapshotInput> = {}): MailSnapshot {
  return goodKontichMail({ location: { by: 'postcode', value: '8957' }, recipients: [to(MESEN)], ...over });
}

describe('a correct referral', () => {
  it('is allowed for Kontich, with the protocol that applies', () => {
    const d = evaluateSend(goodKontichMail(), registry, AFTER_KONTICH_START);
    expect(d).toMatchObject({ allowed: true, reasons: [], protocolStatus: 'in-force', day: '2026-03-02', protocol: { id: 'kontich-2026', mailbox: KONTICH } });
  });

  it('is allowed for Mesen', () => {
    expect(evaluateSend(mesenMail(), registry, AFTER_KONTICH_START)).toMatchObject({ allowed: true, protocol: { id: 'mesen-2024' } });
  });

  it.each<[string, MailSnapshotInput['location']]>([
    ['municipality name', { by: 'municipality', value: 'KONTICH' }],
    ['locality', { by: 'municipality', value: 'Waarloos' }],
    ['NIS code', { by: 'nis', value: '11024' }],
    ['protocol id (all the Send check knows)', { by: 'protocolId', value: 'kontich-2026' }],
  ])('finds the protocol by %s', (_by, location) => {
    expect(evaluateSend(goodKontichMail({ location }), registry, AFTER_KONTICH_START)).toMatchObject({ allowed: true, protocol: { id: 'kontich-2026' } });
  });
});

describe('rule 1: a protocol in force for the client municipality, on the Brussels calendar day', () => {
  it.each([
    // Kontich enters into force on 2026-02-28 (Brussels, UTC+1 in February)
    ['2026-02-27T12:00:00Z', false],
    ['2026-02-27T22:59:59Z', false],
    ['2026-02-27T23:00:00Z', true],
    ['2026-02-27T23:30:00Z', true],
    ['2026-02-28T00:00:00Z', true],
  ])('Kontich at %s: allowed=%s', (instant, allowed) => {
    const d = evaluateSend(goodKontichMail(), registry, new Date(instant));
    expect(d.allowed).toBe(allowed);
    if (!allowed) {
      expect(d.reasons.map((r) => r.code)).toEqual(['protocol-not-yet-in-force']);
      expect(d.reasons[0]?.message.nl).toContain('nog niet in werking');
      expect(d.reasons[0]?.message.nl).toContain('28 februari 2026');
      expect(d.protocol?.id).toBe('kontich-2026');
    }
  });

  it.each([
    // Mesen enters into force on 2024-02-01
    ['2024-01-31T22:59:59Z', false],
    ['2024-02-01T00:00:00+01:00', true],
    ['2024-01-31T23:00:00Z', true],
  ])('Mesen at %s: allowed=%s', (instant, allowed) => {
    expect(evaluateSend(mesenMail(), registry, new Date(instant)).allowed).toBe(allowed);
  });

  it('refuses after the protocol ended, from the Brussels day it ended', () => {
    const data = fixtureData();
    (data.protocols[0] ?? {}).endedOn = '2026-07-01';
    const reg = registryFrom(data);
    expect(evaluateSend(mesenMail(), reg, new Date('2026-06-30T21:59:59Z')).allowed).toBe(true);
    const ended = evaluateSend(mesenMail(), reg, new Date('2026-06-30T22:00:00Z'));
    expect(ended.reasons.map((r) => r.code)).toEqual(['protocol-ended']);
    expect(ended.reasons[0]?.message.en).toContain('ended on 1 July 2026');
  });

  it.each<[string, MailSnapshotInput['location'], string]>([
    ['no location', null, 'location-missing'],
    ['empty postcode', { by: 'postcode', value: ' ' }, 'location-missing'],
    ['a postcode without protocol', { by: 'postcode', value: '9000' }, 'protocol-not-found'],
    ['a malformed postcode', { by: 'postcode', value: '25500' }, 'location-invalid'],
    ['a municipality without protocol', { by: 'municipality', value: 'Gent' }, 'protocol-not-found'],
    ['an unknown protocol id', { by: 'protocolId', value: 'gent-2030' }, 'protocol-not-found'],
  ])('refuses %s, saying which', (_name, location, code) => {
    const d = evaluateSend(goodKontichMail({ location }), registry, AFTER_KONTICH_START);
    expect(d.allowed).toBe(false);
    expect(d.protocol).toBeNull();
    expect(d.reasons[0]?.code).toBe(code);
  });

  it('names the postcode the user typed when there is no protocol for it', () => {
    const d = evaluateSend(goodKontichMail({ location: { by: 'postcode', value: '9000' } }), registry, AFTER_KONTICH_START);
    expect(d.reasons[0]?.message.nl).toContain('postcode 9000');
  });
});

describe('rule 3: consent', () => {
  it('refuses without confirmed consent', () => {
    expect(codes(goodKontichMail({ consentConfirmed: false }))).toEqual(['consent-missing']);
  });
});

describe('the decision as a whole', () => {
  const messy = goodKontichMail({
    recipients: [to(MESEN), cc('collega@kindengezin.be'), bcc(`ocmw@m\u0435sen.be`)],
    consentConfirmed: false,
    subject: 'Jan Van den Broeck',
    body: 'Wachtwoord: K7QM-94TX-HB2R-8WZD, bel 0470123456',
    attachments: [{ name: 'formulier.pdf', size: 1000, isOurEncryptedZip: false }],
  });

  it('lists every reason, most important first', () => {
    expect(codes(messy, new Date('2026-02-27T12:00:00Z'))).toEqual([
      'protocol-not-yet-in-force',
      'attachment-not-encrypted',
      'recipient-lookalike-confusable',
      'recipient-wrong-social-service',
      'recipient-not-registered',
      'recipient-bcc',
      'recipient-cc',
      'content-password',
      'content-client-name',
      'content-client-phone',
      'consent-missing',
      'recipient-missing',
      'attachment-missing-encrypted-zip',
    ]);
  });

  it('never puts the password or client data in a message', () => {
    const d = evaluateSend(messy, registry, AFTER_KONTICH_START);
    const all = d.reasons.flatMap((r) => [r.message.nl, r.message.en, JSON.stringify(r)]).join('\n');
    for (const secret of ['K7QM', '94TX', 'Broeck', '0470', 'jan.vdb', 'Jan ']) expect(all).not.toContain(secret);
  });

  it('gives the same decision for the same input, and leaves the input untouched', () => {
    const frozen = Object.freeze(structuredClone(messy));
    const before = JSON.stringify(frozen);
    const a = evaluateSend(frozen, registry, AFTER_KONTICH_START);
    const b = evaluateSend(frozen, registry, new Date(AFTER_KONTICH_START.getTime()));
    expect(a).toEqual(b);
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('fits a Smart Alert: at most 500 characters, most important first', () => {
    const d = evaluateSend(messy, registry, AFTER_KONTICH_START);
    const text = summarize(d.reasons, 'nl');
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.startsWith(d.reasons[0]?.message.nl ?? '?')).toBe(true);
  });

  it('refuses an invalid clock instead of judging on an unknown day', () => {
    expect(() => evaluateSend(goodKontichMail(), registry, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('the task pane and the Send check agree', () => {
  // The pane knows postcode and password; the Send check only the protocol id from the header,
  // whether the zip's hash still matches, and the client traces the pane stored (sessionData).
  const pane = (over: Partial<MailSnapshotInput>) => goodKontichMail(over);
  const send = (over: Partial<MailSnapshotInput>) => {
    const { password: _p, ...rest } = goodKontichMail(over);
    return MailSnapshot.parse({ ...rest, location: { by: 'protocolId', value: 'kontich-2026' } });
  };
  it.each<[string, Partial<MailSnapshotInput>]>([
    ['a correct referral', {}],
    ['a Cc added after encryption', { recipients: [to(KONTICH), cc('collega@kindengezin.be')] }],
    ['the zip swapped after encryption', { attachments: [{ name: 'x.zip', size: 1, isOurEncryptedZip: true, sha256: 'c'.repeat(64) }] }],
    [
      'a plaintext attachment added',
      {
        attachments: [
          { name: 'x.zip', size: 1, isOurEncryptedZip: true, sha256: ZIP_SHA },
          { name: 'f.pdf', size: 1, isOurEncryptedZip: false },
        ],
      },
    ],
    ['a look-alike recipient', { recipients: [to('sociale.dienst@kontich.be.')] }],
  ])('%s', (_name, over) => {
    const a = evaluateSend(pane(over), registry, AFTER_KONTICH_START);
    const b = evaluateSend(send(over), registry, AFTER_KONTICH_START);
    expect(b.allowed).toBe(a.allowed);
    expect(b.reasons.map((r) => r.code)).toEqual(a.reasons.map((r) => r.code));
  });
});

describe('the message catalogue', () => {
  it('has Dutch and English text for every reason code', () => {
    expect(REASON_CODES.length).toBeGreaterThan(25);
  });
});

describe('a mail that is no referral, near an OCMW (issue 16: graded, and never slow)', () => {
  const mail = (over: Partial<MailSnapshotInput>): MailSnapshot =>
    MailSnapshot.parse({ scope: 'mail', location: null, recipients: [], consentConfirmed: false, subject: '', body: '', attachments: [], ...over });
  const ext = (address: string, more: Partial<ReturnType<typeof to>> = {}) => to(address, { recipientType: 'externalUser', ...more });
  const file = (name: string, more: Record<string, unknown> = {}) => ({ name, size: 50_000, isOurEncryptedZip: false, ...more });
  const judge = (s: MailSnapshot) => {
    const d = evaluateSend(s, registry, AFTER_KONTICH_START);
    return { outcome: d.outcome, kind: d.kind, codes: d.reasons.map((r) => r.code) };
  };

  it('to the registered mailbox: a form blocks as a referral, agenda.pdf is a question naming it, a logo is nothing', () => {
    expect(judge(mail({ recipients: [ext(MESEN)], attachments: [file('Verwijsformulier.pdf')] }))).toMatchObject({ outcome: 'block', kind: 'referral-like' });
    expect(judge(mail({ recipients: [ext(MESEN)], attachments: [file('agenda.pdf')] }))).toEqual({
      outcome: 'prompt',
      kind: 'follow-up',
      codes: ['attachment-to-social-service'],
    });
    const logo = file('image001.png', { isInline: true, content: { format: 'png', width: 200, height: 60 } });
    expect(judge(mail({ recipients: [ext(MESEN)], attachments: [logo] }))).toEqual({
      outcome: 'prompt',
      kind: 'follow-up',
      codes: ['follow-up-registered-mailbox'],
    });
    const shot = file('image001.png', { isInline: true, content: { format: 'png', width: 1280, height: 720 } });
    expect(judge(mail({ recipients: [ext(MESEN)], attachments: [shot] }))).toMatchObject({ outcome: 'block', kind: 'referral-like' });
  });

  it('never shows a file name that holds client data', () => {
    const d = evaluateSend(
      mail({ recipients: [ext('jan.peeters@mesen.be')], attachments: [file('Jan Van den Broeck.pdf')], traces: CLIENT_TRACES }),
      registry,
      AFTER_KONTICH_START,
    );
    expect(d.reasons.map((r) => r.code)).toEqual(['attachment-form-to-social-service']);
    expect(`${d.reasons[0]?.message.nl}${d.reasons[0]?.message.en}`).not.toContain('Broeck');
    expect(d.reasons[0]?.message.nl).toContain('naam met gegevens van de cliënt');
  });

  it('a non-ASCII recipient: ordinary, unless the mail looks like a referral', () => {
    expect(judge(mail({ recipients: [ext('j\u00fcrgen@m\u00fcller.de')], subject: 'Hallo', attachments: [file('agenda.pdf')] }))).toEqual({
      outcome: 'allow',
      kind: 'ordinary',
      codes: [],
    });
    expect(judge(mail({ recipients: [ext('j\u00fcrgen@m\u00fcller.de')], subject: 'Doorverwijzing' })).codes).toContain('recipient-not-ascii');
    expect(judge(mail({ recipients: [ext('j\u00fcrgen@m\u00fcller.de')], attachments: [file('verwijsformulier.docx')] })).outcome).toBe('block');
  });

  it('judges every recipient, however many: the registered mailbox after 5,000 others is found', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ext(`collega${i}@kindengezin.be`, { field: 'cc' }));
    expect(judge(mail({ recipients: [...many, ext(MESEN)], attachments: [file('Verwijsformulier.pdf')] })).outcome).toBe('block');
    expect(judge(mail({ recipients: [...many, ext('ocmw@messen.be')], attachments: [file('Verwijsformulier.pdf')] })).codes).toEqual(['recipient-near-miss']);
  });

  it('the rule itself finishes well under 200 ms on 2 MB values (an address, a display name, a zip name)', () => {
    const MB2 = 2 * 1024 * 1024;
    const inputs = [
      mail({ recipients: [ext(`ocmw@mesen.be@${'x'.repeat(MB2)}.example`)], attachments: [file('agenda.pdf')] }),
      mail({ recipients: [ext('an@example.org', { displayName: `${'OCMW '.repeat(MB2 / 5)}` })], attachments: [file('agenda.pdf')] }),
      mail({ recipients: [ext('ocmw@messen.be')], attachments: [file(`${'Verwijsformulier '.repeat(MB2 / 17)}.zip`)] }),
      mail({ recipients: [ext(MESEN)], attachments: [file(`${'a'.repeat(MB2)}.png`, { isInline: true, content: { format: 'png', width: 2, height: 2 } })] }),
    ];
    for (const s of inputs) {
      const started = performance.now();
      expect(evaluateSend(s, registry, AFTER_KONTICH_START).outcome).not.toBe('allow');
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});
