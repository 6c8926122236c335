import { describe, it, expect } from 'vitest';
import { funnel, type FunnelInput } from '@/lib/goals/calculators/funnel';

// +10% on a business unit with 10M revenue: 1M to win. Deals average 25k in the first year,
// 20% of SQLs close, 25% of MQLs become SQLs (the MQL→SQL baseline DOMAIN.md quotes).
const base: FunnelInput = {
  revenueTarget: '1,000,000',
  averageDealSize: '25k',
  sqlToDealRate: '20%',
  mqlToSqlRate: 25,
};

describe('funnel', () => {
  it.each([
    [
      'the worked example',
      base,
      { newCustomerRevenue: 1_000_000, customers: 40, sqls: 200, mqls: 800 },
    ],
    [
      'upsell to existing customers lowers what new ones must bring',
      { ...base, upsellRevenue: '250 000' },
      { newCustomerRevenue: 750_000, customers: 30, sqls: 150, mqls: 600 },
    ],
    [
      'every count rounds up before the next step',
      { ...base, averageDealSize: 30_000 },
      // 33.3 → 34 customers; 34 ÷ 20% = 170 SQLs; 170 ÷ 25% = 680 MQLs
      { newCustomerRevenue: 1_000_000, customers: 34, sqls: 170, mqls: 680 },
    ],
    [
      'float noise does not add a lead (23 ÷ 2.3% is 1000, not 1001)',
      { revenueTarget: 23_000, averageDealSize: 1_000, sqlToDealRate: '2,3', mqlToSqlRate: 50 },
      { newCustomerRevenue: 23_000, customers: 23, sqls: 1000, mqls: 2000 },
    ],
    [
      'upsell covering the whole target needs no new customers',
      { ...base, upsellRevenue: '1.2M' },
      { newCustomerRevenue: 0, customers: 0, sqls: 0, mqls: 0 },
    ],
    [
      'rates of 100% pass counts through',
      { ...base, sqlToDealRate: 100, mqlToSqlRate: '100' },
      { newCustomerRevenue: 1_000_000, customers: 40, sqls: 40, mqls: 40 },
    ],
  ])('%s', (_name, input, value) => {
    const r = funnel(input);
    expect(r.ok && r.value).toEqual(value);
  });

  it('shows its working as steps', () => {
    const r = funnel(base);
    expect(r.ok && r.steps?.map((s) => [s.key, s.value])).toEqual([
      ['calc.funnel.newCustomerRevenue', 1_000_000],
      ['calc.funnel.customers', 40],
      ['calc.funnel.sqls', 200],
      ['calc.funnel.mqls', 800],
    ]);
  });

  it.each([
    ['revenueTarget', '', 'empty'],
    ['revenueTarget', 'lots', 'not-a-number'],
    ['revenueTarget', '0', 'zero'],
    ['revenueTarget', '-1000', 'negative'],
    ['averageDealSize', '', 'empty'],
    ['averageDealSize', 0, 'zero'], // division by zero
    ['averageDealSize', '-5', 'negative'],
    ['averageDealSize', '1e-320', 'not-a-number'],
    ['averageDealSize', Number.NaN, 'not-a-number'],
    ['sqlToDealRate', '0%', 'zero'],
    ['sqlToDealRate', '120', 'out-of-range'],
    ['sqlToDealRate', '-20', 'negative'],
    ['mqlToSqlRate', ' ', 'empty'],
    ['mqlToSqlRate', '0', 'zero'],
    ['mqlToSqlRate', '100.1', 'out-of-range'],
    ['upsellRevenue', '-1', 'negative'],
    ['upsellRevenue', 'some', 'not-a-number'],
  ] as const)('%s = %j → %s', (field, raw, error) => {
    expect(funnel({ ...base, [field]: raw })).toEqual({ ok: false, field, error });
  });

  it('reports overflow instead of returning Infinity', () => {
    expect(funnel({ ...base, revenueTarget: 1e308, averageDealSize: 1e-10 })).toEqual({
      ok: false,
      field: 'averageDealSize',
      error: 'not-finite',
    });
    expect(funnel({ ...base, revenueTarget: '9'.repeat(400) })).toEqual({
      ok: false,
      field: 'revenueTarget',
      error: 'not-finite',
    });
  });
});
