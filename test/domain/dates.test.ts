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
