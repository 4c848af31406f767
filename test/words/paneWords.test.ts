// The pane's own words, where a reader's review found them saying the wrong thing or two things.
import type { PaneWords } from '../../src/words/paneSteps';
import { startWords } from '../../src/words/paneStart';
import { stepWords } from '../../src/words/paneSteps';

// All the pane's words per language, as a step sees them (usePaneWords).
const strings: Record<'nl' | 'en', PaneWords> = { nl: { ...startWords.nl, ...stepWords.nl }, en: { ...startWords.en, ...stepWords.en } };

test('the password is confirmed as passed on before sending, not after (sending closes the pane and the password with it)', () => {
  expect(strings.nl.passedOnLabel).toMatch(/vóór ik de mail verstuur/);
  expect(strings.nl.passedOnLabel).toMatch(/daarna is het weg/);
  expect(strings.nl.passedOnLabel).not.toMatch(/na het versturen/);
  expect(strings.en.passedOnLabel).toMatch(/before I send the mail/);
  expect(strings.en.passedOnLabel).not.toMatch(/after sending/);
  // The warning on closing stays as it was.
  expect(strings.nl.leaveWarning).toBe('Het wachtwoord is nog niet doorgegeven en wordt nergens bewaard. Als u het taakvenster sluit, is het weg.');
});

test('the protocol card says "from", which is true before the start date as well as after', () => {
  expect(strings.nl.cardInForceFrom).toBe('In werking vanaf');
  expect(strings.en.cardInForceFrom).toBe('In force from');
});

test('the mail is "hij" throughout, never "ze"', () => {
  expect(strings.nl.checkExplain).toMatch(/\bhij\b/);
  for (const [key, value] of Object.entries(strings.nl)) {
    if (typeof value !== 'string') continue;
    if (/\bmail\b/.test(value)) expect(`${key}: ${value}`).not.toMatch(/\b(wordt|is) ze\b|\bze (wordt|tegengehouden)\b/);
  }
});

test('the reading instruction needs no spelling alphabet: it says the words are typed with a hyphen, in lower case', () => {
  expect(strings.nl.readOut).toMatch(/streepje/);
  expect(strings.nl.readOut).toMatch(/kleine letters/);
  expect(strings.en.readOut).toMatch(/hyphen/);
  expect(strings.en.readOut).toMatch(/lower case/);
  for (const lang of ['nl', 'en'] as const) expect(JSON.stringify(strings[lang])).not.toMatch(/spelalfabet|spelling alphabet/i);
});

test('phone and e-mail each name the other, instead of both saying "optional"', () => {
  for (const lang of ['nl', 'en'] as const) {
    expect(JSON.stringify(strings[lang])).not.toMatch(/optione/i);
  }
  expect(strings.nl.formOrEmail).toBe('(of e-mail)');
  expect(strings.nl.formOrPhone).toBe('(of telefoon)');
});
