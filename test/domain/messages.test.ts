// One catalogue: every code has Dutch and English words, and the order of importance is total.
import type { Reason } from '../../src/domain';
import { MAX_SHOWN, REASON_CODES, formatDay, reason, shorten, sortReasons, summarize } from '../../src/domain';

// Parameters that make every template render; the catalogue's types guarantee the names.
const sample = {
  address: 'iemand@example.org',
  field: 'to',
  imitates: 'ocmw@mesen.be',
  shown: 'ander@example.org',
  socialService: 'OCMW Kontich',
  expectedMailbox: 'sociale.dienst@kontich.be',
  expectedSocialService: 'OCMW Kontich',
  protocolId: 'kontich-2026',
  inForceFrom: '2026-02-28',
  endedOn: '2027-01-01',
  by: 'postcode',
  value: '2550',
  where: 'body',
  count: 2,
  header: 'X-KG-Protocol',
  resembles: 'ocmw@mesen.be',
  mailbox: 'ocmw@mesen.be',
  names: ['logo.png', 'image001.png'],
  version: '1.4.2',
  registry: '0123456789ab',
  part: 'first',
  why: 'common-word',
  limit: 1048576,
} as const;

// The sample carries every parameter any code takes; each template reads only its own.
const render = (code: (typeof REASON_CODES)[number]): Reason => reason(code, sample as never);

describe('reason messages', () => {
  it.each(REASON_CODES.map((c) => [c]))('%s has distinct, non-empty nl and en text', (code) => {
    const r = render(code);
    expect(r.message.nl.length).toBeGreaterThan(20);
    expect(r.message.en.length).toBeGreaterThan(20);
    expect(r.message.nl).not.toBe(r.message.en);
    expect(`${r.message.nl}${r.message.en}`).not.toMatch(/undefined|\[object/);
  });

  it('formats dates the Belgian way', () => {
    expect(formatDay('2026-02-28', 'nl')).toBe('28 februari 2026');
    expect(formatDay('2024-02-01', 'en')).toBe('1 February 2024');
  });

  it('sorts by importance and keeps the found order among equals', () => {
    const a = reason('recipient-cc', { address: 'a@x.be', field: 'cc' });
    const b = reason('recipient-cc', { address: 'b@x.be', field: 'cc' });
    const consent = reason('consent-missing', {});
    const notFound = reason('protocol-not-found', { by: 'postcode', value: '9000' });
    expect(sortReasons([consent, a, notFound, b])).toEqual([notFound, a, b, consent]);
  });

  it('summarize cuts at whole messages, and cuts a single overlong one', () => {
    const many = REASON_CODES.map(render);
    const text = summarize(many, 'nl', 500);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.split('\n').every((line) => many.some((r) => r.message.nl === line))).toBe(true);
    expect(summarize([render('recipient-wrong-social-service')], 'en', 40)).toHaveLength(40);
  });

  it('shortens what a user typed or attached to 40 characters and "…", so every such message fits a Smart Alert', () => {
    expect(shorten('x'.repeat(900))).toBe(`${'x'.repeat(MAX_SHOWN - 1)}…`);
    expect(shorten('kort')).toBe('kort');
    const long = 'x'.repeat(900);
    const reasons = [
      reason('location-invalid', { by: 'postcode', value: long }),
      reason('location-invalid', { by: 'nis', value: long }),
      reason('protocol-not-found', { by: 'municipality', value: long }),
      reason('attachment-inline', { names: [long, long, long, long, long, long, long] }),
    ];
    for (const r of reasons) {
      for (const lang of ['nl', 'en'] as const) {
        expect(r.message[lang].length).toBeLessThanOrEqual(500);
        expect(r.message[lang]).not.toContain('x'.repeat(MAX_SHOWN + 1));
        expect(summarize([r], lang, 500)).toBe(r.message[lang]);
      }
    }
  });

  it('names a weak finding in the text by what it is, never by the word', () => {
    for (const part of ['first', 'last', 'full', 'file'] as const) {
      for (const why of ['common-word', 'own-name', 'protocol-word'] as const) {
        const r = reason('content-client-name-word', { where: 'body', part, why });
        expect(r.message.nl).toMatch(/^De tekst van de mail bevat /);
        expect(r.message.nl.length + r.message.en.length).toBeLessThan(800);
      }
    }
    expect(reason('content-not-fully-checked', { limit: 1048576 }).message.nl).toContain('1.048.576');
    expect(reason('content-not-fully-checked', { limit: 1048576 }).message.en).toContain('1,048,576');
  });
});

describe('long values in messages (a 900-character look-alike, a 2 MB display name)', () => {
  const long = `ocmw@mesen.be${'.x'.repeat(450)}@evil.example`;
  const huge = 'a'.repeat(2 * 1024 * 1024);

  it('shorten keeps short values, cuts long ones at 40 characters with "…", never inside a surrogate pair', () => {
    expect(shorten('ocmw@mesen.be')).toBe('ocmw@mesen.be');
    expect(shorten(long)).toBe(`${long.slice(0, 39)}…`);
    expect(shorten(long)).toHaveLength(40);
    const emoji = `${'x'.repeat(38)}\u{1F600}yz`;
    expect(shorten(emoji)).toBe(`${'x'.repeat(38)}…`);
    expect(shorten('a\u202ebc\nd')).toBe('a\ufffdbc\ufffdd');
  });

  it.each(REASON_CODES.map((c) => [c]))('%s: the words fit within 500 characters whatever the values', (code) => {
    const r = reason(code, { ...sample, address: huge, shown: long, value: huge, names: [huge, long, huge, long, huge, long] } as never);
    for (const lang of ['nl', 'en'] as const) {
      expect(r.message[lang].length).toBeLessThanOrEqual(500);
      expect(r.message[lang]).not.toContain('a'.repeat(41));
    }
  });

  it('a look-alike reason for a 900-character address still says what is wrong', () => {
    const r = reason('recipient-lookalike-confusable', { address: long, field: 'to', imitates: 'ocmw@mesen.be' });
    expect(summarize([r], 'nl')).toContain('Gebruik exact ocmw@mesen.be');
    expect(summarize([r], 'en')).toContain('Use exactly ocmw@mesen.be');
  });
});
