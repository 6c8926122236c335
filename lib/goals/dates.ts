import { daysInMonth, iso, isValidDate, todayCivil, type CivilDate } from '../analysis/calendar';
import type { Cadence, Deadline } from './goal';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, with no time zone: a goal's deadline is a calendar
 * day, not an instant.
 */

export type CalendarDate = CivilDate;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The average month, in days (365.2425 ÷ 12). */
const DAYS_PER_MONTH = 30.436875;

/** The parts of a real calendar date, or null (`2027-02-30` is null). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day };
}

export { daysInMonth };

/** Today in the local calendar, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return iso(todayCivil(now));
}

/**
 * Months from one date to another, fractional: whole calendar months plus the day difference in
 * average months. 2026-01-15 → 2026-07-15 is 6; negative when `to` is earlier. Null for bad dates.
 */
export function monthsBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  return (b.year - a.year) * 12 + (b.month - a.month) + (b.day - a.day) / DAYS_PER_MONTH;
}

/** Length of one cadence period in months. */
export const CADENCE_MONTHS: Record<Cadence, number> = {
  weekly: 12 / 52,
  monthly: 1,
  quarterly: 3,
};

/**
 * The goal's time frame in months as of `today`: until the deadline when there is a date, else one
 * cadence period (a cadence-only target recurs every period). Null when neither is set or the
 * deadline is not after today.
 */
export function timeFrameMonths(deadline: Deadline, today: string): number | null {
  if (deadline.date) {
    const months = monthsBetween(today, deadline.date);
    return months !== null && months > 0 ? months : null;
  }
  return deadline.cadence ? CADENCE_MONTHS[deadline.cadence] : null;
}

/** Calendar quarter of a date: `{ year: 2027, quarter: 3 }`, or null for a bad date. */
export function quarterOf(iso: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  return { year: d.year, quarter: (Math.floor((d.month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}
