import { fail, type CalcResult, type RawNumber } from './result';

/**
 * Reading numbers as people type them into a form, in any of the product's languages.
 *
 * Accepted (after Unicode NFKC, so full-width digits `１２３` and `％` from a Chinese IME work too):
 * - an optional sign: `-`, `+`, or the typographic minus `−`;
 * - digits with an optional decimal part: `12`, `12.5`, `12,5`, `.5`;
 * - thousands grouped by `,` `.` space, no-break space or apostrophe: `1,200.50`, `1.200,50`,
 *   `1 200,5`, `1'200`; groups after the first must have exactly three digits;
 * - a `k`/`K` (thousand) or `m`/`M` (million) suffix, with or without a space: `1.5k`, `2M`, `3 m`;
 * - a trailing `%` only where the caller allows it (rate fields): `15%` reads as 15.
 *
 * Which of `,` and `.` is the decimal mark: the one given in `decimalSeparator` when the caller
 * knows the locale; otherwise the last one when both occur; a mark that occurs twice or more is
 * grouping; a single mark followed by exactly three digits after a 1–3 digit non-zero integer part is
 * grouping (`1,200` and `1.200` are 1200); any other single mark is decimal (`1,5`, `0,125`, `12.50`).
 *
 * Rejected: exponents (`1e5`), hex, words, currency signs, several numbers (`12 34`), `Infinity`.
 */

export type ParseError = 'empty' | 'not-a-number' | 'not-finite';
export type Parsed = { ok: true; value: number } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** Force the decimal mark (the other one is then grouping only). */
  decimalSeparator?: '.' | ',';
  /** Accept a trailing `%` (the value is unchanged: `15%` → 15). */
  allowPercent?: boolean;
}

const SUFFIX_EXPONENT: Record<string, number> = { k: 3, K: 3, m: 6, M: 6 };

export function parseNumber(raw: RawNumber | null | undefined, options: ParseOptions = {}): Parsed {
  if (raw === null || raw === undefined) return { ok: false, error: 'empty' };
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { ok: false, error: 'not-a-number' };
    if (!Number.isFinite(raw)) return { ok: false, error: 'not-finite' };
    return { ok: true, value: raw === 0 ? 0 : raw };
  }
  let s = raw
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-')
    .trim();
  if (s === '') return { ok: false, error: 'empty' };
  if (options.allowPercent && s.endsWith('%')) s = s.slice(0, -1).trimEnd();

  let exponent = 0;
  const suffix = s.at(-1) ?? '';
  if (suffix in SUFFIX_EXPONENT) {
    exponent = SUFFIX_EXPONENT[suffix]!;
    s = s.slice(0, -1).trimEnd();
  }

  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  if (!/^[\d.,' \u2019]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: 'not-a-number' };

  const canonical = canonicalDigits(s, options.decimalSeparator);
  if (canonical === null) return { ok: false, error: 'not-a-number' };
  const value = Number(`${sign}${canonical}e${exponent}`);
  if (Number.isNaN(value)) return { ok: false, error: 'not-a-number' };
  if (!Number.isFinite(value)) return { ok: false, error: 'not-finite' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** `1 200,5` → `1200.5`; null when the separators do not form one well-grouped number. */
function canonicalDigits(s: string, forced: '.' | ',' | undefined): string | null {
  const spaced = /[ '\u2019]/.test(s);
  const dots = count(s, '.');
  const commas = count(s, ',');
  let decimal: '.' | ',' | null = null;
  if (forced) decimal = forced;
  else if (dots > 0 && commas > 0) decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const mark = dots === 1 ? '.' : ',';
    const [int = '', frac = ''] = s.split(mark);
    const looksGrouped = !spaced && /^[1-9]\d{0,2}$/.test(int) && /^\d{3}$/.test(frac);
    decimal = looksGrouped ? null : mark;
  }

  let intPart = s;
  let fracPart = '';
  if (decimal && s.includes(decimal)) {
    if (count(s, decimal) > 1) return null;
    [intPart = '', fracPart = ''] = s.split(decimal);
    if (!/^\d*$/.test(fracPart)) return null;
  }
  if (intPart === '' && fracPart === '') return null;

  // What is left in the integer part may use one grouping character only.
  const groupChars = new Set(intPart.replace(/\d/g, ''));
  if (groupChars.size > 1) return null;
  if (groupChars.size === 1) {
    const [g = ''] = groupChars;
    const groups = intPart.split(g);
    const wellGrouped =
      /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((x) => /^\d{3}$/.test(x));
    if (g === decimal || !wellGrouped) return null;
    intPart = groups.join('');
  }
  return `${intPart || '0'}${fracPart ? `.${fracPart}` : ''}`;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

export interface FieldRules extends ParseOptions {
  /** Empty input means this value instead of an `empty` error (optional fields). */
  whenEmpty?: number;
  /** Negative numbers are errors unless allowed. */
  allowNegative?: boolean;
  /** Zero is an error when set (a divisor, a count that must exist). */
  rejectZero?: boolean;
  /** Inclusive upper bound; above it is `out-of-range`. */
  max?: number;
  /** Exclusive lower bound for fields that allow negatives (a rate of −100% or less is nonsense). */
  above?: number;
}

/** Parse one form field and check it against the calculator's rules, naming the field on failure. */
export function readField<F extends string>(
  raw: RawNumber | null | undefined,
  field: F,
  rules: FieldRules = {},
): CalcResult<number, F> {
  const parsed = parseNumber(raw, rules);
  if (!parsed.ok) {
    if (parsed.error === 'empty' && rules.whenEmpty !== undefined) {
      return { ok: true, value: rules.whenEmpty };
    }
    return fail(field, parsed.error);
  }
  const v = parsed.value;
  if (v < 0 && !rules.allowNegative) return fail(field, 'negative');
  if (v === 0 && rules.rejectZero) return fail(field, 'zero');
  if (rules.max !== undefined && v > rules.max) return fail(field, 'out-of-range');
  if (rules.above !== undefined && v <= rules.above) return fail(field, 'out-of-range');
  return { ok: true, value: v };
}
