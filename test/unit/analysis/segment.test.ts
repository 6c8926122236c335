import { describe, expect, it } from 'vitest';
import { segmentLines, segmentSentences } from '../../../lib/analysis/segment';

const contents = (text: string, units: { content: { start: number; end: number } }[]) =>
  units.map((u) => text.slice(u.content.start, u.content.end));

describe('segmentSentences', () => {
  it.each([
    ['Improve onboarding. Reduce churn by Q3!', ['Improve onboarding.', 'Reduce churn by Q3!']],
    [
      'Raise the rate from 2.3% to 5% by Q3. Done',
      ['Raise the rate from 2.3% to 5% by Q3.', 'Done'],
    ],
    [
      '提高品牌知名度。本季度把流失率降到3%！要不要增加预算？',
      ['提高品牌知名度。', '本季度把流失率降到3%！', '要不要增加预算？'],
    ],
    ['上个月增长了5%；本月目标增长8%', ['上个月增长了5%；', '本月目标增长8%']],
    [
      '- Grow revenue\n* Cut costs\n1. Hire two engineers',
      ['Grow revenue', 'Cut costs', 'Hire two engineers'],
    ],
    ['1、提升转化率\n（二）降低成本', ['提升转化率', '降低成本']],
    ['- [ ] Ship v2 by Friday', ['Ship v2 by Friday']],
    ['Use e.g. more tests. Then ship', ['Use e.g. more tests.', 'Then ship']],
    ['No final punctuation here', ['No final punctuation here']],
    ['   \n\n  ', []],
  ])('%j', (text, expected) => {
    expect(contents(text, segmentSentences(text))).toEqual(expected);
  });

  it('gives UTF-16 offsets that round-trip through astral characters', () => {
    const text = '🚀 Grow MAU 🚀 by Q3. 👍 Cut churn.';
    const units = segmentSentences(text);
    expect(contents(text, units)).toEqual(['🚀 Grow MAU 🚀 by Q3.', '👍 Cut churn.']);
    expect(units[1]!.content.start).toBe(text.indexOf('👍'));
  });

  it('keeps sentences of one line in one block and lines in separate blocks', () => {
    const units = segmentSentences('Grow sales. Cut costs.\nHire now.');
    expect(units.map((u) => u.block)).toEqual([0, 0, 1]);
  });
});

describe('segmentLines', () => {
  it('makes each non-blank line one unit, with the list marker outside the content', () => {
    const text = 'Grow revenue. Cut costs.\r\n\n- KR1: Lift NPS';
    const units = segmentLines(text);
    expect(contents(text, units)).toEqual(['Grow revenue. Cut costs.', 'KR1: Lift NPS']);
    expect(text.slice(units[1]!.span.start, units[1]!.span.end)).toBe('- KR1: Lift NPS');
  });
});
