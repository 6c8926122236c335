/**
 * The one result shape every calculator returns. A calculator never throws and never returns NaN or
 * Infinity: either a finite value, or the first field that is wrong and why (the UI turns
 * `calc.error.<error>` into a message next to that field).
 */

export const CALC_ERRORS = [
  'empty',
  'not-a-number',
  'zero',
  'negative',
  'not-finite',
  'out-of-range',
] as const;
export type CalcError = (typeof CALC_ERRORS)[number];

/** What a form field holds: the text as typed, or a number from a numeric control. */
export type RawNumber = string | number;

/** One line of the working shown under a result, e.g. `{ key: 'calc.funnel.customers', value: 40 }`. */
export interface CalcStep {
  /** Message key of the step's label. */
  key: string;
  value: number;
}

export interface CalcOk<T> {
  ok: true;
  value: T;
  steps?: CalcStep[];
}

export interface CalcFail<F extends string = string> {
  ok: false;
  /** The input field to point at. */
  field: F;
  error: CalcError;
}

export type CalcResult<T, F extends string = string> = CalcOk<T> | CalcFail<F>;

export function fail<F extends string>(field: F, error: CalcError): CalcFail<F> {
  return { ok: false, field, error };
}

/** A success, or `not-finite` on `field` when the arithmetic overflowed. */
export function okFinite<T, F extends string>(
  value: T,
  check: readonly number[],
  field: F,
  steps?: CalcStep[],
): CalcResult<T, F> {
  if (!check.every(Number.isFinite)) return fail(field, 'not-finite');
  return steps ? { ok: true, value, steps } : { ok: true, value };
}

/**
 * Round up a count that is whole in exact arithmetic but not in binary floating point
 * (23 × 100 ÷ 2.3 comes out as 1000.0000000000001, which must stay 1000 SQLs, not become 1001).
 * A value within a few units in the last place of a whole number is that number.
 */
export function ceilCount(x: number): number {
  const nearest = Math.round(x);
  const r = Math.abs(x - nearest) <= Math.abs(x) * 4 * Number.EPSILON ? nearest : Math.ceil(x);
  return r === 0 ? 0 : r;
}
