import { daysInMonth, parseIsoDate } from '@/lib/goals/dates';

/**
 * The Time-bound step's quick picks, as due dates (`YYYY-MM-DD`) from `today`: end of this month,
 * of this quarter, of Q1–Q4 (the next one of that name not yet over), of the year, and six months on.
 */
export type QuickPick = 'month' | 'quarter' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'year' | 'plus6';
export const QUICK_PICKS: readonly QuickPick[] = [
  'month',
  'quarter',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'year',
  'plus6',
];

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const endOf = (y: number, m: number) => iso(y, m, daysInMonth(y, m));

/** Null when `today` is not a valid date. */
export function quickPickDate(pick: QuickPick, today: string): string | null {
  const t = parseIsoDate(today);
  if (!t) return null;
  const { year, month, day } = t;
  switch (pick) {
    case 'month':
      return endOf(year, month);
    case 'quarter':
      return endOf(year, Math.ceil(month / 3) * 3);
    case 'year':
      return endOf(year, 12);
    case 'plus6': {
      const total = month - 1 + 6;
      const y = year + Math.floor(total / 12);
      const m = (total % 12) + 1;
      return iso(y, m, Math.min(day, daysInMonth(y, m)));
    }
    default: {
      const last = Number(pick.slice(1)) * 3;
      const due = endOf(year, last);
      return due >= today ? due : endOf(year + 1, last);
    }
  }
}
