/**
 * Text folding for search, the same on both sides (stored key and query):
 * - compatibility forms unified (full-width `ＡＢＣ１` → `abc1`, common in Chinese input);
 * - case-insensitive;
 * - diacritics dropped from Latin letters only (`tăng`, `tầng` → `tang`, `đ` → `d`), so Cyrillic
 *   `й` stays distinct from `и`, while Russian `ё` folds to `е` as readers expect;
 * - whitespace runs collapsed.
 * Matching is substring per term (Chinese needs no word boundaries), every term required.
 */

const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const WHITESPACE = /\s+/gu;

export function foldForSearch(input: string): string {
  return input
    .normalize('NFKD')
    .replace(LATIN_WITH_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/đ/g, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Folded title and text; the newline keeps a term from matching across the two fields. */
export function searchKey(title: string, text: string): string {
  return `${foldForSearch(title)}\n${foldForSearch(text)}`;
}

/** The folded terms of a query; empty when the query has nothing to search for. */
export function queryTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

export type MatchRank = 'title' | 'text' | null;

/** `title` when every term is in the title, `text` when all are found across both, else null. */
export function matchKey(key: string, terms: readonly string[]): MatchRank {
  if (terms.length === 0) return null;
  const newline = key.indexOf('\n');
  const title = newline === -1 ? key : key.slice(0, newline);
  if (terms.every((t) => title.includes(t))) return 'title';
  return terms.every((t) => key.includes(t)) ? 'text' : null;
}
