import { readField } from './number-input';
import { fail, okFinite, type CalcResult, type RawNumber } from './result';

/** Conversion rate % = conversions ÷ visitors × 100 (per page, channel or offer). */
export interface ConversionRateInput {
  conversions: RawNumber;
  visitors: RawNumber;
}
export type ConversionRateField = keyof ConversionRateInput;

/** The rate in percent, 0–100. */
export function conversionRate(
  input: ConversionRateInput,
): CalcResult<number, ConversionRateField> {
  const conversions = readField(input.conversions, 'conversions');
  if (!conversions.ok) return conversions;
  const visitors = readField(input.visitors, 'visitors', { rejectZero: true });
  if (!visitors.ok) return visitors;
  // Each conversion is a visitor who converted; more conversions than visitors is a typo.
  if (conversions.value > visitors.value) return fail('conversions', 'out-of-range');
  return okFinite((conversions.value / visitors.value) * 100, [conversions.value], 'conversions');
}
