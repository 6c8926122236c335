import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, iso } from '../../../lib/analysis/calendar';

// The calendar computes ordinary dates without Date objects; these are the Date-based answers it
// must keep giving, including the inputs it hands to Date (years 0–99, months out of range).
const viaDate = {
  daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
  addDays: (d: { year: number; month: number; day: number }, n: number) => {
    const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  },
  iso: (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
};

const YEARS = [0, 99, 100, 1900, 2000, 2023, 2024, 2026, 2100, 9999, 10000, 2026.5];
const MONTHS = [0, 1, 2, 3, 11, 12, 13, 2.5];
const DAYS = [0, 1, 15, 28, 29, 30, 31, 32, 1.5];
const STEPS = [-40, -1, 0, 1, 6, 7, 30, 365];

describe('calendar arithmetic', () => {
  it('daysInMonth agrees with Date', () => {
    for (const y of YEARS)
      for (const m of MONTHS)
        expect([y, m, daysInMonth(y, m)]).toEqual([y, m, viaDate.daysInMonth(y, m)]);
  });

  it('addDays agrees with Date', () => {
    for (const year of YEARS)
      for (const month of MONTHS)
        for (const day of DAYS)
          for (const n of STEPS)
            expect([year, month, day, n, addDays({ year, month, day }, n)]).toEqual([
              year,
              month,
              day,
              n,
              viaDate.addDays({ year, month, day }, n),
            ]);
  });

  it('iso pads like padStart', () => {
    for (const y of YEARS)
      for (const m of MONTHS)
        for (const d of DAYS) expect(iso({ year: y, month: m, day: d })).toBe(viaDate.iso(y, m, d));
    expect(iso({ year: 2026, month: 2, day: 29 })).toBe('2026-02-29');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});
