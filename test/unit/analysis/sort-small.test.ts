import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '@/lib/analysis/sort-small';

describe('sortSmall', () => {
  it('orders like the built-in stable sort, ties kept in input order, at every length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, index) => ({ key, index }));
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });

  it.each([
    [[], []],
    [[1], [1]],
    [
      [2, 1],
      [1, 2],
    ],
    [
      [3, 1, 2, 1],
      [1, 1, 2, 3],
    ],
  ])('%j → %j, in place', (input, expected) => {
    const xs = [...input];
    expect(sortSmall(xs, (a, b) => a - b)).toBe(xs);
    expect(xs).toEqual(expected);
  });
});
