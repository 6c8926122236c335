import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CALC_ERRORS,
  compoundGrowth,
  conversionRate,
  costPerCustomer,
  funnel,
  lifetimeValue,
  marketShare,
  periodicRate,
  type CalcResult,
} from '@/lib/goals/calculators';

/** Anything a form might hand over: typed text, odd numbers, number-like strings. */
const raw = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('', '0', '-0', '1e400', '1,5k', '100%', '１２', 'NaN', '∞', '1 000,5'),
);

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

function wellFormed(r: CalcResult<unknown>): boolean {
  if (!r.ok) return (CALC_ERRORS as readonly string[]).includes(r.error) && r.field.length > 0;
  return [...numbersIn(r.value), ...(r.steps ?? []).map((s) => s.value)].every(Number.isFinite);
}

describe('calculators never return NaN or Infinity', () => {
  it.each([
    [
      'funnel',
      (a: unknown[]) =>
        funnel({
          revenueTarget: a[0],
          averageDealSize: a[1],
          sqlToDealRate: a[2],
          mqlToSqlRate: a[3],
          upsellRevenue: a[4],
        } as never),
    ],
    [
      'marketShare',
      (a: unknown[]) => marketShare({ brandRevenue: a[0], marketRevenue: a[1] } as never),
    ],
    [
      'lifetimeValue',
      (a: unknown[]) =>
        lifetimeValue({ averagePurchases: a[0], averagePurchaseValue: a[1] } as never),
    ],
    [
      'conversionRate',
      (a: unknown[]) => conversionRate({ conversions: a[0], visitors: a[1] } as never),
    ],
    [
      'costPerCustomer',
      (a: unknown[]) => costPerCustomer({ spend: a[0], newCustomers: a[1] } as never),
    ],
    [
      'compoundGrowth',
      (a: unknown[]) => compoundGrowth({ ratePerPeriod: a[0], periods: a[1] } as never),
    ],
    ['periodicRate', (a: unknown[]) => periodicRate({ totalGrowth: a[0], periods: a[1] } as never)],
  ] as const)('%s', (_name, calc) => {
    fc.assert(
      fc.property(fc.array(raw, { minLength: 5, maxLength: 5 }), (args) => {
        expect(wellFormed(calc(args) as CalcResult<unknown>)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
