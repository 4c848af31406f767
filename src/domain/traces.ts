// Client traces: what the pane knows about the client, in a form the Send check can search the
// subject and body for without ever holding it.
//
// The pane knows the client's name, phone and e-mail (from its own form) and the name of the
// original attachment (a team member's own "Verwijsformulier Jan Peeters.pdf"). None of it may
// appear in the unencrypted subject or body. The Send check runs later, in another runtime, and
// must not be handed client data: the pane stores only salted SHA-256 hashes of normalised
// tokens (a fresh random salt per mail) in the item's sessionData, which Outlook never sends.
// Both the pane's final check and the Send check search through these same traces, with the
// same tokenizer, so they cannot disagree. The pane builds them (src/domain/traceBuild.ts).
//
// Invariants:
// - Matching is on whole tokens after one normalisation (`words`): letter case, accents,
//   punctuation, camelCase, letter/digit boundaries and invisible characters (soft hyphen,
//   zero-width space, joiners) do not matter.
// - Linear time: every distinct token of a mail is hashed at most once (a per-mail memo), a phone
//   number is looked for only where a group of digits starts and ends, an e-mail address only
//   around an "@" (or "at", "apenstaartje"), and a name only where its words stand.
// - A trace never holds a value in the clear; the messages say which kind of data was found,
//   never what.
// - Pure and ES2016: the Send bundle runs this in classic Outlook's JavaScript-only runtime.
//
// The tokenizer and hashes are in traceTokens.ts, the search in traceMatcher.ts, and the pane's
// making of traces in traceBuild.ts.
import * as z from 'zod/mini';
import { SHA256_HEX } from './formats';

/** What the pane's in-pane form knows about the client that must stay inside the zip. */
export const ClientDetails = z.strictObject({
  firstName: z.optional(z.string().check(z.maxLength(200))),
  lastName: z.optional(z.string().check(z.maxLength(200))),
  phone: z.optional(z.string().check(z.maxLength(100))),
  email: z.optional(z.string().check(z.maxLength(320))),
});
export type ClientDetails = z.infer<typeof ClientDetails>;

const Hash = z.string().check(z.regex(SHA256_HEX));

/** Words of one name (first or last) that are looked for: "Van den Broeck-De Smet" has five. */
export const MAX_NAME_WORDS = 6;

/**
 * How much a word of the client's name says when it stands alone in a text. 'strong': it is the
 * client's. The others are weak, since the word is also something else: a common Dutch word
 * ("Ben" in "ik ben"), the team member's own name ("Peeters" in the signature "An Peeters"), or a
 * word of the protocol the neutral text names ("Mesen", "Rand").
 */
export const WORD_GRADES = ['strong', 'common-word', 'own-name', 'protocol-word'] as const;
export type WordGrade = (typeof WORD_GRADES)[number];
export type WeakGrade = Exclude<WordGrade, 'strong'>;
const Grade = z.enum(WORD_GRADES);

export const NAME_PARTS = ['first', 'last'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

const NameWord = z.strictObject({
  part: z.enum(NAME_PARTS),
  /** van, de, den, ... (PARTICLES): part of a name, never a name alone. */
  particle: z.boolean(),
  grade: Grade,
});

/** The hash of name words from..to-1 (of one part) written as one token: "broeck", "vandenbroeck". */
const NameRun = z.strictObject({ hash: Hash, from: z.int().check(z.minimum(0)), to: z.int().check(z.maximum(2 * MAX_NAME_WORDS)) });

export const ClientTraces = z
  .strictObject({
    v: z.literal(2),
    /** 16 random bytes, hex; new for every mail. */
    salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    /** The words of the client's first and last name, in order: what each one is, never what it says. */
    nameWords: z.array(NameWord).check(z.maxLength(2 * MAX_NAME_WORDS)),
    /** Every run of consecutive words of one name, joined: found split or joined ("Van den Broeck", "Vandenbroeck"). */
    name: z.array(NameRun).check(z.maxLength(MAX_NAME_WORDS * (MAX_NAME_WORDS + 1))),
    /** The national significant number, and how many digits it has. */
    phone: z.array(z.strictObject({ hash: Hash, digits: z.int().check(z.minimum(8), z.maximum(15)) })).check(z.maxLength(4)),
    /** Letters and digits of the local part and of the domain, joined by "@", and how many each has. */
    email: z
      .array(z.strictObject({ hash: Hash, local: z.int().check(z.minimum(1), z.maximum(64)), domain: z.int().check(z.minimum(1), z.maximum(255)) }))
      .check(z.maxLength(4)),
    /** Uncommon words of the original attachment's file name. */
    file: z.array(z.strictObject({ hash: Hash, grade: Grade })).check(z.maxLength(32)),
    /** The 16-bit fingerprint (fingerprint()) of every token hashed above: what is not among them is not hashed. */
    filter: z.array(z.int().check(z.minimum(0), z.maximum(0xffff))).check(z.maxLength(128)),
  })
  .check(
    z.refine((t) =>
      t.name.every((r) => {
        const first = t.nameWords[r.from];
        const last = t.nameWords[r.to - 1];
        return r.from < r.to && first !== undefined && last !== undefined && first.part === last.part;
      }),
    ),
  );
export type ClientTraces = z.infer<typeof ClientTraces>;
