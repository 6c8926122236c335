// The engine benchmark's inputs, shared with scripts/engine-golden.ts so the golden outputs cover
// exactly the texts the benchmark times.
import { LANGS } from '../../lib/analysis';
import { loadCorpus } from '../support/corpus';

type BenchLang = (typeof LANGS)[number];

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Deterministic text built from the corpora (all four languages), so the mix is realistic. Each
 * generator draws from one seeded sequence: the same calls in the same order give the same texts.
 */
export function benchDocuments(seed = 42) {
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pool = Object.fromEntries(
    LANGS.map((l) => [l, loadCorpus('corpus', l).map((x) => x.text)]),
  ) as Record<BenchLang, string[]>;

  function document(targetBytes: number, langs: readonly BenchLang[] = LANGS): string {
    const parts: string[] = [];
    let size = 0;
    while (size < targetBytes) {
      const lang = langs[Math.floor(rand() * langs.length)]!;
      const list = pool[lang];
      const line = list[Math.floor(rand() * list.length)]!;
      // Paragraphs of 3–6 sentences, as an editor holds them.
      const sep = rand() < 0.2 ? '\n\n' : ' ';
      parts.push(line, sep);
      size += bytes(line) + sep.length;
    }
    return parts.join('');
  }

  function paragraph200(): string {
    const words: string[] = [];
    let text = '';
    while (words.length < 200) {
      const line = pool.en[Math.floor(rand() * pool.en.length)]!;
      words.push(...line.split(/\s+/));
      text += `${line} `;
    }
    return text.split(/\s+/).slice(0, 200).join(' ');
  }

  return { document, paragraph200 };
}

/** 100 KB inputs built to find super-linear paths. */
export const ADVERSARIAL: Record<string, string> = {
  digits: '7'.repeat(100_000),
  'grouped digits': '1,000 '.repeat(16_667),
  punctuation: '.,;:!?-—'.repeat(12_500),
  'one endless sentence': 'increase more revenue by 20% from 5 to 6 soon '.repeat(2_200),
  'endless sentence, short words': 'we want to grow '.repeat(6_250),
  'Chinese, no punctuation': '提高品牌知名度更多尽快'.repeat(9_000),
  'Russian, no punctuation': 'увеличить выручку значительно '.repeat(3_400),
  'Vietnamese NFD': 'tăng doanh thu càng sớm càng tốt '.normalize('NFD').repeat(2_600),
  'many short sentences': 'Grow MAU by Q3. '.repeat(6_250),
  'many short lines': '- Cut churn soon\n'.repeat(5_900),
  'emoji and RTL': '🚀 زيادة المبيعات 👍 '.repeat(4_000),
};
