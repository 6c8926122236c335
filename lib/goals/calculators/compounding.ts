import { readField, type FieldRules } from './number-input';
import { okFinite, type CalcResult, type RawNumber } from './result';

/**
 * Growth that compounds: a rate per period applied `periods` times.
 * 5% a month for 6 months is (1.05^6 − 1) × 100 ≈ 34.0% in total, not 30%.
 * Rates are percentages and may be negative (a decline), but not −100% or below. Periods may be
 * fractional (4.5 months at a monthly rate) and must be above zero.
 */

const RATE: FieldRules = { allowNegative: true, above: -100, allowPercent: true };
const PERIODS: FieldRules = { rejectZero: true };

export interface CompoundGrowthInput {
  /** Growth per period, percent. */
  ratePerPeriod: RawNumber;
  periods: RawNumber;
}
export type CompoundGrowthField = keyof CompoundGrowthInput;

/** Total growth over all periods, percent. */
export function compoundGrowth(
  input: CompoundGrowthInput,
): CalcResult<number, CompoundGrowthField> {
  const rate = readField(input.ratePerPeriod, 'ratePerPeriod', RATE);
  if (!rate.ok) return rate;
  const periods = readField(input.periods, 'periods', PERIODS);
  if (!periods.ok) return periods;
  const factor = (1 + rate.value / 100) ** periods.value;
  const total = (factor - 1) * 100;
  return okFinite(total, [factor, total], 'periods', [
    { key: 'calc.compounding.factor', value: factor },
  ]);
}

export interface PeriodicRateInput {
  /** Total growth over the whole frame, percent. */
  totalGrowth: RawNumber;
  periods: RawNumber;
}
export type PeriodicRateField = keyof PeriodicRateInput;

/** The rate per period that compounds to `totalGrowth` over `periods`, percent. */
export function periodicRate(input: PeriodicRateInput): CalcResult<number, PeriodicRateField> {
  const total = readField(input.totalGrowth, 'totalGrowth', RATE);
  if (!total.ok) return total;
  const periods = readField(input.periods, 'periods', PERIODS);
  if (!periods.ok) return periods;
  const factor = (1 + total.value / 100) ** (1 / periods.value);
  const rate = (factor - 1) * 100;
  return okFinite(rate, [factor, rate], 'periods', [
    { key: 'calc.compounding.factor', value: factor },
  ]);
}
