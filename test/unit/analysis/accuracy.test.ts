import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/analysis';
import { score } from '../../support/accuracy';
import { loadCorpus } from '../../support/corpus';

// The acceptance bar per language (issue #2). `npm run accuracy -- --mistakes` lists the misses.
describe.each(LANGS)('accuracy on the %s corpus', (lang) => {
  const lines = loadCorpus('corpus', lang);
  const s = score(lines, lang);

  it('has at least 80 labelled lines, about a quarter of them non-goals', () => {
    expect(lines.length).toBeGreaterThanOrEqual(80);
    const nonGoals = lines.filter((l) => !l.goal).length / lines.length;
    expect(nonGoals).toBeGreaterThan(0.2);
    expect(nonGoals).toBeLessThan(0.35);
  });

  it('flags vague goals with precision ≥ 0.95 and recall ≥ 0.90', () => {
    expect(s.precision, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['S', 'M', 'T'] as const)('judges %s on goal lines with accuracy ≥ 0.90', (k) => {
    expect(s[k], s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
