// The password-shape rule: every way a team member can paste or type one of our passwords is
// found; prose, the reference, the neutral text and other numbers are not.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { containsPasswordShape } from '../../src/domain';
import { defaultFillRandom, uniformIndices } from '../../src/crypto/random';
import { CROCKFORD_ALPHABET } from '../../src/domain/formats';
import { neutralText } from '../../src/taskpane/neutralText';
import { registry } from '../fixtures/rules';

const PASSWORD = '7K3M-Q9TX-4HNB-W2ZR';

/** A password as the add-in made them before the word passwords (4 groups of 4 Crockford symbols). */
function oldPassword(): string {
  const s = uniformIndices(16, 32, defaultFillRandom)
    .map((i) => CROCKFORD_ALPHABET.charAt(i))
    .join('');
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

describe('containsPasswordShape', () => {
  it.each([
    ['as the pane shows it', `Wachtwoord: ${PASSWORD}`],
    ['without hyphens', 'code 7K3MQ9TX4HNBW2ZR.'],
    ['in lower case', 'ww 7k3m-q9tx-4hnb-w2zr'],
    ['spaced in groups', 'Doorverwijzing 7K3M Q9TX 4HNB W2ZR'],
    ['one symbol at a time', '7 K 3 M Q 9 T X 4 H N B W 2 Z R'],
    ['hyphens with spaces', '7K3M - Q9TX - 4HNB - W2ZR'],
    ['across a line break', '7K3M-Q9TX\n4HNB-W2ZR'],
    ['in two halves', '7K3MQ9TX 4HNBW2ZR'],
    ['in full-width characters', '７Ｋ３Ｍ-Ｑ９ＴＸ-４ＨＮＢ-Ｗ２ＺＲ'],
    ['without any digit, as the pane shows it', 'ABCD-EFGH-JKMN-PQRS'],
    ['after a colon', 'Het wachtwoord: 7K3M-Q9TX-4HNB-W2ZR'],
    ['with colons between the groups', '7K3M:Q9TX:4HNB:W2ZR'],
    ['with ": " between the groups', '7K3M: Q9TX: 4HNB: W2ZR'],
    ['with ", " between the groups', '7K3M, Q9TX, 4HNB, W2ZR'],
    ['one group per line', 'Wachtwoord:\n7K3M\nQ9TX\n4HNB\nW2ZR\n\nGroeten'],
    ['one group per bullet', 'Wachtwoord:\n• 7K3M\n• Q9TX\n• 4HNB\n• W2ZR'],
    ['one group per dash bullet', '- 7K3M\n- Q9TX\n- 4HNB\n- W2ZR'],
    ['one group per numbered line', '1. 7K3M\n2. Q9TX\n3. 4HNB\n4. W2ZR'],
    ['with four spaces between the groups', '7K3M    Q9TX    4HNB    W2ZR'],
    ['with a zero-width space inside', '7K3M\u200B-Q9TX-4HN\u200BB-W2ZR'],
    ['with a soft hyphen inside a group', '7K3\u00ADM-Q9TX-4HNB-W2ZR'],
    ['with no-break spaces', '7K3M\u00A0Q9TX\u00A04HNB\u00A0W2ZR'],
    ['with word joiners', '7K3M\u2060-\u2060Q9TX-4HNB-W2ZR'],
    ['with en dashes', '7K3M\u2013Q9TX\u20134HNB\u2013W2ZR'],
    ['between ordinary words', 'het is naar 7K3M Q9TX 4HNB W2ZR en dan'],
    ['in a sentence with a comma after it', 'Code 7K3M Q9TX 4HNB W2ZR, bel me.'],
  ])('finds the password %s', (_how, text) => {
    expect(containsPasswordShape(text)).toBe(true);
  });

  it('finds every one of 2000 passwords of the old shape, as shown and in lower case', () => {
    for (let i = 0; i < 2000; i++) {
      const p = oldPassword();
      expect(containsPasswordShape(`Het wachtwoord is ${p}.`)).toBe(true);
      // Written otherwise than shown, a password of digits or letters only, or of hexadecimal
      // symbols only, is indistinguishable from a number or a hash (see passwordShape.ts).
      expect(containsPasswordShape(p.toLowerCase().replace(/-/g, ''))).toBe(/[0-9]/.test(p) && /[A-Z]/.test(p) && !/^[0-9A-F-]+$/.test(p));
    }
  });

  it.each([
    ['the reference', 'Doorverwijzing Kind en Gezin KG-20261123-7K3M9Q'],
    ['four short Dutch words', 'deze week gaat naar de kast'],
    ['a phone number', 'Bel 0470 12 34 56 of +32 470 12 34 56 78'],
    ['a Belgian IBAN', 'Rekening BE68 5390 0754 7034'],
    ['a structured communication', '+++090/9337/55493+++'],
    ['dates and enterprise numbers', 'op 16/02/2024, KBO 0212.198.584 en 0886.886.638'],
    ['a hash', 'a'.repeat(64)],
    ['a password with a symbol too many', '7K3M-Q9TX-4HNB-W2ZRX'],
    ['a GUID', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['a GUID in capitals', '3F2504E0-4F89-11D3-9A0C-0305E82C3301'],
    [
      'a Teams meeting link',
      'Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU5ZTk0YzQtY2E2Ny00MjM4LWI2YzItNTBlNWE3ZjI1M2Rl%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-0000-4c4c-8d8d-123456789abc%22%7d',
    ],
    ['a German IBAN', 'IBAN DE89 3704 0044 0532 0130 00'],
    ['a German IBAN without spaces', 'DE89370400440532013000'],
    ['a French IBAN', 'FR76 3000 6000 0112 3456 7890 189'],
    ['a Dutch IBAN', 'NL91 ABNA 0417 1643 00'],
    ['a British IBAN', 'GB82 WEST 1234 5698 7654 32'],
    [
      'a base64 block',
      'U29tZSBiYXNlNjQgdGV4dCB0aGF0IGlzIGxvbmcgZW5vdWdoIHRvIHdyYXAgbGluZXMgb2Yg\nZXhhY3RseSBzZXZlbnR5LXNpeCBjaGFyYWN0ZXJzIGxvbmcsIGp1c3QgbGlrZSBpbiBtYWls\nYWJjZGVmZ2hpams=',
    ],
    ['an MD5 hash', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a hexadecimal key of 16 symbols', 'sleutel 9f86d081884c7d65'],
    ['a SHA-256 in groups', '9f86 d081 884c 7d65 9a2f eaa0 c55a d015 a3bf 4f1b 2b0b 822c d15d 6c15 b0f0 0a08'],
    ['a licence plate and a date', '1-ABC-234 op 12/05/2026 om 10u30'],
  ])('does not take %s for a password', (_what, text) => {
    expect(containsPasswordShape(text)).toBe(false);
  });

  it("does not match the pane's neutral text for any protocol", () => {
    for (const protocol of registry.protocols) {
      const text = neutralText('KG-20261123-7K3M9Q', protocol);
      expect(containsPasswordShape(text.subject)).toBe(false);
      expect(containsPasswordShape(text.body)).toBe(false);
    }
  });

  const protocolsDir = join(__dirname, '..', '..', '..', 'shared', 'protocols');
  (existsSync(protocolsDir) ? it : it.skip)('does not match anything in the published protocols (long Dutch prose)', () => {
    const files = readdirSync(protocolsDir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(protocolsDir, f), 'utf8');
      expect(containsPasswordShape(text)).toBe(false);
      // Line by line too, and with the password inside, to show the corpus does not mask it.
      for (const line of text.split('\n')) expect(containsPasswordShape(line)).toBe(false);
      expect(containsPasswordShape(`${text}\n${PASSWORD}\n${text}`)).toBe(true);
    }
  });
});
