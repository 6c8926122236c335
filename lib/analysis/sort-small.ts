import type { Span } from './schema';

/** Text order of spans, and of things with a span: the comparators units sort by. */
export const byStart = (a: Span, b: Span) => a.start - b.start;
export const bySpanStart = (a: { span: Span }, b: { span: Span }) => a.span.start - b.span.start;

/**
 * `Array.prototype.sort` for the short lists every unit sorts (components, cues, time hits,
 * edits): an insertion sort in place, stable like the built-in, so the order is the same. The
 * built-in allocates merge state on each call; a dozen calls per unit showed up in garbage
 * collection on documents of many short goals. Longer lists go to the built-in.
 */
export function sortSmall<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  if (xs.length > 24) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && compare(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}
