// Calendar days as the protocols count them: in Belgium. Whether a protocol is in force is a
// question about a day in Europe/Brussels, never about a UTC instant (23:30 UTC on 2026-02-27
// is already 28 February in Brussels). The instant is always passed in: the core has no clock.
// zod/mini: tree-shakeable, so the Send handler's bundle stays small (full zod is ~450 KB).
import * as z from 'zod/mini';
import { DAY_PATTERN } from './formats';

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
export const CalendarDay = z
  .string()
  .check(z.refine(isCalendarDay, { error: 'calendar-day' }))
  .brand<'CalendarDay'>();
export type CalendarDay = z.infer<typeof CalendarDay>;

// Belgium keeps the EU's summer time (Directive 2000/84/EC): UTC+2 from the last Sunday of March
// 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+1 otherwise. Computed here rather than
// with Intl: classic Outlook's JavaScript-only runtime may have no IANA time zones and no
// formatToParts. Arithmetic on whole days since 1970-01-01 (proleptic Gregorian, as Date is).

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The instant (ms since the epoch) of 01:00 UTC on the last Sunday of `month` (31-day months only). */
function lastSundayOneUtc(year: number, month: 3 | 10): number {
  const last = daysFromCivil(year, month, 31);
  // 1970-01-01 was a Thursday: (days + 4) mod 7 is the weekday, 0 = Sunday.
  const weekday = (((last + 4) % 7) + 7) % 7;
  return (last - weekday) * DAY_MS + HOUR_MS;
}

/** UTC+2 (summer time) or UTC+1, in milliseconds, in Belgium at the instant `ms`. */
export function brusselsOffsetMs(ms: number): number {
  const { year } = civilFromDays(Math.floor(ms / DAY_MS));
  const summer = ms >= lastSundayOneUtc(year, 3) && ms < lastSundayOneUtc(year, 10);
  return summer ? 2 * HOUR_MS : HOUR_MS;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The calendar day in Europe/Brussels at the given instant. */
export function brusselsDay(instant: Date): CalendarDay {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError('brusselsDay: the instant is not a valid time');
  }
  const { year, month, day } = civilFromDays(Math.floor((ms + brusselsOffsetMs(ms)) / DAY_MS));
  return CalendarDay.parse(`${year}-${two(month)}-${two(day)}`);
}
