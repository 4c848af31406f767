// The registry file's schema: the zod schemas below are the single definition of a valid
// protocol record, and the field rules they use (a plain mailbox, a KBO number, readable text).
// What a valid file guarantees is listed with the Registry type in registry.ts; parsing a file
// against this, and reporting every problem at once, is registryFile.ts.
import * as z from 'zod/mini';
import { CalendarDay, isCalendarDay } from './dates';
import type { TextCharacterKind } from './problemParams';
import { ProtocolId } from './protocolId';
import type { Protocol } from './registry';
import { NIS_CODE, POSTCODE, normalizeName } from './registry';

const PLAIN_MAILBOX = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Lower-case ASCII, no sub-address, no punycode, no trailing dot, no empty labels. */
export function isPlainMailbox(s: string): boolean {
  return PLAIN_MAILBOX.test(s) && !s.includes('..') && !/(^|[.@])xn--/.test(s);
}

/** Belgian enterprise number: the last two digits are 97 minus the first eight modulo 97. */
export function isValidKbo(s: string): boolean {
  const m = /^(0\d{3})\.(\d{3})\.(\d{3})$/.exec(s);
  if (!m) return false;
  const digits = `${m[1]}${m[2]}${m[3]}`;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

export type BadCharacter = { readonly index: number; readonly codePoint: number; readonly kind: TextCharacterKind };

// Format characters that change how text reads without showing: bidirectional overrides could
// make a social service's name read as another; zero-width characters would make two equal-looking
// names differ.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** The first character that has no place in text a person reads, or null. */
export function badCharacter(s: string): BadCharacter | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, codePoint: c, kind: 'lone-surrogate' };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, codePoint: c, kind: 'lone-surrogate' };
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return { index: i, codePoint: c, kind: 'control' };
    if (INVISIBLE.test(s.charAt(i))) return { index: i, codePoint: c, kind: 'invisible' };
  }
  return null;
}

const Text = z.string().check(
  z.refine((s) => s.trim() === s && s.length > 0 && s.length <= 300),
  z.refine((s) => badCharacter(s) === null, { error: 'text-character' }),
);
/** A name someone may type to find the protocol: it must leave something to compare. */
const PlaceName = z.string().check(
  z.refine((s) => s.trim() === s && s.length > 0 && s.length <= 100 && normalizeName(s) !== ''),
  z.refine((s) => badCharacter(s) === null, { error: 'text-character' }),
);
const Postcode = z.string().check(z.regex(POSTCODE));
const Nis = z.string().check(z.regex(NIS_CODE));
const Kbo = z.string().check(z.refine(isValidKbo));
const Mailbox = z.string().check(z.refine(isPlainMailbox, { error: 'mailbox-not-ascii' }));
const Email = z.string().check(z.refine(isPlainMailbox));
const Phone = z.string().check(z.regex(/^\+?\d[\d ./()-]{6,20}\d$/));

export const ProtocolRecord = z
  .strictObject({
    id: ProtocolId,
    municipality: z.strictObject({
      name: PlaceName,
      nis: Nis,
      postcodes: z.array(Postcode).check(z.minLength(1), z.maxLength(50)),
      /** deelgemeenten, so a client living in Waarloos finds Kontich */
      localities: z.optional(z.array(PlaceName).check(z.maxLength(100))),
    }),
    socialService: z.strictObject({
      name: Text,
      kbo: Kbo,
      address: z.strictObject({ street: Text, postcode: Postcode, municipality: Text }),
      phone: z.optional(Phone),
    }),
    mailbox: Mailbox,
    localTeam: Text,
    inForceFrom: CalendarDay,
    /** First day on which the protocol is no longer in force; null while it runs. */
    endedOn: z.nullable(CalendarDay),
    signed: z.strictObject({ place: Text, date: CalendarDay }),
    dpo: z.strictObject({ opgroeien: Email, socialService: Email }),
    source: z.strictObject({ document: Text, title: Text }),
  })
  .check(
    z.refine((p) => p.endedOn === null || p.endedOn >= p.inForceFrom, {
      error: 'end-before-start',
      path: ['endedOn'],
      // Run even when other fields of the record are broken, so every problem is listed at once.
      when: (payload) => datesReadable(payload.value),
    }),
  );
/** A protocol as the file holds it: everything the protocol text says, for the screens that show it. */
export type ProtocolRecord = z.infer<typeof ProtocolRecord>;

// A record is a Protocol with more: the compiler checks that here, once.
const recordIsProtocol = (r: ProtocolRecord): Protocol => r;
void recordIsProtocol;

function datesReadable(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { inForceFrom, endedOn } = value;
  return typeof inForceFrom === 'string' && isCalendarDay(inForceFrom) && typeof endedOn === 'string' && isCalendarDay(endedOn);
}

/** A JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
