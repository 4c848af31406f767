// The internet headers the task pane writes on a referral and the Send handler reads back.
// They travel with the mail to the OCMW and sit in every mail server's logs, so they hold no
// personal data: a random reference, the protocol id, that consent was confirmed, and the hash of
// the encrypted zip (which lets the Send check notice a zip swapped after encryption, and lets a
// DPO show afterwards which file went out under which protocol).
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from './formats';
import type { LocalizedText } from './lang';
import type { Problem } from './messages';
import { problem } from './messages';
import { ProtocolId } from './protocolId';

export const REFERRAL_HEADERS = {
  reference: 'X-KG-Referral-Ref',
  protocol: 'X-KG-Protocol',
  consent: 'X-KG-Consent',
  attachmentSha256: 'X-KG-Attachment-SHA256',
} as const;
export type ReferralHeaderName = (typeof REFERRAL_HEADERS)[keyof typeof REFERRAL_HEADERS];
export const REFERRAL_HEADER_NAMES: readonly ReferralHeaderName[] = Object.values(REFERRAL_HEADERS);

/** Exactly the shape the pane generates (src/domain/formats.ts), so nothing about the client fits in it. */
export const ReferralReference = z.string().check(z.regex(REFERENCE_PATTERN));

export const ReferralMarker = z.strictObject({
  reference: ReferralReference,
  protocolId: ProtocolId,
  /** Only ever "confirmed": the pane writes no marker before consent is confirmed. */
  consent: z.literal('confirmed'),
  attachmentSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type ReferralMarker = z.infer<typeof ReferralMarker>;

const EXPECT: Record<keyof ReferralMarker, LocalizedText> = {
  reference: {
    nl: 'een referentie zoals het taakvenster ze maakt (bv. KG-20261123-7K3M9Q)',
    en: 'a reference as the task pane makes it (e.g. KG-20261123-7K3M9Q)',
  },
  protocolId: { nl: 'de id van een protocol uit het register', en: 'the id of a protocol in the registry' },
  consent: { nl: '"confirmed"', en: '"confirmed"' },
  attachmentSha256: { nl: '64 kleine hexadecimale tekens', en: '64 lower-case hexadecimal characters' },
};

/** The headers to write for a marker; values are already valid header text (ASCII, one line). */
export function markerHeaders(marker: ReferralMarker): Record<ReferralHeaderName, string> {
  const m = ReferralMarker.parse(marker);
  return {
    [REFERRAL_HEADERS.reference]: m.reference,
    [REFERRAL_HEADERS.protocol]: m.protocolId,
    [REFERRAL_HEADERS.consent]: m.consent,
    [REFERRAL_HEADERS.attachmentSha256]: m.attachmentSha256,
  } as Record<ReferralHeaderName, string>;
}

export type MarkerResult =
  | { status: 'absent' }
  | { status: 'valid'; marker: ReferralMarker }
  /** Some of our headers are there but unreadable or incomplete: treat the mail as a referral and refuse. */
  | { status: 'invalid'; problems: Problem[]; headers: ReferralHeaderName[] };

/** Reads our headers from whatever the mail has; header names are case-insensitive. */
export function parseMarker(headers: Readonly<Record<string, string | undefined>>): MarkerResult {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v?.trim()]));
  const get = (name: ReferralHeaderName): string | undefined => {
    const v = lower.get(name.toLowerCase());
    return v === '' ? undefined : v;
  };
  const raw = {
    reference: get(REFERRAL_HEADERS.reference),
    protocolId: get(REFERRAL_HEADERS.protocol),
    consent: get(REFERRAL_HEADERS.consent),
    attachmentSha256: get(REFERRAL_HEADERS.attachmentSha256),
  };
  if (Object.values(raw).every((v) => v === undefined)) return { status: 'absent' };
  const r = ReferralMarker.safeParse(raw);
  if (r.success) return { status: 'valid', marker: r.data };
  const fields = [...new Set(r.error.issues.map((i) => i.path[0]).filter((k): k is keyof ReferralMarker => typeof k === 'string' && k in EXPECT))];
  const names: Record<keyof ReferralMarker, ReferralHeaderName> = {
    reference: REFERRAL_HEADERS.reference,
    protocolId: REFERRAL_HEADERS.protocol,
    consent: REFERRAL_HEADERS.consent,
    attachmentSha256: REFERRAL_HEADERS.attachmentSha256,
  };
  return {
    status: 'invalid',
    headers: fields.map((f) => names[f]),
    problems: fields.map((f) => problem('marker-header', { header: names[f], expected: EXPECT[f] })),
  };
}
