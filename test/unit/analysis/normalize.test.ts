import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { toNfc } from '@/lib/analysis/normalize';

describe('toNfc', () => {
  it.each([
    ['already NFC', 'Tăng doanh thu', 'Tăng doanh thu'],
    ['Vietnamese NFD', 'Tăng doanh thu'.normalize('NFD'), 'Tăng doanh thu'],
    ['ASCII', 'Grow MAU by Q3.', 'Grow MAU by Q3.'],
  ])('%s', (_name, input, nfc) => {
    const norm = toNfc(input);
    expect(norm.text).toBe(nfc);
    // Every index of the NFC text maps to the start of the same character in the input.
    for (let i = 0; i <= norm.text.length; i++) {
      const at = norm.toOriginal(i);
      expect(input.slice(at).normalize('NFC').startsWith(norm.text.slice(i))).toBe(true);
    }
  });
});

describe('toNfc of text already in NFC', () => {
  it.each([
    ['ASCII', 'Grow MAU by Q3.'],
    ['Latin-1 edges and JSON escapes', '\u0000\t"\\/\u007f\u0080é\u00ff'],
    ['beyond Latin-1 (returned as is)', 'Tăng “MAU” 🚀 \ud800 提高'],
    ['empty', ''],
  ])('%s: same characters, same offsets', (_name, text) => {
    const norm = toNfc(text);
    expect(norm.text).toBe(text);
    expect([0, text.length].map(norm.toOriginal)).toEqual([0, text.length]);
  });

  it('an ASCII sentence cut from text with an emoji is analysed as on its own', () => {
    const alone = analyze('Grow MAU by Q3 soon.', { today: '2026-11-23' });
    const mixed = analyze('Thanks 🙏. Grow MAU by Q3 soon.', { today: '2026-11-23' });
    const by = 'Thanks 🙏. '.length;
    expect(mixed.segments.at(-1)?.vague).toBe(true);
    expect(
      mixed.diagnostics.map((d) => [d.rule, d.span.start - by, d.span.end - by, d.message]),
    ).toEqual(alone.diagnostics.map((d) => [d.rule, d.span.start, d.span.end, d.message]));
  });
});
