import { describe, it, expect } from 'vitest';
import { parseNumber, readField, type ParseOptions } from '@/lib/goals/calculators/number-input';

describe('parseNumber', () => {
  const accepted: [input: string | number, value: number, options?: ParseOptions][] = [
    ['42', 42],
    ['  42  ', 42],
    ['+7', 7],
    ['-5', -5],
    ['\u22125', -5], // typographic minus
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['.5', 0.5],
    ['5.', 5],
    ['0,125', 0.125], // a zero integer part is never grouped
    ['1,200', 1200], // single mark + three digits: grouping
    ['1.200', 1200],
    ['1234,5', 1234.5],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['1,200,000', 1200000],
    ['1.234.567,89', 1234567.89],
    ['1 200', 1200],
    ['1 200,5', 1200.5],
    ['1\u00a0200,5', 1200.5], // no-break space (Russian, French)
    ['1\u202f200', 1200], // narrow no-break space
    ["1'200", 1200],
    ['35 000', 35000],
    ['1k', 1000],
    ['1.5k', 1500],
    ['1,5k', 1500],
    ['2M', 2000000],
    ['3 m', 3000000],
    ['1.1k', 1100], // exact, not 1100.0000000000002
    ['１２３', 123], // full-width digits from a CJK IME
    ['-0', 0],
    [42, 42],
    [-1.5, -1.5],
    ['1,200', 1.2, { decimalSeparator: ',' }],
    ['1.200', 1200, { decimalSeparator: ',' }],
    ['1.200', 1.2, { decimalSeparator: '.' }],
    ['15%', 15, { allowPercent: true }],
    ['15 %', 15, { allowPercent: true }],
    ['２５％', 25, { allowPercent: true }],
  ];
  it.each(accepted)('reads %j as %d', (input, value, options) => {
    const r = parseNumber(input, options);
    expect(r).toEqual({ ok: true, value });
    if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
  });

  const rejected: [
    input: string | number | null | undefined,
    error: string,
    options?: ParseOptions,
  ][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['-', 'not-a-number'],
    ['k', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['$200', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['5-', 'not-a-number'],
    ['12 34', 'not-a-number'], // two numbers, not a grouped one
    ['1,2,3.4.5', 'not-a-number'],
    ['1,20,000', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    [',', 'not-a-number'],
    ['15%', 'not-a-number'], // percent only where the field allows it
    ['%', 'not-a-number', { allowPercent: true }],
    ['1,5', 'not-a-number', { decimalSeparator: '.' }],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    [Number.NEGATIVE_INFINITY, 'not-finite'],
    ['9'.repeat(400), 'not-finite'],
  ];
  it.each(rejected)('rejects %j as %s', (input, error, options) => {
    expect(parseNumber(input, options)).toEqual({ ok: false, error });
  });
});

describe('readField', () => {
  it.each([
    ['5', {}, { ok: true, value: 5 }],
    ['', {}, { ok: false, field: 'x', error: 'empty' }],
    ['', { whenEmpty: 0 }, { ok: true, value: 0 }],
    ['abc', { whenEmpty: 0 }, { ok: false, field: 'x', error: 'not-a-number' }],
    ['-1', {}, { ok: false, field: 'x', error: 'negative' }],
    ['-1', { allowNegative: true }, { ok: true, value: -1 }],
    ['0', {}, { ok: true, value: 0 }],
    ['0', { rejectZero: true }, { ok: false, field: 'x', error: 'zero' }],
    ['100', { max: 100 }, { ok: true, value: 100 }],
    ['100.5', { max: 100 }, { ok: false, field: 'x', error: 'out-of-range' }],
    [
      '-100',
      { allowNegative: true, above: -100 },
      { ok: false, field: 'x', error: 'out-of-range' },
    ],
    ['-99.9', { allowNegative: true, above: -100 }, { ok: true, value: -99.9 }],
  ] as const)('%j with %j', (raw, rules, expected) => {
    expect(readField(raw, 'x', rules)).toEqual(expected);
  });
});
