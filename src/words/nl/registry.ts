// The registry's words in Dutch (nl-BE): what is wrong with a registry file, said so that the IT
// admin who keeps it can fix it (registryFile.ts finds the problems; `npm run registry -- check`
// and the build print them). Each problem names the record and the field, and what belongs there.
import type { JsonExpected } from '../../domain/json';
import type { ProblemWords, RegistryProblemCode, TextCharacterKind } from '../../domain/problemParams';
import { mib } from '../format';

/** What the JSON reader expected where it stopped (json.ts). */
const jsonExpected: { readonly [K in JsonExpected]: string } = {
  value: 'hier hoort een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, {…} of […])',
  name: 'hier hoort een veldnaam tussen dubbele aanhalingstekens (een komma te veel vóór } ?)',
  colon: 'hier hoort een dubbele punt na de veldnaam',
  'comma-or-end-of-object': 'hier hoort een komma of }',
  'comma-or-end-of-list': 'hier hoort een komma of ]',
  'nothing-more': 'na het einde van de JSON mag niets meer staan',
  'string-end': 'de tekst tussen aanhalingstekens wordt niet afgesloten',
  escape: 'ongeldig teken na \\ (toegelaten: \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)',
  'no-control-character': 'een tab of regeleinde staat rechtstreeks in een tekst tussen aanhalingstekens',
  number: 'hier staat een ongeldig getal',
  'more-text': 'het bestand houdt hier op, maar de JSON is nog niet af',
};

/** Why a character has no place in a registry text. */
const characterKind: { readonly [K in TextCharacterKind]: string } = {
  'lone-surrogate': 'een losse UTF-16-surrogaat, de helft van een teken',
  control: 'een stuurteken',
  invisible: 'een onzichtbaar opmaakteken',
};

/** What each field of the registry must be, by its path ("municipality.postcodes[]"); '' is the whole file. */
export const expect: Readonly<Record<string, string>> = {
  '': 'een object {"version": 1, "protocols": [...]}',
  version: 'het getal 1',
  protocols: 'een lijst van protocollen',
  'protocols[]': 'een protocol-object',
  id: 'een id van kleine letters, cijfers en koppeltekens, hoogstens 64 tekens (bv. "kontich-2026")',
  municipality: 'een object met name, nis en postcodes',
  'municipality.name': 'de naam van de gemeente (hoogstens 100 tekens, zonder spaties vooraan of achteraan)',
  'municipality.nis': 'een NIS-code van vijf cijfers, als tekst (bv. "11024")',
  'municipality.postcodes': 'een lijst met 1 tot 50 postcodes',
  'municipality.postcodes[]': 'een Belgische postcode van vier cijfers, als tekst (bv. "2550")',
  'municipality.localities': 'een lijst van hoogstens 100 deelgemeenten',
  'municipality.localities[]': 'de naam van een deelgemeente (hoogstens 100 tekens, zonder spaties vooraan of achteraan)',
  socialService: 'een object met name, kbo en address',
  'socialService.name': 'de naam van de sociale dienst',
  'socialService.kbo': 'een geldig KBO-nummer als 0xxx.xxx.xxx (met juist controlegetal)',
  'socialService.address': 'een adres met street, postcode en municipality',
  'socialService.address.street': 'straat en huisnummer',
  'socialService.address.postcode': 'een Belgische postcode van vier cijfers',
  'socialService.address.municipality': 'de gemeente van het adres',
  'socialService.phone': 'een telefoonnummer (bv. "+32 3 450 33 00")',
  mailbox: 'het geregistreerde mailadres uit artikel 6',
  localTeam: 'de naam van het lokale team van Kind en Gezin',
  inForceFrom: 'een bestaande datum JJJJ-MM-DD (artikel 11)',
  endedOn: 'null of een bestaande datum JJJJ-MM-DD',
  signed: 'een object met place en date',
  'signed.place': 'de plaats van ondertekening',
  'signed.date': 'een bestaande datum JJJJ-MM-DD',
  dpo: 'een object met opgroeien en socialService',
  'dpo.opgroeien': 'een gewoon e-mailadres (artikel 9)',
  'dpo.socialService': 'een gewoon e-mailadres (artikel 9)',
  source: 'een object met document en title',
  'source.document': 'de bestandsnaam van de protocoltekst',
  'source.title': 'de titel van het protocol',
};

export const problems: ProblemWords<RegistryProblemCode> = {
  'registry-too-large': (p) => `Het register is groter dan ${mib(p.limit)}. Zo groot is geen register van protocollen: is dit het juiste bestand?`,
  'registry-not-utf8': (p) => `Het register is geen UTF-8-tekst (regel ${p.line}). Bewaar het als UTF-8 (in Kladblok: Opslaan als, codering UTF-8).`,
  'registry-not-json': (p) => `Het register is geen geldige JSON: regel ${p.line}, kolom ${p.column}: ${jsonExpected[p.expected]}.`,
  'registry-duplicate-key': (p) =>
    `${p.record}, veld ${p.field}: staat twee keer in hetzelfde object (regel ${p.firstLine} en regel ${p.line}). Een JSON-lezer houdt dan stil alleen de laatste waarde: laat er één staan.`,
  'registry-shape': (p) => `Register, veld ${p.field}: moet ${p.expected.nl} zijn.`,
  'registry-empty': () =>
    'Het register bevat geen enkel protocol. Zonder protocol herkent de verzendcontrole geen enkele doorverwijzing en laat ze elke mail door: het register moet minstens één protocol hebben.',
  'registry-field-missing': (p) => `${p.record}, veld ${p.field}: ontbreekt (moet ${p.expected.nl} zijn).`,
  'registry-field-invalid': (p) => `${p.record}, veld ${p.field}: moet ${p.expected.nl} zijn, maar is ${p.got}.`,
  'registry-field-unknown': (p) => `${p.record}, veld ${p.field}: onbekend veld (tikfout?). Zie docs/registry.md voor de velden.`,
  'registry-text-character': (p) =>
    `${p.record}, veld ${p.field}: teken ${p.position} is ${p.codePoint}, ${characterKind[p.kind]}. Een tekst in het register bevat alleen leesbare tekens: typ hem opnieuw.`,
  'registry-repeated-value': (p) =>
    `${p.record}, veld ${p.field}: ${p.got} staat al in ${p.first}. Elke postcode en deelgemeente komt hoogstens één keer voor.`,
  'registry-mailbox-not-ascii': (p) =>
    `${p.record}, veld ${p.field}: ${p.got} is geen gewoon ASCII-adres (alleen a-z, 0-9, punt, koppelteken en underscore; geen +, geen xn--, geen punt op het einde).`,
  'registry-end-before-start': (p) => `${p.record}: de einddatum ${p.endedOn} ligt vóór de datum van inwerkingtreding ${p.inForceFrom}.`,
  'registry-duplicate-id': (p) => `De id "${p.id}" komt meer dan één keer voor (${p.records}). Elke id moet uniek zijn.`,
  'registry-overlap': (p) =>
    `${p.first} en ${p.second} zijn allebei in werking vanaf ${p.from} voor ${p.shared}. Per postcode, NIS-code en naam van gemeente of deelgemeente mag op elke dag hoogstens één protocol in werking zijn: beëindig het oude protocol (endedOn).`,
};

/** What a field not in `expect` must be. */
export const expectFallback: string = 'een geldige waarde (zie docs/registry.md)';
