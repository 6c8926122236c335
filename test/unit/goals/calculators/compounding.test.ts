import { describe, it, expect } from 'vitest';
import { compoundGrowth, periodicRate } from '@/lib/goals/calculators/compounding';

describe('compoundGrowth: rate per period over n periods', () => {
  it.each([
    // DOMAIN.md: 5% a month for six months is roughly +30–35% (1.05^6 ≈ 1.34).
    [{ ratePerPeriod: 5, periods: 6 }, 34.0096],
    [{ ratePerPeriod: '5%', periods: '6' }, 34.0096],
    [{ ratePerPeriod: '25', periods: 12 }, 1355.1915],
    [{ ratePerPeriod: 0, periods: 6 }, 0],
    [{ ratePerPeriod: -10, periods: 2 }, -19],
    [{ ratePerPeriod: 10, periods: 0.5 }, 4.8809],
  ])('%j → %d%', (input, total) => {
    const r = compoundGrowth(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(total, 3);
  });

  it('shows the growth factor', () => {
    const r = compoundGrowth({ ratePerPeriod: 5, periods: 6 });
    expect(r.ok && r.steps?.[0]?.key).toBe('calc.compounding.factor');
    expect(r.ok && r.steps?.[0]?.value).toBeCloseTo(1.34, 2);
  });

  it.each([
    [{ ratePerPeriod: '', periods: 6 }, 'ratePerPeriod', 'empty'],
    [{ ratePerPeriod: 'fast', periods: 6 }, 'ratePerPeriod', 'not-a-number'],
    [{ ratePerPeriod: -100, periods: 6 }, 'ratePerPeriod', 'out-of-range'],
    [{ ratePerPeriod: '-150%', periods: 6 }, 'ratePerPeriod', 'out-of-range'],
    [{ ratePerPeriod: 5, periods: '' }, 'periods', 'empty'],
    [{ ratePerPeriod: 5, periods: 0 }, 'periods', 'zero'],
    [{ ratePerPeriod: 5, periods: -6 }, 'periods', 'negative'],
    [{ ratePerPeriod: 1000, periods: 1000 }, 'periods', 'not-finite'],
  ])('%j → %s %s', (input, field, error) => {
    expect(compoundGrowth(input)).toEqual({ ok: false, field, error });
  });
});

describe('periodicRate: total growth over n periods → rate per period', () => {
  it.each([
    [{ totalGrowth: 34.0096, periods: 6 }, 5],
    [{ totalGrowth: '100%', periods: 12 }, 5.9463],
    [{ totalGrowth: -19, periods: 2 }, -10],
    [{ totalGrowth: 0, periods: 3 }, 0],
  ])('%j → %d% per period', (input, rate) => {
    const r = periodicRate(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(rate, 3);
  });

  it('inverts compoundGrowth', () => {
    for (const [rate, periods] of [
      [5, 6],
      [-3, 4],
      [12.5, 0.75],
    ] as const) {
      const total = compoundGrowth({ ratePerPeriod: rate, periods });
      expect(total.ok).toBe(true);
      if (!total.ok) continue;
      const back = periodicRate({ totalGrowth: total.value, periods });
      expect(back.ok && back.value).toBeCloseTo(rate, 9);
    }
  });

  it.each([
    [{ totalGrowth: '', periods: 6 }, 'totalGrowth', 'empty'],
    [{ totalGrowth: 'double', periods: 6 }, 'totalGrowth', 'not-a-number'],
    [{ totalGrowth: -100, periods: 6 }, 'totalGrowth', 'out-of-range'],
    [{ totalGrowth: 30, periods: 0 }, 'periods', 'zero'],
    [{ totalGrowth: 30, periods: '-1' }, 'periods', 'negative'],
    [{ totalGrowth: 1e6, periods: 1e-3 }, 'periods', 'not-finite'],
  ])('%j → %s %s', (input, field, error) => {
    expect(periodicRate(input)).toEqual({ ok: false, field, error });
  });
});
