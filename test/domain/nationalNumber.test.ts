// The national register number (rijksregisternummer) and the bis number: never Art. 3 data, so
// never in a referral's text or file names, nor in any mail to an OCMW.
import { containsNationalNumber, isNationalNumber } from '../../src/domain';

describe('isNationalNumber: the checksum', () => {
  it.each([
    ['85073003328', 'born 1985'],
    ['08012000188', 'born 2008 (the checksum over 2 followed by the nine digits)'],
    ['85273003371', 'a bis number (month + 20)'],
    ['85473003317', 'a bis number (month + 40)'],
  ])('accepts %s (%s)', (digits) => expect(isNationalNumber(digits)).toBe(true));

  it.each([
    ['85073003329', 'a wrong check number'],
    ['85133003328', 'month 13'],
    ['8507300332', 'ten digits'],
  ])('refuses %s (%s)', (digits) => expect(isNationalNumber(digits)).toBe(false));
});

describe('containsNationalNumber', () => {
  it.each([
    'RRN 85.07.30-033.28',
    'nr. 85073003328.',
    '85 07 30 033 28',
    '850730 033 28',
    '850730-033-28',
    '85.07.30\u2013033.28',
    '85.07.30-\u200B033.28',
    '８５０７３００３３２８',
    'Rijksregister: 85073003328, tel 0470 12 34 56',
    'bisnummer 85.27.30-033.71',
  ])('finds %j', (text) => expect(containsNationalNumber(text)).toBe(true));

  it.each([
    ['a phone number with the country code', '+32 470 12 34 56'],
    ['0032 before it', '0032 470 12 34 56'],
    ['eleven digits inside a longer number', '1850730033280'],
    ['an IBAN', 'BE68 5390 0754 7034'],
    ['a KBO number and a date', 'KBO 0212.198.584, 30/07/1985'],
    ['a wrong check number', '85.07.30-033.29'],
    ['a structured communication', '+++090/9337/55493+++'],
  ])('does not take %s for one', (_what, text) => expect(containsNationalNumber(text)).toBe(false));

  it.each<[string, string]>([
    ['one 2 MB token of digits', '7'.repeat(2 * 1024 * 1024)],
    ['2 MB of separators', '.-'.repeat(1024 * 1024)],
    ['2 MB of digit pairs', '12.'.repeat(700_000)],
  ])('finds nothing in %s', (_what, text) => expect(containsNationalNumber(text)).toBe(false));
});
