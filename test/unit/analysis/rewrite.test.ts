import { describe, expect, it } from 'vitest';
import { analyze, LANGS, rewriteToText, type Segment } from '../../../lib/analysis';
import { CORPUS_TODAY } from '../../support/accuracy';
import { loadCorpus } from '../../support/corpus';

const goalsOf = (lang: (typeof LANGS)[number]) =>
  loadCorpus('corpus', lang)
    .map((l) => ({
      l,
      seg: analyze(l.text, { unit: 'line', today: CORPUS_TODAY, lang }).segments[0]!,
    }))
    .filter(({ seg }) => seg.goal && seg.rewrite);

const digitRuns = (s: string) => s.match(/\d+(?:[.,\s]\d+)*/g) ?? [];

describe.each(LANGS)('rewrites of %s goals', (lang) => {
  const goals = goalsOf(lang);

  it('keep every number of the original verbatim', () => {
    for (const { seg } of goals) {
      const out = rewriteToText(seg.rewrite!);
      for (const n of digitRuns(seg.text)) expect(out, seg.text).toContain(n);
    }
  });

  it('keep every date, amount and stated history verbatim', () => {
    for (const { seg } of goals) {
      const out = rewriteToText(seg.rewrite!);
      for (const c of seg.components.filter((x) =>
        ['deadline', 'target', 'baseline', 'history', 'method'].includes(x.kind),
      )) {
        expect(out.toLowerCase(), `${c.kind} “${c.text}” of ${seg.text}`).toContain(
          c.text.toLowerCase(),
        );
      }
    }
  });

  it('add a placeholder exactly for each missing criterion, none for SMART goals', () => {
    for (const { seg } of goals) {
      const c = seg.criteria!;
      const placeholders = new Set(
        seg.rewrite!.parts.flatMap((p) => (p.kind === 'placeholder' ? [p.criterion] : [])),
      );
      if (seg.role === 'objective' && !c.M) {
        expect(placeholders, seg.text).toEqual(new Set(['S', 'M', 'T']));
        continue;
      }
      const missing = new Set((['S', 'M', 'T'] as const).filter((k) => !c[k]));
      expect(placeholders, seg.text).toEqual(missing);
    }
  });

  it('leave a SMART-complete goal meaning the same (only its own words, in order)', () => {
    for (const { seg } of goals.filter(({ seg }: { seg: Segment }) => !seg.vague)) {
      // Words for spaced scripts, characters for Chinese (it has no spaces between words).
      const words = (s: string) =>
        lang === 'zh'
          ? [...s.replace(/[\s\p{P}\p{S}]/gu, '')]
          : (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      const out = words(rewriteToText(seg.rewrite!));
      const orig = words(seg.text);
      // Every word of the rewrite comes from the original, in the original order.
      let i = 0;
      for (const w of out) {
        while (i < orig.length && orig[i] !== w) i++;
        expect(i < orig.length, `“${w}” in rewrite of ${seg.text}`).toBe(true);
        i++;
      }
    }
  });
});

describe('a comparative goal with no verb', () => {
  it.each([
    [
      'Fewer bugs in production this quarter.',
      /^Fewer bugs in production from \[.*\] this quarter\.$/u,
    ],
    [
      'Меньше ручных правок в отчётах к концу квартала.',
      /^Меньше ручных правок в отчётах с \[.*\] к концу квартала\.$/u,
    ],
  ])('keeps its comparative: %s', (text, expected) => {
    const seg = analyze(text, { unit: 'line', today: CORPUS_TODAY }).segments[0]!;
    expect(rewriteToText(seg.rewrite!)).toMatch(expected);
  });
});
