// Calendar days as the protocols count them: in Belgium. Whether a protocol is in force is a
// question about a day in Europe/Brussels, never about a UTC instant (23:30 UTC on 2026-02-27
// is already 28 February in Brussels). The instant is always passed in: the core has no clock.
// zod/mini: tree-shakeable, so the Send handler's bundle stays small (full zod is ~450 KB).
import * as z from 'zod/mini';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day written as YYYY-MM-DD (2026-02-29 is not one). */
export function isCalendarDay(s: string): boolean {
  const m = DAY_PATTERN.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar day, YYYY-MM-DD. ISO days compare correctly as strings, which the rules rely on. */
export const CalendarDay = z.string().check(z.refine(isCalendarDay, { error: 'calendar-day' })).brand<'CalendarDay'>();
export type CalendarDay = z.infer<typeof CalendarDay>;

const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Europe/Brussels at the given instant. */
export function brusselsDay(instant: Date): CalendarDay {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('brusselsDay: the instant is not a valid time');
  }
  const parts = brussels.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return CalendarDay.parse(`${get('year')}-${get('month')}-${get('day')}`);
}
