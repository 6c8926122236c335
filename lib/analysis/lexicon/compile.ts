import type { Lexicon, QuantityRule, TimeRule } from './types';

/**
 * A character class written with `\uXXXX` escapes, as the characters themselves. V8 compiles a
 * pattern whose source exceeds 20 KiB without its optimisations and runs it 2–3 times slower; the
 * classes below, repeated after every stem and phrase guard, were two thirds of the largest
 * tables' source as escapes. The test of compiled lexicons keeps every pattern under that size.
 */
export function literalClass(escaped: string): string {
  return escaped.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Letters, marks and digits: what a phrase must not touch on either side in spaced scripts. */
const WORD = '[\\p{L}\\p{M}\\p{N}]';
/**
 * A subset of WORD (lowercase Latin, Vietnamese and Cyrillic letters, digits, combining marks)
 * tested before it: inside a word this cheap class rejects the position before the Unicode
 * property lookbehind runs, which makes phrase scans about a third faster. Same matches.
 */
const WORD_FAST = literalClass(
  '[a-z0-9\\u00e0-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f\\u01a0-\\u01b0\\u0300-\\u036f\\u0430-\\u044f\\u0451\\u1ea0-\\u1ef9]',
);
export const NEVER = /(?!)/gu;

/** A literal string as a regex source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Phrase tables become a character trie: "tăng", "tăng cường", "tăng trưởng" compile to
// tăng(?:\s+(?:cường|trưởng))?, so at each position only one branch is explored instead of
// every phrase. Greedy optional groups keep "longest phrase first"; stems are tried last.
interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
  stem: boolean;
}

/**
 * The rest of a stemmed word ("выручк*" → выручки, выручку): the letters and marks of the scripts
 * whose lexicons use stems (Latin with Vietnamese, Cyrillic). Ranges, not `[\p{L}\p{M}]`: every
 * Unicode property class in a pattern costs V8 about 0.2 ms to parse and compile, and the Russian
 * lexicon has 500 stems. A stem glued to a letter of another script simply does not match.
 */
const STEM_TAIL = literalClass(
  '[a-z\\u00aa\\u00b5\\u00ba\\u00df-\\u00f6\\u00f8-\\u024f\\u0250-\\u02af\\u0300-\\u036f\\u0400-\\u052f\\u1c80-\\u1c8f\\u1d00-\\u1dbf\\u1e00-\\u1eff\\u2de0-\\u2dff\\ua640-\\ua69f]*',
);
const SPACE = ' ';
const APOSTROPHE = "'";

function tokenSource(token: string): string {
  if (token === SPACE) return '\\s+';
  if (token === APOSTROPHE) return "['’]";
  return escapeRe(token);
}

function trieSource(node: TrieNode, stemTail = STEM_TAIL): string {
  const alternatives = [...node.children.entries()].map(
    ([token, child]) => tokenSource(token) + trieSource(child, stemTail),
  );
  if (node.stem) alternatives.push(stemTail);
  if (alternatives.length === 0) return '';
  const group =
    alternatives.length === 1 && !node.end ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return node.end && !node.stem
    ? `${alternatives.length === 1 ? `(?:${alternatives[0]})` : group}?`
    : group;
}

function buildTrie(phrases: readonly string[]): TrieNode {
  const root: TrieNode = { children: new Map(), end: false, stem: false };
  for (const raw of phrases) {
    const stem = raw.endsWith('*');
    const body = (stem ? raw.slice(0, -1) : raw)
      .trim()
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/\s+/g, SPACE);
    if (!body) continue;
    let node = root;
    for (const ch of body) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false, stem: false }));
      node = next;
    }
    if (stem) node.stem = true;
    else node.end = true;
  }
  return root;
}

/** `stemTail`: what follows a stem ("выручк*"); by default the lowercase letters and marks. */
export function phrasesTrie(phrases: readonly string[], stemTail = STEM_TAIL): string {
  // A stem also matches its bare form, so a node that is both needs no separate end.
  return trieSource(buildTrie(phrases), stemTail);
}

/**
 * A phrase regex for unspaced text (Chinese) that tries its phrases only where a phrase can start.
 * Run unanchored, V8 tests each position against the trie's first branch after branch (hundreds
 * for the intent table); here one table lookup per position picks the one branch that can match,
 * run sticky at that position. Same matches as the full pattern, which `source` still gives for
 * composing larger patterns. Used through `exec`, which `test`, `match` and `replace` call;
 * `matchAll` and `split` copy the regex (species) and so run the plain pattern, same matches.
 */
class FirstCharRegExp extends RegExp {
  private branches: Map<number, RegExp> | undefined;

  constructor(pattern: string, flags: string, branches?: Map<number, RegExp>) {
    super(pattern, flags);
    this.branches = branches;
  }

  override exec(text: string): RegExpExecArray | null {
    const branches = this.branches;
    if (!branches) return super.exec(text);
    const global = this.global || this.sticky;
    // As the built-in reads it (ToLength): NaN and negatives are 0, fractions are truncated.
    const index = Math.trunc(Number(this.lastIndex));
    const from = global && index > 0 ? index : 0;
    const last = this.sticky ? from + 1 : text.length;
    for (let i = from; i < last && i < text.length; i++) {
      const branch = branches.get(text.charCodeAt(i));
      if (!branch) continue;
      branch.lastIndex = i;
      const m = branch.exec(text);
      if (!m) continue;
      if (global) this.lastIndex = i + m[0].length;
      return m;
    }
    if (global) this.lastIndex = 0;
    return null;
  }
}

/**
 * The branch sources of each first character, in the order the whole pattern tries them (the
 * Chinese trie, then the guarded Latin one: "App" sorts with the first, "app" with the second, and
 * both may start with "a"). False when a phrase starts with an astral character.
 */
function addFirstCharBranches(
  into: Map<number, string[]>,
  phrases: readonly string[],
  wrap: (branch: string) => string,
): boolean {
  for (const [token, child] of buildTrie(phrases).children) {
    const chars = token === APOSTROPHE ? ["'", '’'] : [token];
    if (chars.some((c) => c.length !== 1)) return false;
    const source = wrap(tokenSource(token) + trieSource(child));
    for (const c of chars) {
      const code = c.charCodeAt(0);
      into.set(code, [...(into.get(code) ?? []), source]);
    }
  }
  return true;
}

/**
 * All phrases as one regex (a trie), longest match first: "as soon as possible" wins over "soon".
 * Phrases are lowercased and the regex has no `i` flag: it runs on text lowercased once per unit
 * (`lowerSameLength`), because case-insensitive Unicode matching is slow for non-ASCII scripts.
 */
export function phrasesRegex(
  phrases: readonly string[],
  spaced: boolean,
  flags = 'gu',
  hyphenJoins = true,
): RegExp {
  if (phrases.length === 0) return new RegExp(NEVER.source, flags);
  if (spaced && !hyphenJoins)
    return new RegExp(`(?<!${WORD_FAST})(?<!${WORD})(?:${phrasesTrie(phrases)})(?!${WORD})`, flags);
  // "-?" rather than a second alternative: each Unicode property class costs V8 time to compile.
  if (spaced)
    return new RegExp(
      `(?<!${WORD_FAST})(?<!${WORD}-?)(?:${phrasesTrie(phrases)})(?!-?${WORD})`,
      flags,
    );
  // Unspaced (Chinese): Han phrases need no boundary, but an English word in a Chinese line does
  // ("本周 ship 新版", not the "ship" of "relationship"; "app", not the start of "apple").
  const latin = phrases.filter((p) => /^[a-z]/.test(p));
  const han = phrases.filter((p) => !/^[a-z]/.test(p));
  const source = latin.length
    ? `(?:${han.length ? `${phrasesTrie(han)}|` : ''}(?<![a-z])(?:${phrasesTrie(latin)})(?![a-z]))`
    : `(?:${phrasesTrie(phrases)})`;
  // Case-insensitive scans keep the plain regex: a branch table keyed by case would be larger.
  if (flags.includes('i')) return new RegExp(source, flags);
  const sources = new Map<number, string[]>();
  if (
    !addFirstCharBranches(sources, han, (b) => b) ||
    !addFirstCharBranches(sources, latin, (b) => `(?<![a-z])(?:${b})(?![a-z])`)
  )
    return new RegExp(source, flags);
  const branchFlags = `${flags.replace(/[gy]/g, '')}y`;
  const branches = new Map<number, RegExp>();
  for (const [code, list] of sources)
    branches.set(code, new RegExp(list.length === 1 ? list[0]! : list.join('|'), branchFlags));
  return new FirstCharRegExp(source, flags, branches);
}

/** Word-start guards the sources may open with, each with a cheap subset tested before it. */
const FAST_GUARDS: Record<string, string> = {
  '(?<![\\p{L}\\p{N}])': '(?<![a-z0-9])',
  '(?<![\\p{L}])': '(?<![a-z])',
};

/**
 * Regex sources joined as one alternation (each wrapped, so their own `|` stay inside). A
 * word-start guard every source opens with is tested once, before the alternation, and after a
 * cheap subset of it: inside a word that rejects the position without trying each alternative
 * (English past forms scan about a third faster). Same matches.
 */
export function sourcesRegex(sources: readonly string[], flags = 'giu'): RegExp {
  if (sources.length === 0) return new RegExp(NEVER.source, flags);
  const guard = Object.keys(FAST_GUARDS).find((g) => sources.every((s) => s.startsWith(g)));
  if (guard) {
    const rest = sources.map((s) => `(?:${s.slice(guard.length)})`).join('|');
    return new RegExp(`${FAST_GUARDS[guard]}${guard}(?:${rest})`, flags);
  }
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}

export interface CompiledTimeRule extends TimeRule {
  re: RegExp;
  /** `needs` split at top-level `|`: plain words are checked with `includes`, the rest by regex. */
  needsWords: string[] | null;
  needsRe: RegExp | null;
  /**
   * The same prefilter as indices into the lexicon's `timeNeeds` (each word or regex once), so a
   * unit checks a word shared by several rules once; empty when the rule has no prefilter.
   */
  needIds: number[];
  /** The `needIds` that one pass over the unit cannot decide (regexes, one-character words). */
  lazyNeedIds: number[];
}

/** Gives every distinct prefilter word and regex of the time rules an index into `timeNeeds`. */
function indexNeeds(rules: Omit<CompiledTimeRule, 'needIds' | 'lazyNeedIds'>[]): {
  time: CompiledTimeRule[];
  timeNeeds: (string | RegExp)[];
  timeNeedMasks: number[];
  timeNeedsAny: RegExp | null;
  timeNeedStarts: Map<number, number[]>;
  timeNeedPairs: Uint8Array;
  timeNeedRules: number[][];
} {
  const timeNeeds: (string | RegExp)[] = [];
  const timeNeedMasks: number[] = [];
  const ids = new Map<string, number>();
  const id = (key: string, need: string | RegExp) => {
    let k = ids.get(key);
    if (k === undefined) {
      ids.set(key, (k = timeNeeds.push(need) - 1));
      timeNeedMasks.push(typeof need === 'string' ? charMask(need) : 0);
    }
    return k;
  };
  const time = rules.map((r) => {
    const needIds: number[] = [];
    for (const w of r.needsWords ?? []) needIds.push(id(`w:${w}`, w));
    if (r.needsRe) needIds.push(id(`r:${r.needsRe.source}`, r.needsRe));
    const lazyNeedIds = needIds.filter((k) => {
      const need = timeNeeds[k]!;
      return typeof need !== 'string' || need.length < 2;
    });
    return Object.assign(r, { needIds, lazyNeedIds });
  });
  // Which rules each prefilter wakes, in rule order.
  const timeNeedRules: number[][] = timeNeeds.map(() => []);
  time.forEach((r, k) => {
    for (const n of r.needIds) timeNeedRules[n]!.push(k);
  });
  // Most units hold none of the regex prefilters: one alternation of all of them says so in one
  // call. Only built when no source has a group name or backreference an alternation could break.
  const regexNeeds = timeNeeds.filter((n): n is RegExp => typeof n !== 'string');
  const combinable = regexNeeds.every((re) => !/\(\?<[A-Za-z]|\\[1-9k]/.test(re.source));
  const timeNeedsAny =
    regexNeeds.length > 1 && combinable
      ? new RegExp(regexNeeds.map((re) => `(?:${re.source})`).join('|'), 'iu')
      : null;
  // Prefilter words by their first two code units, for `findTimes`' one pass over a unit.
  const timeNeedStarts = new Map<number, number[]>();
  const timeNeedPairs = new Uint8Array(65536);
  timeNeeds.forEach((need, k) => {
    if (typeof need !== 'string' || need.length < 2) return;
    const key = need.charCodeAt(0) * 65536 + need.charCodeAt(1);
    timeNeedStarts.set(key, [...(timeNeedStarts.get(key) ?? []), k]);
    timeNeedPairs[pairHash(need, 0)] = 1;
  });
  return {
    time,
    timeNeeds,
    timeNeedMasks,
    timeNeedsAny,
    timeNeedStarts,
    timeNeedPairs,
    timeNeedRules,
  };
}

/** Two code units at `i` folded into 16 bits: a lossy key, so a miss is certain and a hit is not. */
export function pairHash(s: string, i: number): number {
  return ((s.charCodeAt(i) & 0xff) << 8) | (s.charCodeAt(i + 1) & 0xff);
}

/**
 * The UTF-16 code units of a string folded into 32 bits (`code & 31`). A word whose mask has a
 * bit the text's mask lacks cannot occur in the text: a cheap, exact reason to skip `includes`.
 */
export function charMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= 1 << (s.charCodeAt(i) & 31);
  return mask;
}

function compileNeeds(needs: string | undefined): Pick<CompiledTimeRule, 'needsWords' | 'needsRe'> {
  if (!needs) return { needsWords: null, needsRe: null };
  const alternatives = needs.split('|');
  // Only split when no alternative contains a group (a `|` inside parentheses).
  if (/[()]/.test(needs)) return { needsWords: null, needsRe: new RegExp(needs, 'iu') };
  const words = alternatives.filter((a) => /^[\p{L} ]+$/u.test(a)).map((a) => a.toLowerCase());
  const rest = alternatives.filter((a) => !/^[\p{L} ]+$/u.test(a));
  return { needsWords: words, needsRe: rest.length ? new RegExp(rest.join('|'), 'iu') : null };
}

export type ActionDirection = keyof Lexicon['actions'];

export interface CompiledLexicon {
  lex: Lexicon;
  /** Label at the start of a unit, e.g. "KR2:", "Objective -", "目标：". */
  label: RegExp;
  labelKind: { objective: RegExp; keyResult: RegExp; goal: RegExp };
  intent: RegExp;
  delegation: RegExp | null;
  coverbs: RegExp | null;
  prepositionAtStart: RegExp | null;
  amountLeadsAtStart: RegExp | null;
  purposeAtStart: RegExp | null;
  actionNounSuffix: RegExp | null;
  amountName: RegExp | null;
  hedges: RegExp;
  action: RegExp;
  actionKind: Record<ActionDirection, RegExp>;
  /** An action verb at the very start, after optional connectors. */
  actionAtStart: RegExp;
  connectorsAtStart: RegExp;
  pastMarkers: RegExp;
  /**
   * Case-insensitive, yet run on the unit's lowercase copy where there is one: the same matches,
   * found about 1.7 times as fast (`/i` on mixed-case text costs V8 more).
   */
  past: RegExp;
  status: RegExp;
  reported: RegExp;
  definition: RegExp;
  generic: RegExp;
  questionStart: RegExp;
  uiVerbAtStart: RegExp;
  uiNoun: RegExp;
  vague: { S: RegExp; M: RegExp; T: RegExp };
  metrics: RegExp;
  broad: RegExp;
  fillers: RegExp;
  scope: RegExp;
  method: RegExp;
  fromTo: RegExp;
  targetTo: RegExp;
  targetBy: RegExp;
  time: CompiledTimeRule[];
  /** The time rules' distinct prefilters (`CompiledTimeRule.needIds` index them). */
  timeNeeds: (string | RegExp)[];
  /** `charMask` of each word in `timeNeeds` (0 for a regex). */
  timeNeedMasks: number[];
  /** All regexes of `timeNeeds` as one: when it misses, every one of them misses. */
  timeNeedsAny: RegExp | null;
  /** Ids of the `timeNeeds` words of two or more code units, by their first two code units. */
  timeNeedStarts: Map<number, number[]>;
  /** `pairHash` of those words' first two code units: most positions of a unit miss it. */
  timeNeedPairs: Uint8Array;
  /** For each prefilter in `timeNeeds`, the indices of the rules that name it. */
  timeNeedRules: number[][];
  /** Cheap test: does the unit contain anything a time rule could match? */
  timeAny: RegExp;
  quantities: (QuantityRule & { re: RegExp })[];
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

/** Compiled once per lexicon and reused: compiling is the only costly step. */
export function compile(lex: Lexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const p = (phrases: readonly string[]) => phrasesRegex(phrases, lex.spaced);
  const labelSep = '\\s*[-–—]?\\s*(?:\\d{1,2}|[ivx]{1,4})?\\s*[:：.)、\\-–—]\\s*';
  // Labels run into their number ("KR1:"), so only a following letter breaks them.
  const anchored = (phrases: readonly string[]) =>
    new RegExp(
      `^(?:${phrases.length ? phrasesTrie(phrases) : '(?!)'})(?![\\p{L}])(?:(?:\\s+(?:for|of|для|на|của|cho)\\s+[^:：\\n]{1,30}?)?${labelSep}|\\s+[^:：\\n]{1,30}?\\s*[:：]\\s*)`,
      'u',
    );
  const allActions = Object.values(lex.actions).flat();
  const connectors = phrasesRegex(lex.connectors, lex.spaced).source;
  const bound = lex.spaced ? `(?!${WORD})` : '';
  const compiled: CompiledLexicon = {
    lex,
    label: anchored([...lex.labels.objective, ...lex.labels.keyResult, ...lex.labels.goal]),
    labelKind: {
      objective: anchored(lex.labels.objective),
      keyResult: anchored(lex.labels.keyResult),
      goal: anchored(lex.labels.goal),
    },
    intent: p(lex.intent),
    delegation: lex.delegation ? new RegExp(`^(?:${lex.delegation})`, 'u') : null,
    purposeAtStart: lex.purpose?.length
      ? new RegExp(`^\\s*(?:${phrasesRegex(lex.purpose, lex.spaced).source})`, 'u')
      : null,
    amountLeadsAtStart: lex.amountLeads?.length
      ? new RegExp(`^\\s*(?:${phrasesRegex(lex.amountLeads, lex.spaced).source})`, 'u')
      : null,
    coverbs: lex.coverbs?.length ? new RegExp(`^(?:${phrasesTrie(lex.coverbs)})$`, 'u') : null,
    prepositionAtStart: lex.prepositions?.length
      ? new RegExp(`^(?:${phrasesRegex(lex.prepositions, lex.spaced, 'u').source})`, 'u')
      : null,
    actionNounSuffix: lex.actionNounSuffix ? new RegExp(`^(?:${lex.actionNounSuffix})`, 'u') : null,
    amountName: lex.amountName ? new RegExp(`(?:${lex.amountName})`, 'uy') : null,
    hedges: p(lex.hedges),
    action: p(allActions),
    actionKind: Object.fromEntries(
      Object.entries(lex.actions).map(([k, v]) => [
        k,
        new RegExp(`^(?:${phrasesRegex(v, lex.spaced).source})$`, 'u'),
      ]),
    ) as Record<ActionDirection, RegExp>,
    actionAtStart: new RegExp(
      `^(?:(?:${connectors})[\\s,，]*)*(${phrasesRegex(allActions, lex.spaced).source})${bound}`,
      'u',
    ),
    connectorsAtStart: new RegExp(`^(?:(?:${connectors})[\\s,，]*)+`, 'u'),
    pastMarkers: p(lex.pastMarkers),
    past: sourcesRegex(lex.pastPatterns),
    status: p(lex.statusMarkers),
    reported: p(lex.reported),
    definition: sourcesRegex(lex.definition),
    generic: p(lex.generic),
    questionStart: new RegExp(`^(?:${phrasesRegex(lex.questionStarts, lex.spaced).source})`, 'u'),
    uiVerbAtStart: new RegExp(`^(?:${phrasesRegex(lex.ui.verbs, lex.spaced).source})`, 'u'),
    uiNoun: p(lex.ui.nouns),
    vague: { S: p(lex.vague.S), M: p(lex.vague.M), T: p(lex.vague.T) },
    metrics: p(lex.metrics),
    broad: p(lex.broad),
    fillers: p(lex.fillers),
    scope: p(lex.scope),
    method: sourcesRegex(lex.methodPatterns),
    fromTo: sourcesRegex(lex.fromToPatterns),
    targetTo: new RegExp(`(?:${lex.targetTo.join('|') || '(?!)'})\\s*$`, 'iu'),
    targetBy: new RegExp(`(?:${lex.targetBy.join('|') || '(?!)'})\\s*$`, 'iu'),
    ...indexNeeds(
      lex.time.map((r) => ({
        ...r,
        re: new RegExp(r.pattern, 'giu'),
        ...compileNeeds(r.needs),
      })),
    ),
    timeAny: lex.timeTriggers
      ? // Triggers may sit inside compounds ("mid-March"), so hyphens do not join words here.
        new RegExp(`\\d|${phrasesRegex(lex.timeTriggers, lex.spaced, 'iu', false).source}`, 'iu')
      : // Named groups repeat across rules, which one alternation cannot hold: drop the names.
        sourcesRegex(
          lex.time.map((r) => r.pattern.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')),
          'iu',
        ),
    quantities: lex.quantities.map((r) => ({ ...r, re: new RegExp(r.pattern, 'giu') })),
  };
  cache.set(lex, compiled);
  return compiled;
}
