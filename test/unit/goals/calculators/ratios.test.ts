import { describe, it, expect } from 'vitest';
import { marketShare } from '@/lib/goals/calculators/market-share';
import { lifetimeValue } from '@/lib/goals/calculators/lifetime-value';
import { conversionRate } from '@/lib/goals/calculators/conversion-rate';
import { costPerCustomer } from '@/lib/goals/calculators/cost-per-customer';

describe('marketShare: brand revenue × 100 ÷ total market revenue', () => {
  it.each([
    [{ brandRevenue: '2.5M', marketRevenue: '50M' }, 5],
    [{ brandRevenue: 0, marketRevenue: 1000 }, 0],
    [{ brandRevenue: '1 000', marketRevenue: '1 000' }, 100],
    [{ brandRevenue: '1', marketRevenue: '3' }, 100 / 3],
  ])('%j → %d%', (input, value) => {
    const r = marketShare(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(value, 10);
  });

  it.each([
    [{ brandRevenue: '', marketRevenue: '50M' }, 'brandRevenue', 'empty'],
    [{ brandRevenue: 'a lot', marketRevenue: '50M' }, 'brandRevenue', 'not-a-number'],
    [{ brandRevenue: '-1', marketRevenue: '50M' }, 'brandRevenue', 'negative'],
    [{ brandRevenue: '1M', marketRevenue: '' }, 'marketRevenue', 'empty'],
    [{ brandRevenue: '0', marketRevenue: '0' }, 'marketRevenue', 'zero'],
    [{ brandRevenue: '1M', marketRevenue: '-5M' }, 'marketRevenue', 'negative'],
    [{ brandRevenue: '60M', marketRevenue: '50M' }, 'brandRevenue', 'out-of-range'],
    [{ brandRevenue: 1e307, marketRevenue: 1e308 }, 'brandRevenue', 'not-finite'],
  ])('%j → %s %s', (input, field, error) => {
    expect(marketShare(input)).toEqual({ ok: false, field, error });
  });
});

describe('lifetimeValue: average purchases × average purchase value', () => {
  it.each([
    [{ averagePurchases: 4, averagePurchaseValue: '50' }, 200],
    [{ averagePurchases: '2,5', averagePurchaseValue: '1.2k' }, 3000],
  ])('%j → %d', (input, value) => {
    expect(lifetimeValue(input)).toEqual({ ok: true, value });
  });

  it.each([
    [{ averagePurchases: '', averagePurchaseValue: '50' }, 'averagePurchases', 'empty'],
    [{ averagePurchases: 'four', averagePurchaseValue: '50' }, 'averagePurchases', 'not-a-number'],
    [{ averagePurchases: 0, averagePurchaseValue: '50' }, 'averagePurchases', 'zero'],
    [{ averagePurchases: -2, averagePurchaseValue: '50' }, 'averagePurchases', 'negative'],
    [{ averagePurchases: 4, averagePurchaseValue: '0' }, 'averagePurchaseValue', 'zero'],
    [{ averagePurchases: 4, averagePurchaseValue: '-50' }, 'averagePurchaseValue', 'negative'],
    [
      { averagePurchases: 1e200, averagePurchaseValue: 1e200 },
      'averagePurchaseValue',
      'not-finite',
    ],
  ])('%j → %s %s', (input, field, error) => {
    expect(lifetimeValue(input)).toEqual({ ok: false, field, error });
  });
});

describe('conversionRate: conversions ÷ visitors × 100', () => {
  it.each([
    [{ conversions: 23, visitors: 1000 }, 2.3],
    [{ conversions: '0', visitors: '1,000' }, 0],
    [{ conversions: '500', visitors: '500' }, 100],
  ])('%j → %d%', (input, value) => {
    const r = conversionRate(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(value, 10);
  });

  it.each([
    [{ conversions: '', visitors: 1000 }, 'conversions', 'empty'],
    [{ conversions: 'x', visitors: 1000 }, 'conversions', 'not-a-number'],
    [{ conversions: -1, visitors: 1000 }, 'conversions', 'negative'],
    [{ conversions: 1, visitors: '' }, 'visitors', 'empty'],
    [{ conversions: 0, visitors: 0 }, 'visitors', 'zero'],
    [{ conversions: 1, visitors: -10 }, 'visitors', 'negative'],
    [{ conversions: 1001, visitors: 1000 }, 'conversions', 'out-of-range'],
  ])('%j → %s %s', (input, field, error) => {
    expect(conversionRate(input)).toEqual({ ok: false, field, error });
  });
});

describe('costPerCustomer: spend ÷ new customers', () => {
  it.each([
    [{ spend: '50,000', newCustomers: 125 }, 400],
    [{ spend: 0, newCustomers: 10 }, 0],
    [{ spend: '1 000', newCustomers: '3' }, 1000 / 3],
  ])('%j → %d', (input, value) => {
    const r = costPerCustomer(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(value, 10);
  });

  it.each([
    [{ spend: '', newCustomers: 10 }, 'spend', 'empty'],
    [{ spend: 'free', newCustomers: 10 }, 'spend', 'not-a-number'],
    [{ spend: '-1', newCustomers: 10 }, 'spend', 'negative'],
    [{ spend: 100, newCustomers: '' }, 'newCustomers', 'empty'],
    [{ spend: 100, newCustomers: 0 }, 'newCustomers', 'zero'],
    [{ spend: 100, newCustomers: -3 }, 'newCustomers', 'negative'],
    [{ spend: 1e308, newCustomers: 1e-10 }, 'newCustomers', 'not-finite'],
  ])('%j → %s %s', (input, field, error) => {
    expect(costPerCustomer(input)).toEqual({ ok: false, field, error });
  });
});
