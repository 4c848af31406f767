// The headers the pane writes and the Send handler reads: round trip, and nothing personal fits.
import { REFERRAL_HEADERS, markerHeaders, parseMarker, shippedRelease } from '../../src/domain';
import { ZIP_SHA } from '../fixtures/rules';

const marker = { reference: 'KG-20260302-7F3K9Q', protocolId: 'kontich-2026', consent: 'confirmed' as const, attachmentSha256: ZIP_SHA };
const stamped = { ...marker, addinVersion: shippedRelease().version, registry: shippedRelease().registry };

describe('referral marker headers', () => {
  it('uses the agreed header names', () => {
    expect(Object.keys(markerHeaders(marker)).sort()).toEqual(['X-KG-Attachment-SHA256', 'X-KG-Consent', 'X-KG-Protocol', 'X-KG-Referral-Ref']);
    expect(Object.keys(markerHeaders(stamped)).sort()).toEqual([
      'X-KG-Addin-Version',
      'X-KG-Attachment-SHA256',
      'X-KG-Consent',
      'X-KG-Protocol',
      'X-KG-Referral-Ref',
      'X-KG-Registry',
    ]);
  });

  it('carries the version and registry of the build that prepared it, and reads them back', () => {
    const headers = markerHeaders(stamped);
    expect(headers['X-KG-Addin-Version']).toBe(shippedRelease().version);
    expect(headers['X-KG-Registry']).toMatch(/^[0-9a-f]{12}$/);
    expect(parseMarker(headers)).toEqual({ status: 'valid', marker: stamped });
  });

  it('reads a draft prepared by an older pane, without version and registry, as a valid marker', () => {
    expect(parseMarker(markerHeaders(marker))).toEqual({ status: 'valid', marker });
  });

  it.each([
    ['X-KG-Addin-Version', '1.0.0 Jan Peeters'],
    ['X-KG-Addin-Version', '1.0'],
    ['X-KG-Addin-Version', '1.0.0-beta'],
    ['X-KG-Registry', 'ABCDEF012345'],
    ['X-KG-Registry', '0123456789abcdef'],
    ['X-KG-Registry', 'jan.peeters@'],
  ])('refuses %s: %j (nothing else may ride along in our headers)', (header, value) => {
    const r = parseMarker({ ...markerHeaders(stamped), [header]: value });
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') expect(r.headers).toEqual([header]);
    expect(() => markerHeaders({ ...stamped, [header === 'X-KG-Registry' ? 'registry' : 'addinVersion']: value })).toThrow();
  });

  it('a version or registry header alone marks the mail, and is incomplete', () => {
    const r = parseMarker({ [REFERRAL_HEADERS.registry]: shippedRelease().registry });
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') expect(r.headers.sort()).toEqual(['X-KG-Attachment-SHA256', 'X-KG-Consent', 'X-KG-Protocol', 'X-KG-Referral-Ref']);
  });

  it('reads back what was written, whatever the header case', () => {
    const lower = Object.fromEntries(Object.entries(markerHeaders(marker)).map(([k, v]) => [k.toLowerCase(), v]));
    expect(parseMarker(lower)).toEqual({ status: 'valid', marker });
  });

  it('an ordinary mail has no marker', () => {
    expect(parseMarker({ 'X-Mailer': 'Outlook' })).toEqual({ status: 'absent' });
    expect(parseMarker({ [REFERRAL_HEADERS.reference]: '  ' })).toEqual({ status: 'absent' });
  });

  it('a partial or tampered marker is invalid, naming the headers', () => {
    const r = parseMarker({ ...markerHeaders(marker), [REFERRAL_HEADERS.attachmentSha256]: 'abc', [REFERRAL_HEADERS.consent]: 'no' });
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') {
      expect(r.headers.sort()).toEqual(['X-KG-Attachment-SHA256', 'X-KG-Consent']);
      expect(r.problems[0]?.message.nl).toContain('X-KG-');
    }
  });

  it.each(['Jan Van den Broeck', 'jan.vdb@example.org', '0470123456', 'KG-2026-Peeters'])(
    'refuses a reference that could carry client data: %j',
    (reference) => {
      expect(() => markerHeaders({ ...marker, reference })).toThrow();
    },
  );
});
