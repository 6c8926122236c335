import { describe, expect, it } from 'vitest';
import { diffEdit, shiftSpan, shiftSpans, type TextEdit } from '../../../lib/hints/span-shift';

function apply(text: string, edit: TextEdit, inserted: string): string {
  return text.slice(0, edit.at) + inserted + text.slice(edit.at + edit.removed);
}

describe('diffEdit', () => {
  it.each<[string, string, string, TextEdit | null]>([
    ['equal', 'abc', 'abc', null],
    ['insert in the middle', 'grow sales', 'grow our sales', { at: 5, removed: 0, inserted: 4 }],
    ['insert at the start', 'abc', 'xabc', { at: 0, removed: 0, inserted: 1 }],
    ['append', 'abc', 'abcd', { at: 3, removed: 0, inserted: 1 }],
    ['delete', 'grow our sales', 'grow sales', { at: 5, removed: 4, inserted: 0 }],
    ['delete everything', 'abc', '', { at: 0, removed: 3, inserted: 0 }],
    ['from empty', '', 'abc', { at: 0, removed: 0, inserted: 3 }],
    ['replace a word', 'grow sales soon', 'grow sales by Q3', { at: 11, removed: 4, inserted: 5 }],
    ['repeated letters: prefix wins', 'aa', 'aaa', { at: 2, removed: 0, inserted: 1 }],
    ['prefix and suffix never overlap', 'abab', 'ab', { at: 2, removed: 2, inserted: 0 }],
    // 😀 is \uD83D\uDE00, 😁 is \uD83D\uDE01: they share the high surrogate.
    [
      'emoji replaced by emoji covers the whole pair',
      'a😀b',
      'a😁b',
      { at: 1, removed: 2, inserted: 2 },
    ],
    // Different high surrogates, same low one: the suffix must not take half a pair.
    [
      'emoji sharing a low surrogate',
      'x\uD83C\uDE00y',
      'x\uD83D\uDE00y',
      { at: 1, removed: 2, inserted: 2 },
    ],
    ['inserted emoji', 'ab', 'a🚀b', { at: 1, removed: 0, inserted: 2 }],
  ])('%s', (_name, before, after, edit) => {
    expect(diffEdit(before, after)).toEqual(edit);
    if (edit)
      expect(apply(before, edit, after.slice(edit.at, edit.at + edit.inserted))).toBe(after);
  });
});

describe('shiftSpan', () => {
  // The span covers "sales" in "grow sales now": [5, 10).
  const span = { start: 5, end: 10 };
  it.each<[string, TextEdit, { start: number; end: number } | null]>([
    ['insertion before shifts right', { at: 0, removed: 0, inserted: 3 }, { start: 8, end: 13 }],
    [
      'insertion touching the start shifts',
      { at: 5, removed: 0, inserted: 2 },
      { start: 7, end: 12 },
    ],
    ['deletion before shifts left', { at: 0, removed: 2, inserted: 0 }, { start: 3, end: 8 }],
    [
      'deletion ending at the start shifts',
      { at: 2, removed: 3, inserted: 0 },
      { start: 2, end: 7 },
    ],
    [
      'replacement before shifts by the difference',
      { at: 1, removed: 2, inserted: 5 },
      { start: 8, end: 13 },
    ],
    ['insertion touching the end keeps', { at: 10, removed: 0, inserted: 4 }, span],
    ['edit after keeps', { at: 11, removed: 3, inserted: 0 }, span],
    ['insertion inside drops', { at: 7, removed: 0, inserted: 1 }, null],
    ['deletion inside drops', { at: 6, removed: 2, inserted: 0 }, null],
    ['deletion overlapping the start drops', { at: 3, removed: 3, inserted: 0 }, null],
    ['deletion overlapping the end drops', { at: 9, removed: 3, inserted: 0 }, null],
    ['replacement covering the span drops', { at: 0, removed: 14, inserted: 2 }, null],
    ['replacement of exactly the span drops', { at: 5, removed: 5, inserted: 5 }, null],
    ['empty edit keeps', { at: 7, removed: 0, inserted: 0 }, span],
  ])('%s', (_name, edit, expected) => {
    expect(shiftSpan(span, edit)).toEqual(expected);
  });

  it('returns the same object when nothing moves', () => {
    expect(shiftSpan(span, { at: 12, removed: 0, inserted: 1 })).toBe(span);
  });

  it('an empty span moves with insertions at its offset', () => {
    expect(shiftSpan({ start: 4, end: 4 }, { at: 4, removed: 0, inserted: 2 })).toEqual({
      start: 6,
      end: 6,
    });
  });
});

describe('shiftSpans', () => {
  it('shifts, keeps and drops hints through a diffed edit', () => {
    const before = 'Grow sales. Improve NPS. Be better.';
    const hints = [
      { id: 'a', span: { start: 0, end: 11 } },
      { id: 'b', span: { start: 12, end: 24 } },
      { id: 'c', span: { start: 25, end: 35 } },
    ];
    // The user types inside the second sentence.
    const after = 'Grow sales. Improve our NPS. Be better.';
    const edit = diffEdit(before, after)!;
    const shifted = shiftSpans(hints, edit);
    expect(shifted).toEqual([
      { id: 'a', span: { start: 0, end: 11 } },
      { id: 'c', span: { start: 29, end: 39 } },
    ]);
    expect(shifted[0]).toBe(hints[0]);
    expect(after.slice(29, 39)).toBe('Be better.');
  });
});
