import { readField } from './number-input';
import { okFinite, type CalcResult, type RawNumber } from './result';

/**
 * Customer lifetime value ≈ average number of purchases a returning customer makes × average value
 * of those purchases. Both must be above zero: a customer without purchases has no lifetime value to
 * plan with.
 */
export interface LifetimeValueInput {
  averagePurchases: RawNumber;
  averagePurchaseValue: RawNumber;
}
export type LifetimeValueField = keyof LifetimeValueInput;

export function lifetimeValue(input: LifetimeValueInput): CalcResult<number, LifetimeValueField> {
  const purchases = readField(input.averagePurchases, 'averagePurchases', { rejectZero: true });
  if (!purchases.ok) return purchases;
  const value = readField(input.averagePurchaseValue, 'averagePurchaseValue', { rejectZero: true });
  if (!value.ok) return value;
  const ltv = purchases.value * value.value;
  return okFinite(ltv, [ltv], 'averagePurchaseValue');
}
