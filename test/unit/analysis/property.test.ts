import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, type Analysis } from '../../../lib/analysis';

function checkInvariants(text: string, a: Analysis): void {
  AnalysisSchema.parse(a);
  let last = 0;
  for (const s of a.segments) {
    expect(s.span.start).toBeGreaterThanOrEqual(last);
    expect(s.span.end).toBeLessThanOrEqual(text.length);
    expect(s.content.start).toBeGreaterThanOrEqual(s.span.start);
    expect(s.content.end).toBeLessThanOrEqual(s.span.end);
    last = s.span.end;
  }
  for (const d of a.diagnostics) {
    const seg = a.segments[d.segment]!;
    expect(d.span.start).toBeGreaterThanOrEqual(seg.content.start);
    expect(d.span.end).toBeLessThanOrEqual(seg.content.end);
  }
}

const goalish = fc.constantFrom(
  'increase',
  'more',
  'by Q3',
  '20%',
  'from 2 to 5',
  '提高',
  '尽快',
  'увеличить',
  'к концу года',
  'tăng',
  'càng sớm càng tốt',
  'KR1:',
  '- ',
  '\n',
  '. ',
  '?',
  '。',
  ' ',
);

describe('analyze on arbitrary input', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) =>
        checkInvariants(text, analyze(text, { today: '2026-11-23' })),
      ),
      { numRuns: 400 },
    );
  });

  it('handles goal-like word salad in every language', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(goalish, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 }),
        (parts) => {
          const text = parts.join('');
          checkInvariants(text, analyze(text, { today: '2026-11-23' }));
          checkInvariants(text, analyze(text, { unit: 'line', today: '2026-11-23' }));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Adversarial 100 KB inputs: must finish (a catastrophic regex would hang past the test timeout).
  it.each([
    ['digits', '1'.repeat(100_000)],
    ['grouped digits', '1,000 '.repeat(16_000)],
    ['punctuation', '.,;:!?'.repeat(17_000)],
    ['one endless sentence', 'increase more revenue by 20% from 5 to 6 '.repeat(2_500)],
    ['Chinese without punctuation', '提高品牌知名度更多'.repeat(11_000)],
    ['Russian stems', 'увеличить выручку значительно '.repeat(3_500)],
    ['Vietnamese NFD', 'tăng doanh thu càng sớm càng tốt '.normalize('NFD').repeat(3_000)],
    ['whitespace', ' \t'.repeat(50_000)],
    ['emoji and RTL', '🚀 زيادة 👍 '.repeat(10_000)],
    ['list markers', '- 1. * '.repeat(14_000)],
  ])('%s', (_name, text) => {
    const a = analyze(text, { today: '2026-11-23' });
    expect(a.segments.length).toBeGreaterThan(-1);
    const b = analyze(text, { unit: 'line', today: '2026-11-23' });
    expect(b.segments.every((s) => s.span.end <= text.length)).toBe(true);
  });
});
