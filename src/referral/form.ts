// The referral form filled in inside the task pane: exactly the data article 3 of the protocols
// allows (first and last name; contact details = address, phone, e-mail) and nothing else.
//
// Invariants:
// - A parsed ReferralForm holds only the fields in REFERRAL_FIELDS; unknown keys are dropped,
//   so nothing beyond article 3 can reach the PDF, whatever the caller passes in.
// - Every value is NFC-normalised, trimmed, single-spaced and free of control characters.
// - `phone` is E.164 ("+32470123456"), so the PDF and the content rules see one spelling.
// - At least one of phone / e-mail is present: a referral the OCMW cannot answer is useless.
// - parseReferralForm reports every field in error at once, one error per field, each with a
//   code (for the program) and Dutch/English words (for the team member).
//
// Phone metadata: `libphonenumber-js/max`. The default `min` metadata only checks lengths, so
// it accepts a Belgian mobile number with a digit missing ("0470 12 34 5" has the length of a
// landline) and numbers no operator can have ("0400 00 00 00"); `mobile` rejects landlines.
// `max` is the smallest set that gets both right, at about 20 KB gzipped more than `min`.
import { z } from 'zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { POSTCODE } from '../domain/registry';
import type { LocalizedText } from '../domain/lang';
import * as en from '../words/en/form';
import * as nl from '../words/nl/form';

export const REFERRAL_FIELDS = ['firstName', 'lastName', 'street', 'houseNumber', 'postcode', 'municipality', 'phone', 'email'] as const;

export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/** The words the pane and the PDF use for each field (src/words/<lang>/form.ts), so neither invents its own. */
export const REFERRAL_FIELD_LABELS: Readonly<Record<ReferralField, LocalizedText>> = {
  firstName: { nl: nl.labels.firstName, en: en.labels.firstName },
  lastName: { nl: nl.labels.lastName, en: en.labels.lastName },
  street: { nl: nl.labels.street, en: en.labels.street },
  houseNumber: { nl: nl.labels.houseNumber, en: en.labels.houseNumber },
  postcode: { nl: nl.labels.postcode, en: en.labels.postcode },
  municipality: { nl: nl.labels.municipality, en: en.labels.municipality },
  phone: { nl: nl.labels.phone, en: en.labels.phone },
  email: { nl: nl.labels.email, en: en.labels.email },
};

/** Short help under a field; only where the expected form is not obvious. */
export const REFERRAL_FIELD_HINTS: Readonly<Partial<Record<ReferralField, LocalizedText>>> = {
  houseNumber: { nl: nl.hints.houseNumber, en: en.hints.houseNumber },
  postcode: { nl: nl.hints.postcode, en: en.hints.postcode },
  phone: { nl: nl.hints.phone, en: en.hints.phone },
  email: { nl: nl.hints.email, en: en.hints.email },
};

/**
 * Longest accepted value per field, in characters, after trimming. Generous for real names and
 * addresses, tight enough that one field cannot push the PDF off its single page.
 */
export const REFERRAL_FIELD_MAX_LENGTH: Readonly<Record<ReferralField, number>> = {
  firstName: 80,
  lastName: 80,
  street: 100,
  houseNumber: 20,
  postcode: 4,
  municipality: 60,
  phone: 30,
  // RFC 5321: a forward path is at most 256 octets including the angle brackets.
  email: 254,
};

export const REFERRAL_ERROR_CODES = [
  'required',
  'too-long',
  'control-characters',
  'invalid-characters',
  'invalid-house-number',
  'invalid-postcode',
  'postcode-not-in-municipality',
  'invalid-phone',
  'invalid-email',
  'contact-required',
] as const;

export type ReferralErrorCode = (typeof REFERRAL_ERROR_CODES)[number];

export type ReferralFieldError = { readonly code: ReferralErrorCode } & LocalizedText;

export type ReferralFormErrors = Partial<Record<ReferralField, ReferralFieldError>>;

/** What the protocol of the chosen municipality expects; from the registry. */
export type ReferralExpectation = {
  readonly postcodes: readonly string[];
  readonly municipality: string;
};

// ---------------------------------------------------------------------------------------------
// Cleaning and checking one value

// Control characters (C0, DEL, C1), line/paragraph separators, bidi embeddings/overrides/isolates
// (they can make a printed name read differently from what was typed), the BOM, interlinear
// annotation marks and lone surrogates (they break UTF-8 and PDF encoding). ZWJ/ZWNJ are kept:
// some scripts need them inside names.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/u;

// Letters of any script with their marks, plus the separators names really have:
// space, hyphen, apostrophes ('’), and a full stop for abbreviations ("Sint-Jan v.d. Berg").
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

// Municipality names: as NAME, plus parentheses for "Kontich (Waarloos)".
const MUNICIPALITY = /^[\p{L}\p{M}][\p{L}\p{M} '’.()-]*$/u;

// Streets may contain digits ("Rue du 8 Mai") and a few punctuation marks, but need a letter.
const STREET = /^(?=.*\p{L})[\p{L}\p{M}\p{N} '’.,/()-]+$/u;

// Belgian house numbers: a number, optional letter(s) or a range, optional box ("bus", "bte",
// "box", "b" or "/"): 12, 12A, 12-14, 12 bus 3, 12 bte 4, 12/3, 12A bus 101.
const HOUSE_NUMBER = /^[1-9]\d{0,4}(?: ?[A-Z]{1,2})?(?:-[1-9]\d{0,4}[A-Z]?)?(?: ?(?:\/|(?:bus|bte|box|b\.?) ?)[0-9A-Z][0-9A-Z.-]{0,5})?$/i;

const emailSchema = z.email();

type Check = { ok: true; value: string } | { ok: false; code: ReferralErrorCode };

const fail = (code: ReferralErrorCode): Check => ({ ok: false, code });

/**
 * Turns whatever a text field delivered into a clean string, or `undefined` when nothing was
 * typed. Trimming comes before the control-character check so that a pasted trailing newline is
 * forgiven, while a tab or a NUL inside a name is not.
 */
function clean(raw: unknown): string | undefined | { error: ReferralErrorCode } {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return { error: 'required' };
  const trimmed = raw.normalize('NFC').trim();
  if (trimmed === '') return undefined;
  if (CONTROL.test(trimmed)) return { error: 'control-characters' };
  // Non-breaking and other Unicode spaces become one plain space: the PDF and the content rules
  // should not have to know about them.
  return trimmed.replace(/\s+/gu, ' ');
}

function text(field: ReferralField, raw: unknown, pattern: RegExp, patternError: ReferralErrorCode): Check {
  const value = clean(raw);
  if (value === undefined) return fail('required');
  if (typeof value !== 'string') return fail(value.error);
  // A postcode is exactly four digits; "B-2550" is better told that than "too long".
  if (field !== 'postcode' && value.length > REFERRAL_FIELD_MAX_LENGTH[field]) return fail('too-long');
  return pattern.test(value) ? { ok: true, value } : fail(patternError);
}

function phoneCheck(raw: unknown): Check | undefined {
  const value = clean(raw);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return fail(value.error);
  if (value.length > REFERRAL_FIELD_MAX_LENGTH.phone) return fail('too-long');
  // Letters would be silently read as digits ("0470 CALL ME"); a person's number has none.
  if (/\p{L}/u.test(value)) return fail('invalid-phone');
  const parsed = parsePhoneNumberFromString(value, 'BE');
  return parsed !== undefined && parsed.isValid() ? { ok: true, value: parsed.number } : fail('invalid-phone');
}

function emailCheck(raw: unknown): Check | undefined {
  const value = clean(raw);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return fail(value.error);
  if (value.length > REFERRAL_FIELD_MAX_LENGTH.email) return fail('too-long');
  if (!emailSchema.safeParse(value).success) return fail('invalid-email');
  // Domains are case-insensitive; the local part formally is not, so only the domain is folded.
  const at = value.lastIndexOf('@');
  return { ok: true, value: value.slice(0, at) + value.slice(at).toLowerCase() };
}

// ---------------------------------------------------------------------------------------------
// The schema

// Each field parses from `unknown` so that a missing key, `null` and an empty string all become
// the same "required" error instead of zod's generic type error.
function field(check: (raw: unknown) => Check) {
  return z.unknown().transform((raw, ctx) => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.code, params: { code: result.code } });
    return z.NEVER;
  });
}

// `.optional()` on the outside: zod 4 reports a missing key whose schema yields undefined as an
// error unless the schema itself is optional.
function optionalField(check: (raw: unknown) => Check | undefined) {
  return z
    .unknown()
    .transform((raw, ctx): string | undefined => {
      const result = check(raw);
      if (result === undefined) return undefined;
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.code, params: { code: result.code } });
      return z.NEVER;
    })
    .optional();
}

const contactFields: readonly ReferralField[] = ['phone', 'email'];

/** True when no issue so far is about the whole input or about one of `fields`. */
function noIssuesOn(issues: ReadonlyArray<{ path?: PropertyKey[] | undefined }>, fields: readonly ReferralField[]): boolean {
  return issues.every((issue) => {
    const name = issue.path?.[0];
    return name !== undefined && !fields.includes(name as ReferralField);
  });
}

export const ReferralForm = z
  .object({
    firstName: field((raw) => text('firstName', raw, NAME, 'invalid-characters')),
    lastName: field((raw) => text('lastName', raw, NAME, 'invalid-characters')),
    street: field((raw) => text('street', raw, STREET, 'invalid-characters')),
    houseNumber: field((raw) => text('houseNumber', raw, HOUSE_NUMBER, 'invalid-house-number')),
    postcode: field((raw) => text('postcode', raw, POSTCODE, 'invalid-postcode')),
    municipality: field((raw) => text('municipality', raw, MUNICIPALITY, 'invalid-characters')),
    phone: optionalField(phoneCheck),
    email: optionalField(emailCheck),
  })
  .check(
    z.superRefine(
      (form, ctx) => {
        if (form.phone !== undefined || form.email !== undefined) return;
        for (const name of contactFields) {
          ctx.addIssue({ code: 'custom', path: [name], message: 'contact-required', params: { code: 'contact-required' } });
        }
      },
      {
        // Run even when other fields failed, so the team member sees this error together with
        // the rest; but not when phone or e-mail has its own error (something was typed there).
        when: (payload) => noIssuesOn(payload.issues, contactFields),
      },
    ),
  );

export type ReferralForm = z.infer<typeof ReferralForm>;

// ---------------------------------------------------------------------------------------------
// Messages

function message(field: ReferralField, code: ReferralErrorCode, expected: ReferralExpectation): LocalizedText {
  const context = {
    max: REFERRAL_FIELD_MAX_LENGTH[field],
    street: field === 'street',
    municipality: expected.municipality,
    postcodes: expected.postcodes.join(', '),
  };
  return {
    nl: nl.errors[code]({ ...context, label: REFERRAL_FIELD_LABELS[field].nl }),
    en: en.errors[code]({ ...context, label: REFERRAL_FIELD_LABELS[field].en }),
  };
}

function isReferralErrorCode(value: unknown): value is ReferralErrorCode {
  return typeof value === 'string' && (REFERRAL_ERROR_CODES as readonly string[]).includes(value);
}

function isReferralField(value: unknown): value is ReferralField {
  return typeof value === 'string' && (REFERRAL_FIELDS as readonly string[]).includes(value);
}

export type ParseReferralResult = { readonly ok: true; readonly form: ReferralForm } | { readonly ok: false; readonly errors: ReferralFormErrors };

/**
 * Parses the pane's form input. Returns the clean form, or an error for every field in error
 * (the first per field, in the order of the checks above). Besides the form's own rules, the
 * postcode must be one of the protocol municipality's postcodes (article 2: the OCMW of the
 * client's municipality of residence). The municipality name is not compared: one postcode
 * covers several places (2550 is Kontich and Waarloos), and the postcode is what decides.
 */
export function parseReferralForm(input: unknown, expected: ReferralExpectation): ParseReferralResult {
  // Anything that is not an object is an empty form: every required field is reported.
  const source = typeof input === 'object' && input !== null ? input : {};
  const schema = ReferralForm.check(
    z.superRefine(
      (form, ctx) => {
        if (!expected.postcodes.includes(form.postcode)) {
          ctx.addIssue({
            code: 'custom',
            path: ['postcode'],
            message: 'postcode-not-in-municipality',
            params: { code: 'postcode-not-in-municipality' },
          });
        }
      },
      { when: (payload) => noIssuesOn(payload.issues, ['postcode']) },
    ),
  );
  const result = schema.safeParse(source);
  if (result.success) return { ok: true, form: result.data };

  const errors: ReferralFormErrors = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0];
    if (!isReferralField(name) || errors[name] !== undefined) continue;
    const params: unknown = issue.code === 'custom' ? issue.params?.code : undefined;
    // Only our own checks add issues on field paths; anything else is still this field's fault.
    const code = isReferralErrorCode(params) ? params : 'required';
    errors[name] = { code, ...message(name, code, expected) };
  }
  return { ok: false, errors };
}
