// The internet headers the task pane writes on a referral and the Send handler reads back.
// They travel with the mail to the OCMW and sit in every mail server's logs, so they hold no
// personal data: a random reference, the protocol id, that consent was confirmed, and the hash of
// the encrypted zip (which lets the Send check notice a zip swapped after encryption, and lets a
// DPO show afterwards which file went out under which protocol); and which add-in version and
// registry (release.ts) prepared it, so support can tell which build a referral came from.
//
// The version and registry headers are optional when read: a draft prepared by an earlier
// version of the pane has none, and is judged like any other referral. When present they must
// have their exact shape, like the others: nothing else can ride along in them.
import * as z from 'zod/mini';
import { REFERENCE_PATTERN, SHA256_HEX } from './formats';
import * as en from '../words/en/send';
import * as nl from '../words/nl/send';
import type { LocalizedText } from './lang';
import type { Problem } from './problemParams';
import { mailProblem } from './problems';
import { ProtocolId } from './protocolId';
import { ADDIN_VERSION_PATTERN, REGISTRY_DIGEST_PATTERN } from './release';

export const REFERRAL_HEADERS = {
  reference: 'X-KG-Referral-Ref',
  protocol: 'X-KG-Protocol',
  consent: 'X-KG-Consent',
  attachmentSha256: 'X-KG-Attachment-SHA256',
  addinVersion: 'X-KG-Addin-Version',
  registry: 'X-KG-Registry',
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
  attachmentSha256: z.string().check(z.regex(SHA256_HEX)),
  /** The pane's version (release.ts), e.g. 1.4.2 or 1.4.2-pilot. Absent in drafts of older versions. */
  addinVersion: z.optional(z.string().check(z.regex(ADDIN_VERSION_PATTERN))),
  /** The digest of the registry the pane judged with. Absent in drafts of older versions. */
  registry: z.optional(z.string().check(z.regex(REGISTRY_DIGEST_PATTERN))),
});
export type ReferralMarker = z.infer<typeof ReferralMarker>;

/** What each header must hold, in both languages (src/words/<lang>/send.ts, `markerExpect`). */
const expectOf = (field: keyof ReferralMarker): LocalizedText => ({ nl: nl.markerExpect[field], en: en.markerExpect[field] });

const NAMES: Record<keyof ReferralMarker, ReferralHeaderName> = {
  reference: REFERRAL_HEADERS.reference,
  protocolId: REFERRAL_HEADERS.protocol,
  consent: REFERRAL_HEADERS.consent,
  attachmentSha256: REFERRAL_HEADERS.attachmentSha256,
  addinVersion: REFERRAL_HEADERS.addinVersion,
  registry: REFERRAL_HEADERS.registry,
};

/** The headers to write for a marker; values are already valid header text (ASCII, one line). */
export function markerHeaders(marker: ReferralMarker): Partial<Record<ReferralHeaderName, string>> {
  const m = ReferralMarker.parse(marker);
  const out: Partial<Record<ReferralHeaderName, string>> = {};
  for (const key of Object.keys(NAMES) as Array<keyof ReferralMarker>) {
    const value = m[key];
    if (value !== undefined) out[NAMES[key]] = value;
  }
  return out;
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
  const raw: Partial<Record<keyof ReferralMarker, string>> = {};
  for (const key of Object.keys(NAMES) as Array<keyof ReferralMarker>) {
    const value = get(NAMES[key]);
    if (value !== undefined) raw[key] = value;
  }
  // Any of our headers, the version and registry ones too, makes the mail a marked one.
  if (Object.keys(raw).length === 0) return { status: 'absent' };
  const r = ReferralMarker.safeParse(raw);
  if (r.success) return { status: 'valid', marker: r.data };
  const fields = [...new Set(r.error.issues.map((i) => i.path[0]).filter((k): k is keyof ReferralMarker => typeof k === 'string' && k in nl.markerExpect))];
  return {
    status: 'invalid',
    headers: fields.map((f) => NAMES[f]),
    problems: fields.map((f) => mailProblem('marker-header', { header: NAMES[f], expected: expectOf(f) })),
  };
}
