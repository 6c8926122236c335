import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../lib/analysis/lexicon';
import { sourcesRegex } from '../../../lib/analysis/lexicon/compile';
import { loadCorpus } from '../../support/corpus';

describe('sourcesRegex', () => {
  const sources = [
    '(?<![\\p{L}\\p{N}])[a-z]{2,}ed(?![\\p{L}\\p{N}])',
    '(?<![\\p{L}\\p{N}])(?:grew|rose|fell)(?![\\p{L}\\p{N}])',
  ];
  const plain = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'giu');
  const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0]]);

  it('tests a word-start guard shared by every source once, after a cheap subset of it', () => {
    expect(sourcesRegex(sources).source).toMatch(
      /^\(\?<!\[a-z0-9\]\)\(\?<!\[\\p\{L\}\\p\{N\}\]\)/u,
    );
    expect(sourcesRegex(['^a', '(?<![\\p{L}])b']).source).toBe('(?:^a)|(?:(?<![\\p{L}])b)');
  });

  it('finds what the plain alternation finds', () => {
    for (const s of [
      'Revenue grew and Rose closed the deal; we launched, ÉTUDIÉ, naïvEd',
      'Revenuegrew xgrew grewx 2grew grew2 ſed \u212Aelvined \u212A grew',
    ])
      expect(all(sourcesRegex(sources), s)).toEqual(all(plain, s));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(all(sourcesRegex(sources), s)).toEqual(all(plain, s));
      }),
      { numRuns: 300 },
    );
  });

  it('finds what the plain alternation finds with the English past forms, on the English corpus', () => {
    const past = LEXICONS.en.pastPatterns;
    const joined = new RegExp(past.map((s) => `(?:${s})`).join('|'), 'giu');
    expect(sourcesRegex(past).source.startsWith('(?<![a-z0-9])')).toBe(true);
    for (const { text } of loadCorpus('corpus', 'en'))
      expect(all(sourcesRegex(past), text)).toEqual(all(joined, text));
  });
});
