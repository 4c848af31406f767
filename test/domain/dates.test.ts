// Protocols count in Brussels calendar days, whatever the UTC time of the mail.
import { brusselsDay, isCalendarDay } from '../../src/domain';

describe('brusselsDay', () => {
  it.each([
    ['2026-02-27T22:59:59Z', '2026-02-27'], // winter time, UTC+1
    ['2026-02-27T23:00:00Z', '2026-02-28'],
    ['2026-02-27T23:30:00Z', '2026-02-28'], // the example
    ['2024-01-31T22:59:59Z', '2024-01-31'],
    ['2024-01-31T23:00:00Z', '2024-02-01'],
    ['2026-06-30T21:59:59Z', '2026-06-30'], // summer time, UTC+2
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-03-29T00:59:59Z', '2026-03-29'], // the night the clocks go forward
    ['2026-10-24T22:00:00Z', '2026-10-25'], // and back
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('%s is %s in Brussels', (instant, expected) => {
    expect(brusselsDay(new Date(instant))).toBe(expected);
  });

  it('agrees with Intl (Europe/Brussels) for every hour of 2020 to 2040, and at each change of the clocks', () => {
    // The rule is computed without Intl (classic Outlook's runtime may lack time zones); Intl is the referee.
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = Date.UTC(2020, 0, 1);
    const end = Date.UTC(2041, 0, 1);
    const wrong: string[] = [];
    for (let ms = start; ms < end; ms += 3_600_000) {
      const instant = new Date(ms);
      if (brusselsDay(instant) !== intl.format(instant)) wrong.push(instant.toISOString());
    }
    // The last minute before and the first after every 00:00 Brussels in the weeks the clocks change.
    for (let year = 2020; year <= 2040; year++) {
      for (const month of [2, 9]) {
        for (let day = 20; day <= 31; day++) {
          for (const utcHour of [21, 22, 23]) {
            for (const minute of [59, 0]) {
              const instant = new Date(Date.UTC(year, month, day, minute === 59 ? utcHour - 1 : utcHour, minute));
              if (brusselsDay(instant) !== intl.format(instant)) wrong.push(instant.toISOString());
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses an invalid instant instead of guessing a day', () => {
    expect(() => brusselsDay(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('isCalendarDay', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31'])('%s is a day', (d) => expect(isCalendarDay(d)).toBe(true));
  it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-2-28', '28/02/2026', '2026-02-28T00:00', ''])('%j is not', (d) =>
    expect(isCalendarDay(d)).toBe(false),
  );
});
