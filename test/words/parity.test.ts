// Every word exists in both languages: a key in the Dutch catalogue and not in the English (or the
// reverse) fails here, at any depth. TypeScript types English as the Dutch shape, but a cast or an
// index signature (Record<string, string>) would let a key slip through; walking the objects does not.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as commandLineEn from '../../src/words/en/commandLine';
import * as exchangeEn from '../../src/words/en/exchange';
import * as exchangeNl from '../../src/words/nl/exchange';
import * as formEn from '../../src/words/en/form';
import * as pdfEn from '../../src/words/en/pdf';
import * as paneStartEn from '../../src/words/en/paneStart';
import * as paneStepsEn from '../../src/words/en/paneSteps';
import * as phoneEn from '../../src/words/en/phone';
import * as registryEn from '../../src/words/en/registry';
import * as sendEn from '../../src/words/en/send';
import * as commandLineNl from '../../src/words/nl/commandLine';
import * as formNl from '../../src/words/nl/form';
import * as pdfNl from '../../src/words/nl/pdf';
import * as paneStartNl from '../../src/words/nl/paneStart';
import * as paneStepsNl from '../../src/words/nl/paneSteps';
import * as phoneNl from '../../src/words/nl/phone';
import * as registryNl from '../../src/words/nl/registry';
import * as sendNl from '../../src/words/nl/send';

/** The paths present in one tree and not the other, and the words left empty. */
function differences(nl: unknown, en: unknown, path = ''): string[] {
  if (typeof nl === 'function' || typeof en === 'function') return typeof nl === typeof en ? [] : [`${path}: a function in one language only`];
  if (typeof nl === 'string' || typeof en === 'string') {
    if (typeof nl !== typeof en) return [`${path}: text in one language only`];
    return nl === '' || en === '' ? [`${path}: empty`] : [];
  }
  if (typeof nl !== 'object' || nl === null || typeof en !== 'object' || en === null) return [`${path}: not the same kind of value`];
  const a = nl as Record<string, unknown>;
  const b = en as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(a)) if (!(k in b)) out.push(`${path}.${k}: missing in English`);
  for (const k of Object.keys(b)) if (!(k in a)) out.push(`${path}.${k}: missing in Dutch`);
  for (const k of Object.keys(a)) if (k in b) out.push(...differences(a[k], b[k], `${path}.${k}`));
  return out;
}

// Not here: nl/neutral.ts and nl/breach.ts, the mail text for the OCMW and the report to the DPOs,
// which are Dutch whatever Outlook's language (their readers are Flemish) and have no English twin.
const FEATURES = {
  send: [sendNl, sendEn],
  phone: [phoneNl, phoneEn],
  registry: [registryNl, registryEn],
  commandLine: [commandLineNl, commandLineEn],
  form: [formNl, formEn],
  pdf: [pdfNl, pdfEn],
  paneStart: [paneStartNl, paneStartEn],
  paneSteps: [paneStepsNl, paneStepsEn],
  exchange: [exchangeNl, exchangeEn],
} as const;
const DUTCH_ONLY = ['breach', 'neutral'];

test.each(Object.keys(FEATURES) as (keyof typeof FEATURES)[])('%s: every key in Dutch is in English and the reverse, no word empty', (feature) => {
  const [nl, en] = FEATURES[feature];
  expect(differences(nl, en, feature)).toEqual([]);
});

test('a key missing in one language is reported with its path, at any depth', () => {
  expect(differences({ a: { b: 'x', c: 'y' }, f: () => 'z' }, { a: { b: 'x' }, f: () => 'z', g: 'w' })).toEqual([
    '.g: missing in Dutch',
    '.a.c: missing in English',
  ]);
  expect(differences({ a: 'x' }, { a: '' })).toEqual(['.a: empty']);
  expect(differences({ a: 'x' }, { a: () => 'x' })).toEqual(['.a: a function in one language only']);
});

test('every catalogue file has its twin in the other language and is compared above', () => {
  const features = (lang: string): string[] =>
    readdirSync(path.join(__dirname, '../../src/words', lang))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
  const compared = Object.keys(FEATURES).sort();
  expect(features('nl')).toEqual([...compared, ...DUTCH_ONLY].sort());
  expect(features('en')).toEqual(compared);
});
