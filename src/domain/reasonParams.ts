// What each reason of the Send check carries besides its words: the values its message may show.
// Types only, so that the catalogue (src/words) can take them without importing the rules.
// Privacy: a value here is something the user typed or received (an address, a postcode) or
// registry data; never a password, never the client's name, phone or e-mail.

import type { LocalizedText } from './lang';
import type { LocationBy } from './location';
import type { RecipientField } from './recipient';
import type { WeakGrade } from './traces';

export type Where = 'subject' | 'body' | 'attachment-name';
/** Which name a weak finding is about: a first or last name alone, both together, or a word of the original file's name. */
export type NameWordPart = 'first' | 'last' | 'full' | 'file';

type NoParams = Record<never, never>;
type RecipientParams = { readonly address: string; readonly field: RecipientField };
type LookalikeParams = RecipientParams & { readonly imitates: string };

export type ReasonParams = {
  'location-missing': NoParams;
  'location-invalid': { readonly by: 'postcode' | 'nis'; readonly value: string };
  'protocol-not-found': { readonly by: LocationBy; readonly value: string };
  'protocol-not-yet-in-force': { readonly protocolId: string; readonly socialService: string; readonly inForceFrom: string };
  'protocol-ended': { readonly protocolId: string; readonly socialService: string; readonly endedOn: string };
  'attachment-not-encrypted': { readonly count: number };
  'attachment-changed-after-encryption': NoParams;
  'recipient-lookalike-confusable': LookalikeParams;
  'recipient-lookalike-punycode': LookalikeParams;
  'recipient-lookalike-non-ascii': LookalikeParams;
  'recipient-lookalike-embedded': LookalikeParams;
  'recipient-lookalike-longer-domain': LookalikeParams;
  'recipient-lookalike-trailing-dot': LookalikeParams;
  'recipient-sub-address': LookalikeParams;
  'recipient-display-name-mismatch': RecipientParams & { readonly shown: string };
  'recipient-wrong-social-service': RecipientParams & {
    readonly socialService: string;
    readonly expectedMailbox: string;
    readonly expectedSocialService: string;
  };
  'recipient-not-registered': RecipientParams & { readonly expectedMailbox: string };
  'recipient-distribution-list': RecipientParams;
  'recipient-bcc': RecipientParams;
  'recipient-cc': RecipientParams;
  'recipient-missing': { readonly expectedMailbox: string; readonly socialService: string };
  'recipient-duplicate': RecipientParams;
  'recipient-not-ascii': RecipientParams;
  'recipient-near-miss': RecipientParams & { readonly resembles: string };
  'recipient-named-social-service': RecipientParams & { readonly resembles: string | null };
  'recipient-group-with-attachments': RecipientParams;
  'recipient-same-domain-with-attachments': RecipientParams & { readonly resembles: string };
  'follow-up-registered-mailbox': { readonly mailbox: string; readonly socialService: string };
  /** Ordinary attachments (agenda.pdf) to a registered mailbox, outside a referral: a question naming them. */
  'attachment-to-social-service': { readonly mailbox: string; readonly socialService: string; readonly names: readonly (string | null)[] };
  /** A plaintext form, or a picture or PDF of one, to another address at a registered mailbox's domain. */
  /** `names`: null for a name that holds client data (never shown). */
  'attachment-form-to-social-service': RecipientParams & { readonly resembles: string; readonly names: readonly (string | null)[] };
  /** The pane's client traces on this item do not parse: the Send check cannot look for the client's data. */
  'referral-traces-unreadable': NoParams;
  'consent-missing': NoParams;
  'content-password': { readonly where: Where };
  'content-password-shape': { readonly where: Where };
  'content-client-name': { readonly where: Where };
  'content-client-phone': { readonly where: Where };
  'content-client-email': { readonly where: Where };
  'content-file-name-word': { readonly where: Where };
  /**
   * A weak finding: a word of the client's name (or of the original file's name) that is also a
   * common Dutch word, the team member's own name, or a word of the protocol.
   */
  'content-client-name-word': { readonly where: Where; readonly part: NameWordPart; readonly why: WeakGrade };
  'content-national-number': { readonly where: Where };
  /** The subject and body together are longer than the Send check reads (MAX_SCANNED_TEXT). */
  'content-not-fully-checked': { readonly limit: number };
  'attachment-name-client-data': { readonly count: number };
  'attachment-multiple-encrypted-zips': { readonly count: number };
  'attachment-missing-encrypted-zip': NoParams;
  /** Images inside the body (signature logos, pasted screenshots): they travel unencrypted. */
  'attachment-inline': { readonly names: readonly string[] };
  'attachment-zip-not-aes256': NoParams;
  'attachment-zip-entry-name': NoParams;
  'attachment-zip-invalid': NoParams;
  /** Produced by the Send handler when the headers the pane wrote cannot be read. */
  'referral-marker-invalid': { readonly header: string };
  /** Produced by the Send handler when it could not check a referral at all. */
  'check-failed': NoParams;
  /** The admin's test mail (sendCheckTest.ts): held, naming the build that judged it. */
  'send-check-test': { readonly address: string; readonly version: string; readonly registry: string };
};

export type ReasonCode = keyof ReasonParams;
export type Reason = { [K in ReasonCode]: { readonly code: K; readonly message: LocalizedText } & ReasonParams[K] }[ReasonCode];
export type ReasonOf<K extends ReasonCode> = Extract<Reason, { code: K }>;

/** A reason's words in one language (src/words/<lang>/send.ts): one function per code. */
export type ReasonWords = { readonly [K in ReasonCode]: (p: ReasonParams[K]) => string };

/**
 * The three outcomes. 'block': no way through (a referral, or a mail that looks like one, breaks
 * a rule). 'prompt': Outlook asks, with "Toch verzenden" / "Send Anyway" (Mailbox 1.14; older
 * clients cannot ask, so there it blocks). A mail with no reason is allowed.
 */
export type Outcome = 'allow' | 'prompt' | 'block';

/**
 * - imitation: a recipient looks like a registered mailbox but is not one;
 * - ocmw: a registered mailbox, a near miss of one, or another address at its domain.
 */
export type PhoneNoticeKind = 'imitation' | 'ocmw';
