import { describe, it, expect } from 'vitest';
import {
  daysInMonth,
  monthsBetween,
  parseIsoDate,
  quarterOf,
  timeFrameMonths,
  todayIso,
} from '@/lib/goals/dates';

describe('dates', () => {
  it.each([
    ['2027-03-31', { year: 2027, month: 3, day: 31 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2027-02-29', null],
    ['2100-02-29', null],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2027-04-31', null],
    ['2027-13-01', null],
    ['2027-3-1', null],
    ['', null],
  ])('parseIsoDate(%j)', (iso, parts) => {
    expect(parseIsoDate(iso)).toEqual(parts);
  });

  it('daysInMonth', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2027, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it.each([
    ['2026-01-15', '2026-07-15', 6],
    ['2027-01-01', '2028-01-01', 12],
    ['2027-07-01', '2027-01-01', -6],
    ['2027-01-01', '2027-01-01', 0],
  ])('monthsBetween(%s, %s) = %d', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });

  it('monthsBetween counts leftover days as a fraction of a month', () => {
    expect(monthsBetween('2027-01-01', '2027-01-16')).toBeCloseTo(15 / 30.436875, 10);
    expect(monthsBetween('2027-01-01', 'soon')).toBeNull();
  });

  it.each([
    [{ date: '2027-07-01', cadence: null }, 6],
    [{ date: '2027-07-01', cadence: 'monthly' }, 6],
    [{ date: '2026-12-31', cadence: null }, null], // already passed
    [{ date: '2027-01-01', cadence: null }, null], // due today: no time left
    [{ date: null, cadence: 'monthly' }, 1],
    [{ date: null, cadence: 'quarterly' }, 3],
    [{ date: null, cadence: 'weekly' }, 12 / 52],
    [{ date: null, cadence: null }, null],
  ] as const)('timeFrameMonths(%j) from 2027-01-01', (deadline, months) => {
    expect(timeFrameMonths(deadline, '2027-01-01')).toBe(months);
  });

  it.each([
    ['2027-01-01', { year: 2027, quarter: 1 }],
    ['2027-03-31', { year: 2027, quarter: 1 }],
    ['2027-04-01', { year: 2027, quarter: 2 }],
    ['2027-09-30', { year: 2027, quarter: 3 }],
    ['2027-12-31', { year: 2027, quarter: 4 }],
    ['2027-12-32', null],
  ])('quarterOf(%s)', (iso, q) => {
    expect(quarterOf(iso)).toEqual(q);
  });

  it('todayIso uses the local calendar day', () => {
    expect(todayIso(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
