// What a text looks like to a reader (src/domain/confusables.ts): the text rules read a mail both
// as written and folded, so a name, number or address written in another script's look-alikes is
// found, and ordinary text is left alone.
import { checkText } from '../../src/domain';
import { FOLD_REACH, foldLookalikes, lookalikeReading } from '../../src/domain/confusables';
import { CLIENT_TRACES } from '../fixtures/rules';

describe('foldLookalikes', () => {
  it.each([
    ['Cyrillic letters', 'J\u0430n V\u0430n den Br\u043Eeck', 'Jan Van den Broeck'],
    ['Greek omicron', 'Br\u03BFeck', 'Broeck'],
    ['a mathematical bold capital (a surrogate pair)', '\u{1D409}an', 'Jan'],
    ['Arabic-Indic digits', '\u0660\u0664\u0667\u0660', '0470'],
    ['Extended Arabic-Indic and Devanagari digits', '\u06F1\u06F2 \u0967\u0968', '12 12'],
    ['full-width digits', '\uFF10\uFF14', '04'],
  ])('%s', (_what, written, read) => {
    expect(foldLookalikes(written)).toBe(read);
  });

  it('leaves ASCII as it is ("rn" is not "m", "0" is not "o", a link\'s "%40" is read by the address rule) and hands back the same text', () => {
    const text = 'Modern 0470 rn l1 %41 %40 100%';
    expect(foldLookalikes(text)).toBe(text);
  });

  it('leaves accents, scripts without a Latin look-alike and invisible characters for the rules', () => {
    for (const text of ['Méséñ', '\u00AD\u200B', '한국어', '日本語']) expect(foldLookalikes(text)).toBe(text);
    // Only the letters that look Latin change: a Cyrillic word stays as long, "П" and "и" stay.
    expect(foldLookalikes('Привет')).toBe('Пpивeт');
  });
});

describe('the text rules read both the written and the folded text', () => {
  const codes = (body: string) => checkText({ subject: '', body, traces: CLIENT_TRACES }).map((r) => r.code);

  it("finds the client's name in Cyrillic look-alikes, once, without the weak word findings beside it", () => {
    expect(codes('Doorverwijzing J\u0430n V\u0430n den Br\u043Eeck')).toEqual(['content-client-name']);
  });

  it("finds the client's phone in Arabic-Indic digits and the e-mail URL-encoded", () => {
    expect(codes('Bel \u0660\u0664\u0667\u0660 \u0661\u0662 \u0663\u0664 \u0665\u0666')).toEqual(['content-client-phone']);
    expect(codes('mailto:jan.vdb%40example.org')).toContain('content-client-email');
  });

  it('reads a second time only around what folds: a Cyrillic name in a long mail, not the whole mail', () => {
    const long = `${'Gewone tekst. '.repeat(20_000)}J\u0430n V\u0430n den Br\u043Eeck${' Meer tekst.'.repeat(20_000)}`;
    const reading = lookalikeReading(long) ?? '';
    expect(reading).toContain('Jan Van den Broeck');
    expect(reading.length).toBeLessThanOrEqual(2 * FOLD_REACH + 20);
    expect(lookalikeReading('Een Teams-link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0')).toBeUndefined();
    expect(codes(long)).toEqual(['content-client-name']);
  });

  it('a Ukrainian or Greek sentence without the client is not a finding', () => {
    expect(codes('Доброго дня, я зателефоную завтра. Καλημέρα, θα σας καλέσω αύριο.')).toEqual([]);
  });
});
