import type { TimeValue } from './schema';

/** A date without time zone: deadlines are days, not instants. */
export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export function parseIsoDate(iso: string): CivilDate {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

export function todayCivil(now = new Date()): CivilDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function iso({ year, month, day }: CivilDate): string {
  // Common dates without padStart; anything else (odd years, negative numbers) the general way.
  if (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 0 &&
    month < 100 &&
    day >= 0 &&
    day < 100
  )
    return `${year}-${pad2(month)}-${pad2(day)}`;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Integer years where `Date.UTC` takes the year as given (it maps 0–99 to 1900–1999). */
const plainYear = (y: number) => Number.isInteger(y) && y >= 100 && y <= 200_000;

export function daysInMonth(year: number, month: number): number {
  // Arithmetic for real months; a Date for what it normalizes (month 0, 13, fractions).
  if (plainYear(year) && Number.isInteger(month) && month >= 1 && month <= 12)
    return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function compare(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addMonths(d: CivilDate, n: number): CivilDate {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addDays(d: CivilDate, n: number): CivilDate {
  // Within the same month: no Date needed.
  if (Number.isInteger(n) && Number.isInteger(d.day) && plainYear(d.year)) {
    const day = d.day + n;
    if (day >= 1 && Number.isInteger(d.month) && d.month >= 1 && d.month <= 12) {
      if (day <= daysInMonth(d.year, d.month)) return { year: d.year, month: d.month, day };
    }
  }
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const endOfMonthOf = (year: number, month: number): CivilDate => ({
  year,
  month,
  day: daysInMonth(year, month),
});

/** A month/day without year means the next such day on or after today. */
export function nextOccurrence(today: CivilDate, month: number, day: number): CivilDate | null {
  if (!isValidDate(2024, month, day)) return null; // 2024 is a leap year: allows 29 Feb
  for (let year = today.year; year <= today.year + 4; year++) {
    if (!isValidDate(year, month, day)) continue;
    const c = { year, month, day };
    if (compare(c, today) >= 0) return c;
  }
  return null;
}

export function dueDate(d: CivilDate | null, months?: number): TimeValue | null {
  if (!d) return null;
  return { kind: 'deadline', due: iso(d), ...(months ? { months } : {}) };
}

export function fullDate(year: number, month: number, day: number): TimeValue | null {
  return isValidDate(year, month, day)
    ? { kind: 'deadline', due: iso({ year, month, day }) }
    : null;
}

export function monthDay(today: CivilDate, month: number, day: number): TimeValue | null {
  return dueDate(nextOccurrence(today, month, day));
}

/** End of a named month: this year's if not past, else next year's. */
export function endOfNamedMonth(today: CivilDate, month: number, year?: number): TimeValue {
  const y = year ?? (month >= today.month ? today.year : today.year + 1);
  return {
    kind: 'deadline',
    due: iso(endOfMonthOf(y, month)),
    period: `${y}-${String(month).padStart(2, '0')}`,
  };
}

/** A quarter without year is this year's unless it has ended, then next year's. */
export function quarter(today: CivilDate, q: number, year?: number): TimeValue | null {
  if (q < 1 || q > 4) return null;
  const thisQ = Math.ceil(today.month / 3);
  const y = year ?? (q >= thisQ ? today.year : today.year + 1);
  return { kind: 'period', period: `${y}-Q${q}`, due: iso(endOfMonthOf(y, q * 3)), months: 3 };
}

export function half(today: CivilDate, h: number, year?: number): TimeValue | null {
  if (h !== 1 && h !== 2) return null;
  const thisH = today.month <= 6 ? 1 : 2;
  const y = year ?? (h >= thisH ? today.year : today.year + 1);
  return { kind: 'period', period: `${y}-H${h}`, due: iso(endOfMonthOf(y, h * 6)), months: 6 };
}

/** Fiscal years are taken as calendar years: the text never says when a company's FY starts. */
export function wholeYear(year: number): TimeValue {
  return { kind: 'period', period: String(year), due: `${year}-12-31`, months: 12 };
}

export function endOfYear(today: CivilDate, offset = 0): TimeValue {
  return {
    kind: 'deadline',
    due: `${today.year + offset}-12-31`,
    period: String(today.year + offset),
    months: 12,
  };
}

export function thisQuarter(today: CivilDate, offset = 0): TimeValue {
  const q0 = Math.ceil(today.month / 3) - 1 + offset;
  const year = today.year + Math.floor(q0 / 4);
  const q = (((q0 % 4) + 4) % 4) + 1;
  return quarter({ year, month: 1, day: 1 }, q, year)!;
}

export function thisMonth(today: CivilDate, offset = 0): TimeValue {
  const m = addMonths({ ...today, day: 1 }, offset);
  return {
    kind: 'period',
    period: `${m.year}-${String(m.month).padStart(2, '0')}`,
    due: iso(endOfMonthOf(m.year, m.month)),
    months: 1,
  };
}

export function thisWeek(today: CivilDate, offset = 0): TimeValue {
  // ISO weeks end on Sunday.
  const dow = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() || 7;
  return { kind: 'deadline', due: iso(addDays(today, 7 - dow + 7 * offset)), months: 0.25 };
}

/** "within six months", "in 3 weeks": a frame from today. */
export function within(
  today: CivilDate,
  n: number,
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year',
): TimeValue | null {
  if (!Number.isFinite(n) || n <= 0 || n > 1000) return null;
  const months = { day: n / 30, week: n / 4.345, month: n, quarter: n * 3, year: n * 12 }[unit];
  const due =
    unit === 'day'
      ? addDays(today, n)
      : unit === 'week'
        ? addDays(today, n * 7)
        : addMonths(today, Math.round(months));
  const letter = { day: 'D', week: 'W', month: 'M', quarter: 'M', year: 'Y' }[unit];
  const count = unit === 'quarter' ? n * 3 : n;
  return { kind: 'deadline', due: iso(due), period: `P${count}${letter}`, months };
}

/** 1 = Monday … 7 = Sunday: the next such day after today. */
export function nextWeekday(today: CivilDate, weekday: number): TimeValue {
  const dow = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() || 7;
  const delta = (weekday - dow + 7) % 7 || 7;
  return { kind: 'deadline', due: iso(addDays(today, delta)), months: delta / 30 };
}

export function cadence(every: 'P1D' | 'P1W' | 'P2W' | 'P1M' | 'P3M' | 'P1Y'): TimeValue {
  const months = { P1D: 1 / 30, P1W: 0.25, P2W: 0.5, P1M: 1, P3M: 3, P1Y: 12 }[every];
  return { kind: 'cadence', every, months };
}

export const PAST: TimeValue = { kind: 'past' };
export function pastFrame(months: number): TimeValue {
  return { kind: 'past', months };
}
