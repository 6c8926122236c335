import { describe, expect, it } from 'vitest';
import { quickPickDate, type QuickPick } from '@/components/builder/quick-dates';

describe('quickPickDate', () => {
  it.each<[QuickPick, string, string]>([
    ['month', '2026-02-10', '2026-02-28'],
    ['month', '2028-02-10', '2028-02-29'],
    ['quarter', '2026-11-23', '2026-12-31'],
    ['quarter', '2026-04-01', '2026-06-30'],
    ['Q3', '2026-05-01', '2026-09-30'],
    // Q1 of this year is over: the next Q1.
    ['Q1', '2026-11-23', '2027-03-31'],
    ['Q4', '2026-12-31', '2026-12-31'],
    ['year', '2026-03-15', '2026-12-31'],
    ['plus6', '2026-11-23', '2027-05-23'],
    // No 31 August + 6 months: the last day of February.
    ['plus6', '2026-08-31', '2027-02-28'],
  ])('%s from %s is %s', (pick, today, expected) => {
    expect(quickPickDate(pick, today)).toBe(expected);
  });

  it('is null for an invalid today', () => {
    expect(quickPickDate('month', '2026-13-01')).toBeNull();
  });
});
