import { escapeRe, type CompiledLexicon } from './lexicon/compile';
import { isSpace } from './chars';
import { has } from './has';
import { byStart, sortSmall } from './sort-small';
import type { QuantityValue, Span } from './schema';

export interface QuantityHit extends Span {
  value: QuantityValue;
}

const cache = new WeakMap<CompiledLexicon, RegExp>();
const unitWordCache = new WeakMap<CompiledLexicon, Map<string, 'percent' | 'points'>>();

/** The lexicon's unit words ("phần trăm"), spaces normalised, with the unit each one names. */
function unitWords(cl: CompiledLexicon): Map<string, 'percent' | 'points'> {
  let hit = unitWordCache.get(cl);
  if (hit) return hit;
  hit = new Map();
  for (const w of cl.lex.unitWords?.points ?? []) hit.set(w.toLowerCase(), 'points');
  for (const w of cl.lex.unitWords?.percent ?? []) hit.set(w.toLowerCase(), 'percent');
  unitWordCache.set(cl, hit);
  return hit;
}

/**
 * Digits in every usual shape: 35,000 · 35 000 · 2,3 % · $1.2M · €20k · 500名 · 50 万元 · 5 tỷ.
 * Built per lexicon from its currencies and scales. The leading guard stops the engine from
 * retrying inside a run of digits, which keeps it linear on adversarial input.
 */
function digitPattern(cl: CompiledLexicon): RegExp {
  const hit = cache.get(cl);
  if (hit) return hit;
  const cur = [...cl.lex.currencies]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  const scales = Object.keys(cl.lex.scales)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  // Longest first, each followed by a word boundary: "2 điểm phần trăm" before "2 điểm".
  const words = [...unitWords(cl).keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => `${escapeRe(w).replace(/ /g, '\\s+')}(?![\\p{L}\\p{M}])`);
  const re = new RegExp(
    `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}.,])(?<cur>${cur})?\\s?(?<num>\\d+(?:[,.\\u00a0\\u202f ]\\d{3}(?!\\d))*(?:[.,]\\d+)?)(?:\\s?(?<scale>${scales})(?![\\p{Script=Latin}\\p{Script=Cyrillic}]))?\\s?(?<unit>${words.length ? `${words.join('|')}|` : ''}%|％|pp|p\\.p\\.|п\\.п\\.|points?(?![\\p{L}])|pts(?![\\p{L}])|x(?![\\p{L}])|×|times(?![\\p{L}])|раза?(?![\\p{L}])|lần(?![\\p{L}])|倍|个百分点)?\\s?(?:(?<cur2>${cur})(?![\\p{L}\\p{M}]))?`,
    'giu',
  );
  cache.set(cl, re);
  return re;
}

export function parseNumber(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f ]/g, '');
  // "35,000" and "35.000" group thousands; "2,3" and "2.3" are decimals.
  const grouped =
    /^\d{1,3}(?:[.,]\d{3})+$/.test(compact) && !/^\d[.,]\d{3}$/.test(compact)
      ? compact.replace(/[.,]/g, '')
      : null;
  if (grouped) return Number(grouped);
  if (/^\d[.,]\d{3}$/.test(compact)) return Number(compact.replace(/[.,]/, '')); // 1,200 / 1.200
  const lastSep = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  if (lastSep < 0) return Number(compact);
  return Number(compact.slice(0, lastSep).replace(/[.,]/g, '') + '.' + compact.slice(lastSep + 1));
}

const COHORT = /^(?:[5-9][05]|0[05]|10)[后後]$/u;

/**
 * Quantities outside the excluded spans (dates, labels): digits first, then word forms. The
 * patterns are case-insensitive and run on `lower`, the text lowercased at the same length
 * (`lowerSameLength`): the same matches, found faster (V8 matches `/i` slower on mixed case).
 */
export function findQuantities(
  text: string,
  cl: CompiledLexicon,
  excluded: Span[],
  lower: string,
): QuantityHit[] {
  const hits: QuantityHit[] = [];
  /** Numbers inside names ("3号线", "1对1"), with the rest of the name: no other hit starts there. */
  const names: Span[] = [];
  const free = (s: number, e: number) =>
    !excluded.some((x) => s < x.end && e > x.start) &&
    !hits.some((h) => s < h.end && e > h.start) &&
    !names.some((x) => s < x.end && e > x.start);
  const re = digitPattern(cl);
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && isSpace(text[start]!)) start++;
    while (end > start && isSpace(text[end - 1]!)) end--;
    if (!/\d/.test(text.slice(start, end))) continue;
    if (!free(start, end) || isIdentifier(text, start, g, cl)) continue;
    // "5G套餐", "3号线", "1对1": a name, not an amount (the lexicon says what follows such a number).
    if (cl.amountName) {
      cl.amountName.lastIndex = end;
      const name = cl.amountName.exec(text);
      if (name) {
        names.push({ start, end: end + name[0].length });
        continue;
      }
    }
    // "95后用户", "00后": a birth cohort, not an amount.
    if (COHORT.test(text.slice(start, end + 1)) && !/\d/.test(text[start - 1] ?? '')) continue;
    // "7-day retention", "24-hour support": a compound adjective, not an amount.
    if (!g.unit && /^-[\p{L}]/u.test(text.slice(end, end + 2))) continue;
    const n = parseNumber(g.num ?? '');
    if (!Number.isFinite(n)) continue;
    // "giảm 1/3 chi phí": a small proper fraction the date rules left is one share, not two counts.
    if (text.charCodeAt(end) === 47 && !g.unit && !g.scale && !g.cur2 && /^\d+$/.test(g.num!)) {
      const den = /^\/(\d{1,2})(?![\d/])/.exec(text.slice(end, end + 4));
      const fractionEnd = end + (den?.[0].length ?? 0);
      if (den && n > 0 && n < Number(den[1]) && free(end, fractionEnd)) {
        const value = (100 * n) / Number(den[1]);
        hits.push({ start, end: fractionEnd, value: { value, unit: 'percent', relative: true } });
        re.lastIndex = fractionEnd;
        continue;
      }
    }
    // Groups come from `lower`: a scale or unit word is looked up as the lexicon lists it, lowercase.
    const scale = g.scale ? (cl.lex.scales[g.scale] ?? 1) : 1;
    const u = g.unit ?? '';
    const named = u.length > 2 ? unitWords(cl).get(u.replace(/\s+/g, ' ')) : undefined;
    const unit: QuantityValue['unit'] = named
      ? named
      : /points?|pts/.test(u)
        ? 'points'
        : /%|％|pp|п\.п|个百分点/.test(u)
          ? 'percent'
          : /x|×|times|раз|lần|倍/i.test(u)
            ? 'multiplier'
            : g.cur || g.cur2
              ? 'currency'
              : 'count';
    hits.push({
      start,
      end,
      value: { value: n * scale, unit, relative: unit === 'multiplier' || unit === 'points' },
    });
  }
  for (const rule of cl.quantities) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lower); m; m = rule.re.exec(lower)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      const value = rule.parse(m.groups ?? {}, m[0]);
      if (value && Number.isFinite(value.value)) hits.push({ start, end, value });
    }
  }
  return sortSmall(hits, byStart);
}

/** "PostgreSQL 16", "iOS 18", "version 2.0", "v3": names, not quantities. */
function isIdentifier(
  text: string,
  start: number,
  g: Record<string, string | undefined>,
  cl: CompiledLexicon,
): boolean {
  if (g.cur || g.unit || g.scale) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  // "NPS 45", "IELTS 7.0": a metric's name before its value.
  const lastWord = /(\p{L}+)\s?$/u.exec(before)?.[1];
  if (lastWord && has(cl.metrics, lastWord.toLowerCase())) return false;
  if (/(?:version|release|v|ver\.?|версии?|phiên bản|版本?)\s?$/iu.test(before)) return true;
  // A capitalised or camel-cased product word right before the number, not at the unit start.
  const word = /(?<=\s|^)([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+)\s$/u.exec(
    before,
  );
  if (
    word &&
    before.length - word[0].length > 0 &&
    !/^(?:Top|By|To|From|Up|Reach|Hit|Over|Under|At|In|On)$/u.test(word[1]!)
  ) {
    return (
      /[A-Z].*[A-Z]|^[a-z]+[A-Z]/u.test(word[1]!) ||
      /^(?:Windows|Android|Java|Python|Node|Postgres|Ubuntu|Debian|Angular|Vue|React|Rails|Django|Laravel|Chrome|Firefox|Safari|Line|Press|Plant|Building|Floor|Ward|Gate|Dock|Bay|Room|Hall|Zone|Phase|Stage|Tier|Aisle|Terminal|Route|Station|Site|Store|Warehouse|Unit)$/u.test(
        word[1]!,
      )
    );
  }
  return false;
}
