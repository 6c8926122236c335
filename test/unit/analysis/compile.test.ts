import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze, LANGS } from '../../../lib/analysis';
import { LEXICONS } from '../../../lib/analysis/lexicon';
import { literalClass, phrasesRegex, sourcesRegex } from '../../../lib/analysis/lexicon/compile';
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

describe('phrasesRegex for unspaced text', () => {
  // The branch-table regex must find exactly what its own pattern finds, run as a plain regex.
  const plainOf = (re: RegExp) => new RegExp(re.source, re.flags);
  // Through `exec` itself: `matchAll` and `split` copy the regex (species), which runs the plain one.
  const all = (re: RegExp, s: string) => {
    const out: [number, string][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m[0]]);
    return out;
  };
  const phrases = ['提升', '提高', '提高到', '尽快', "o'k", 'ship', 'app', 'a-b', '目标'];

  it('finds what its pattern finds, Latin words only as whole words', () => {
    const re = phrasesRegex(phrases, false);
    expect(re).toBeInstanceOf(RegExp);
    for (const s of [
      '本周 ship 新版，尽快把转化率提高到 5%',
      "relationship apple apps 提提高 ship2 xship o’k O'K a-b",
      '',
    ]) {
      expect(all(re, s)).toEqual(all(plainOf(re), s));
      expect(re.test(s)).toBe(plainOf(re).test(s));
      expect(s.replace(re, '[$&]')).toBe(s.replace(plainOf(re), '[$&]'));
    }
    expect(all(re, 'relationship apple')).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...phrases, '提', '高', ' ', 'x'), fc.string()), {
          maxLength: 12,
        }),
        (parts) => {
          const s = parts.join('');
          expect(all(re, s)).toEqual(all(plainOf(re), s));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tries an unguarded phrase and a guarded Latin word of the same first letter, in order', () => {
    // "App" is on the unguarded side (it does not start with a-z), "app" on the guarded one.
    const re = phrasesRegex(['App', 'app', ' ship'], false);
    for (const s of ['apple', 'app', 'relationship', 'ship'])
      expect(all(re, s)).toEqual(all(plainOf(re), s));
    expect(all(re, 'apple')).toEqual([[0, 'app']]);
  });

  it('reads lastIndex as the built-in does', () => {
    for (const [flags, text, at] of [
      ['gu', 'x提升提升', 1.5],
      ['gu', '提升', NaN],
      ['uy', '提升', -1],
      ['gu', 'x提升提升', '1'],
      ['gu', '提升', Infinity],
    ] as const) {
      const a = phrasesRegex(['提升'], false, flags);
      const b = new RegExp(a.source, flags);
      (a as { lastIndex: unknown }).lastIndex = at;
      (b as { lastIndex: unknown }).lastIndex = at;
      expect([a.exec(text)?.index, a.lastIndex]).toEqual([b.exec(text)?.index, b.lastIndex]);
    }
  });

  it('honours lastIndex, and a non-global regex ignores it', () => {
    const s = '尽快提升，再提升';
    const re = phrasesRegex(phrases, false);
    re.lastIndex = 3;
    expect(re.exec(s)?.index).toBe(6);
    expect(re.lastIndex).toBe(8);
    expect(re.exec(s)).toBeNull();
    expect(re.lastIndex).toBe(0);
    const once = phrasesRegex(phrases, false, 'u');
    once.lastIndex = 3;
    expect(once.exec(s)?.index).toBe(0);
    const sticky = phrasesRegex(phrases, false, 'uy');
    sticky.lastIndex = 1;
    expect(sticky.exec(s)).toBeNull();
    sticky.lastIndex = 2;
    expect(sticky.exec(s)?.[0]).toBe('提升');
  });

  it('finds what the plain pattern finds for every Chinese phrase table, on the Chinese corpus', () => {
    const zh = LEXICONS.zh;
    const tables = [zh.intent, zh.hedges, Object.values(zh.actions).flat(), zh.vague.S, zh.metrics];
    const lines = loadCorpus('corpus', 'zh').map((x) => x.text.toLowerCase());
    for (const table of tables) {
      const re = phrasesRegex(table, false);
      for (const text of lines) expect(all(re, text)).toEqual(all(plainOf(re), text));
    }
  });
});

describe('compiled lexicons', () => {
  // V8 compiles a pattern whose source is over 20 KiB without its optimisations: the same scan ran
  // 2–3 times slower (and the Russian object-first lookahead 30 times slower) above that size.
  const V8_OPTIMISE_LIMIT = 20 * 1024;

  it('keep every pattern the engine runs under 20 KiB of source, on every corpus line', () => {
    const sizes = new Map<string, number>();
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (
      this: RegExp,
      text: string,
    ) {
      sizes.set(this.source.slice(0, 80), this.source.length);
      return exec.call(this, text);
    });
    try {
      for (const lang of LANGS)
        analyze(
          loadCorpus('corpus', lang)
            .map((x) => x.text)
            .join('\n'),
          { today: '2026-11-23' },
        );
    } finally {
      spy.mockRestore();
    }
    expect(sizes.size).toBeGreaterThan(100);
    expect([...sizes].filter(([, n]) => n > V8_OPTIMISE_LIMIT)).toEqual([]);
  });

  it('write the classes repeated after every stem as characters, not escapes', () => {
    expect(literalClass('[a-z\\u00e0-\\u00f6\\u0451]')).toBe('[a-zà-öё]');
    const re = new RegExp(`^${literalClass('[\\u0430-\\u044f]')}+$`, 'u');
    expect(re.test('выручка')).toBe(true);
    expect(re.test('revenue')).toBe(false);
  });
});
