import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Achievable, Lang } from '../../lib/analysis';

/** One labelled line of a corpus (format: test/fixtures/corpus/README.md). */
export interface LabelledLine {
  file: string;
  line: number;
  text: string;
  goal: boolean;
  S: boolean | null;
  M: boolean | null;
  T: boolean | null;
  A: Achievable | null;
}

const bool = (v: string) => (v === '-' ? null : v === '1');

export function loadCorpus(set: 'corpus' | 'holdout', lang: Lang): LabelledLine[] {
  const file = fileURLToPath(new URL(`../fixtures/${set}/${lang}.tsv`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() && !raw.startsWith('#'))
    .map(({ raw, line }) => {
      const [goal, S, M, T, A, ...rest] = raw.split('\t');
      const text = rest.join('\t');
      if (!text || !goal || !S || !M || !T || !A)
        throw new Error(`${file}:${line}: expected 6 tab-separated fields`);
      return {
        file,
        line,
        text,
        goal: goal === '1',
        S: bool(S),
        M: bool(M),
        T: bool(T),
        A: A === '-' ? null : (A as Achievable),
      };
    });
}
