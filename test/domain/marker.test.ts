// The headers the pane writes and the Send handler reads: round trip, and nothing personal fits.
import { REFERRAL_HEADERS, markerHeaders, parseMarker } from '../../src/domain';
import { ZIP_SHA } from './fixtures';

const marker = { reference: 'KG-20260302-7F3K9Q', protocolId: 'kontich-2026', consent: 'confirmed' as const, attachmentSha256: ZIP_SHA };

describe('referral marker headers', () => {
  it('uses the agreed header names', () => {
    expect(Object.keys(markerHeaders(marker)).sort()).toEqual(['X-KG-Attachment-SHA256', 'X-KG-Consent', 'X-KG-Protocol', 'X-KG-Referral-Ref']);
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
