import { describe, expect, it } from 'vitest';
import type { RewritePart } from '../../../lib/analysis';
import { fillRewrite, fitBefore, placeholderLabel } from '../../../lib/hints/card-text';

describe('placeholderLabel', () => {
  it.each([
    ['deadline, e.g. 2027-03-31 or end of Q3', 'deadline'],
    ['today’s level, e.g. 2.3%', 'today’s level'],
    ['截止时间，例如：2027年3月31日或第三季度末', '截止时间'],
    ['срок, например «31 марта 2027»', 'срок'],
    ['hạn chót, ví dụ: 31/03/2027 hoặc cuối quý 3', 'hạn chót'],
    ['target', 'target'],
    [', odd', ', odd'],
  ])('%j → %j', (hint, label) => {
    expect(placeholderLabel(hint)).toBe(label);
  });
});

describe('fillRewrite', () => {
  const parts: RewritePart[] = [
    { kind: 'text', text: 'Increase sales from ' },
    { kind: 'placeholder', slot: 'baseline', criterion: 'M', hint: 'today’s level, e.g. 2.3%' },
    { kind: 'text', text: ' to ' },
    { kind: 'placeholder', slot: 'target', criterion: 'M', hint: 'target, e.g. 5%' },
    { kind: 'text', text: ' by ' },
    { kind: 'placeholder', slot: 'deadline', criterion: 'T', hint: 'deadline, e.g. end of Q3' },
    { kind: 'text', text: '.' },
  ];

  it('puts typed values (trimmed) in place of the placeholders, in order', () => {
    expect(fillRewrite(parts, [' 2% ', '5%', 'Q3 2027'])).toBe(
      'Increase sales from 2% to 5% by Q3 2027.',
    );
  });

  it('applies an unfilled placeholder as its short name in brackets', () => {
    expect(fillRewrite(parts, ['', undefined, 'June'])).toBe(
      'Increase sales from [today’s level] to [target] by June.',
    );
    expect(fillRewrite(parts, [])).toBe(
      'Increase sales from [today’s level] to [target] by [deadline].',
    );
  });

  it('keeps page markup as plain characters', () => {
    expect(fillRewrite([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }], [])).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('fitBefore', () => {
  it.each([
    ['Grow sales by June.', '.', 'Grow sales by June'],
    ['Grow sales by June.', '. Next.', 'Grow sales by June'],
    ['提高销量。', '。', '提高销量'],
    ['Grow sales by June.', '', 'Grow sales by June.'],
    ['Grow sales by June.', ' and more', 'Grow sales by June.'],
    ['Grow sales by June', '.', 'Grow sales by June'],
  ])('%j before %j → %j', (replacement, following, fitted) => {
    expect(fitBefore(replacement, following)).toBe(fitted);
  });
});
