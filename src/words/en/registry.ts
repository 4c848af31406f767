// The registry's words in English; nl/registry.ts says what each one is for.
import type { JsonExpected } from '../../domain/json';
import type { TextCharacterKind } from '../../domain/problemParams';
import { mib } from '../format';
import type * as nl from '../nl/registry';

const jsonExpected: { readonly [K in JsonExpected]: string } = {
  value: 'a value belongs here (text in double quotes, a number, true, false, null, {…} or […])',
  name: 'a field name in double quotes belongs here (one comma too many before } ?)',
  colon: 'a colon belongs here, after the field name',
  'comma-or-end-of-object': 'a comma or } belongs here',
  'comma-or-end-of-list': 'a comma or ] belongs here',
  'nothing-more': 'nothing may follow the end of the JSON',
  'string-end': 'the text in quotes is never closed',
  escape: 'invalid character after \\ (allowed: \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)',
  'no-control-character': 'a tab or line break stands directly inside a text in quotes',
  number: 'this is not a valid number',
  'more-text': 'the file ends here, but the JSON is not complete',
};

const characterKind: { readonly [K in TextCharacterKind]: string } = {
  'lone-surrogate': 'a lone UTF-16 surrogate, half of a character',
  control: 'a control character',
  invisible: 'an invisible formatting character',
};

export const problems: typeof nl.problems = {
  'registry-too-large': (p) => `The registry is larger than ${mib(p.limit)}. No registry of protocols is that large: is this the right file?`,
  'registry-not-utf8': (p) => `The registry is not UTF-8 text (line ${p.line}). Save it as UTF-8 (in Notepad: Save as, encoding UTF-8).`,
  'registry-not-json': (p) => `The registry is not valid JSON: line ${p.line}, column ${p.column}: ${jsonExpected[p.expected]}.`,
  'registry-duplicate-key': (p) =>
    `${p.record}, field ${p.field}: occurs twice in the same object (line ${p.firstLine} and line ${p.line}). A JSON reader then silently keeps only the last value: keep one.`,
  'registry-shape': (p) => `Registry, field ${p.field}: must be ${p.expected.en}.`,
  'registry-empty': () =>
    'The registry holds no protocol at all. Without one the Send check recognises no referral and lets every mail go: the registry must hold at least one protocol.',
  'registry-field-missing': (p) => `${p.record}, field ${p.field}: missing (must be ${p.expected.en}).`,
  'registry-field-invalid': (p) => `${p.record}, field ${p.field}: must be ${p.expected.en}, but is ${p.got}.`,
  'registry-field-unknown': (p) => `${p.record}, field ${p.field}: unknown field (typo?). See docs/registry.md for the fields.`,
  'registry-text-character': (p) =>
    `${p.record}, field ${p.field}: character ${p.position} is ${p.codePoint}, ${characterKind[p.kind]}. A text in the registry holds readable characters only: type it again.`,
  'registry-repeated-value': (p) => `${p.record}, field ${p.field}: ${p.got} is already in ${p.first}. Each postcode and locality appears at most once.`,
  'registry-mailbox-not-ascii': (p) =>
    `${p.record}, field ${p.field}: ${p.got} is not a plain ASCII address (only a-z, 0-9, dot, hyphen and underscore; no +, no xn--, no trailing dot).`,
  'registry-end-before-start': (p) => `${p.record}: the end date ${p.endedOn} is before the date of entry into force ${p.inForceFrom}.`,
  'registry-duplicate-id': (p) => `The id "${p.id}" occurs more than once (${p.records}). Every id must be unique.`,
  'registry-overlap': (p) =>
    `${p.first} and ${p.second} are both in force from ${p.from} for ${p.shared}. At most one protocol may be in force on any day per postcode, NIS code and municipality or locality name: end the old protocol (endedOn).`,
};

export const expect: typeof nl.expect = {
  '': 'an object {"version": 1, "protocols": [...]}',
  version: 'the number 1',
  protocols: 'a list of protocols',
  'protocols[]': 'a protocol object',
  id: 'an id of lower-case letters, digits and hyphens, at most 64 characters (e.g. "kontich-2026")',
  municipality: 'an object with name, nis and postcodes',
  'municipality.name': 'the name of the municipality (at most 100 characters, no leading or trailing spaces)',
  'municipality.nis': 'a five-digit NIS code, as a string (e.g. "11024")',
  'municipality.postcodes': 'a list of 1 to 50 postcodes',
  'municipality.postcodes[]': 'a four-digit Belgian postcode, as a string (e.g. "2550")',
  'municipality.localities': 'a list of at most 100 localities (deelgemeenten)',
  'municipality.localities[]': 'the name of a locality (at most 100 characters, no leading or trailing spaces)',
  socialService: 'an object with name, kbo and address',
  'socialService.name': 'the name of the social service',
  'socialService.kbo': 'a valid KBO number as 0xxx.xxx.xxx (with a correct check number)',
  'socialService.address': 'an address with street, postcode and municipality',
  'socialService.address.street': 'street and number',
  'socialService.address.postcode': 'a four-digit Belgian postcode',
  'socialService.address.municipality': 'the municipality of the address',
  'socialService.phone': 'a phone number (e.g. "+32 3 450 33 00")',
  mailbox: 'the registered mailbox from article 6',
  localTeam: 'the name of the local Kind en Gezin team',
  inForceFrom: 'an existing date YYYY-MM-DD (article 11)',
  endedOn: 'null or an existing date YYYY-MM-DD',
  signed: 'an object with place and date',
  'signed.place': 'the place of signing',
  'signed.date': 'an existing date YYYY-MM-DD',
  dpo: 'an object with opgroeien and socialService',
  'dpo.opgroeien': 'a plain e-mail address (article 9)',
  'dpo.socialService': 'a plain e-mail address (article 9)',
  source: 'an object with document and title',
  'source.document': 'the file name of the protocol text',
  'source.title': 'the title of the protocol',
};

export const expectFallback: typeof nl.expectFallback = 'a valid value (see docs/registry.md)';
