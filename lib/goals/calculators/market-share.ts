import { readField } from './number-input';
import { okFinite, fail, type CalcResult, type RawNumber } from './result';

/** Market share % = brand revenue × 100 ÷ total market revenue (same period, same currency). */
export interface MarketShareInput {
  brandRevenue: RawNumber;
  marketRevenue: RawNumber;
}
export type MarketShareField = keyof MarketShareInput;

/** The share in percent, 0–100. */
export function marketShare(input: MarketShareInput): CalcResult<number, MarketShareField> {
  const brand = readField(input.brandRevenue, 'brandRevenue');
  if (!brand.ok) return brand;
  const market = readField(input.marketRevenue, 'marketRevenue', { rejectZero: true });
  if (!market.ok) return market;
  // A brand cannot sell more than the whole market it is part of.
  if (brand.value > market.value) return fail('brandRevenue', 'out-of-range');
  return okFinite((brand.value * 100) / market.value, [brand.value * 100], 'brandRevenue');
}
