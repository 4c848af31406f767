// The password-shape rule: every way a team member can paste or type one of our passwords is
// found; prose, the reference, the neutral text and other numbers are not.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { containsPasswordShape } from '../../src/domain';
import { generatePassword } from '../../src/crypto/password';
import { neutralText } from '../../src/taskpane/neutralText';
import { registry } from './fixtures';

const PASSWORD = '7K3M-Q9TX-4HNB-W2ZR';

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
  ])('finds the password %s', (_how, text) => {
    expect(containsPasswordShape(text)).toBe(true);
  });

  it('finds every one of 2000 generated passwords, as shown and in lower case', () => {
    for (let i = 0; i < 2000; i++) {
      const p = generatePassword();
      expect(containsPasswordShape(`Het wachtwoord is ${p}.`)).toBe(true);
      expect(containsPasswordShape(p.toLowerCase().replace(/-/g, ''))).toBe(/[0-9]/.test(p) && /[A-Z]/.test(p));
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
