import { iso, PAST, type CivilDate } from './calendar';
import { charMask, pairHash, type ActionDirection, type CompiledLexicon } from './lexicon/compile';
import {
  closesAmount,
  decorationAt,
  isClauseLead,
  isSpace,
  isSpaceOrPunct,
  isSpacePunctOrSymbol,
  opensAmount,
} from './chars';
import { has } from './has';
import { byStart, bySpanStart, sortSmall } from './sort-small';
import { findQuantities, type QuantityHit } from './quantity';
import type { Achievable, Component, Cue, Span, TimeValue } from './schema';
import { judgeAchievable, type History } from './achievable';

/** Weight a unit needs to count as a goal. Cues are summed; see `scoreCues`. */
export const GOAL_THRESHOLD = 2;

const W = {
  label: 3,
  imperative: 2.5,
  intent: 2.5,
  hedge: 2,
  targetWithDeadline: 2,
  futureTime: 0.5,
  past: -2.5,
  status: -2,
  question: -5,
  questionStart: -3,
  reported: -4,
  definition: -4,
  generic: -3,
  ui: -4,
} as const;

export interface TimeHit extends Span {
  value: TimeValue;
}

export interface Clause extends Span {
  past: boolean;
  score: number;
  /** A purpose or reason opener before another clause ("To boost…,", "Given…,"): no plan. */
  opener: boolean;
}

export interface Action extends Span {
  kind: ActionDirection;
}

/** What one unit of text says, before any rule judges it. Offsets are relative to `text`. */
export interface Facts {
  text: string;
  role: 'plain' | 'objective' | 'key-result';
  labelEnd: number;
  cues: Cue[];
  score: number;
  goal: boolean;
  clauses: Clause[];
  components: Component[];
  action: Action | null;
  metric: Span | null;
  history: History | null;
  /** The target's growth in percent per `months`, when the Achievable check could compute it. */
  targetRate: { rate: number; months: number } | null;
  criteria: { S: boolean; M: boolean; T: boolean; A: Achievable };
}

const CLAUSE_BREAK = /[,;:，；：、]|\s[—–-]\s|[.。!?！？](?=\s|$)/gu;
const DIGIT = /\d/;
/** Cues of the whole unit, added to the best clause's score. */
const UNIT_CUES = new Set([
  'label',
  'question',
  'question-start',
  'reported',
  'definition',
  'generic',
  'ui-instruction',
]);
const VAGUE_CRITERIA = ['S', 'M', 'T'] as const;
const WORDISH = /[\p{L}\p{N}]/u;
const QUOTED = /["“«「『][^"”»」』]{1,40}["”»」』]/u;
const KEY_COMBO = /(?:ctrl|cmd|alt|shift|⌘)\s*\+/iu;
const POSSESSOR = /^(?:['’]s?(?![\p{L}])|的)/u;
const RANGE_GAP = /^\s*(?:[-–—~～]|to|and|до|đến|tới|至|到)\s*$/u;
/** A relative pronoun right before a status verb: the verb belongs to a relative clause. */
const RELATIVE_BEFORE =
  /(?<![\p{L}])(?:which|that|who|где|который|которая|которое|которые|mà)\s+$/u;
const PUNCT_EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Lowercase without changing any offset: phrase regexes run on this copy. The rare characters
 * whose lowercase is longer ("İ") keep their case, so spans stay valid for the original.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const longestFirst = (a: Span, b: Span) => b.end - b.start - (a.end - a.start) || a.start - b.start;
const bySpan = (a: { span: Span }, b: { span: Span }) =>
  a.span.start - b.span.start || a.span.end - b.span.end;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

function inside(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/**
 * Matches of a global regex within [from, to), without copying the text; at most `limit`.
 * Matches that run past `to` are skipped, as a slice of the text would not contain them.
 */
function matches(
  re: RegExp,
  text: string,
  from = 0,
  to = text.length,
  limit = Infinity,
): (Span & { m: RegExpExecArray })[] {
  const out: (Span & { m: RegExpExecArray })[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    if (end <= to) {
      out.push({ start: m.index, end, m });
      if (out.length >= limit) break;
    }
  }
  re.lastIndex = 0;
  return out;
}

function first(
  re: RegExp,
  text: string,
  from = 0,
  to = text.length,
): (Span & { m: RegExpExecArray }) | null {
  // `matches(…, 1)[0]` without the array: called several times per clause.
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    if (end <= to) {
      re.lastIndex = 0;
      return { start: m.index, end, m };
    }
  }
  re.lastIndex = 0;
  return null;
}

// Time-rule prefilters already decided for the current unit: `stamp` present, `stamp + 1` absent;
// and the rules a present word prefilter woke (`stamp`).
const needState: number[] = [];
const ruleState: number[] = [];
let needStamp = 0;

/** Times in a unit; the rules are case-insensitive and run on `lower`, as `findQuantities`'. */
export function findTimes(
  text: string,
  cl: CompiledLexicon,
  today: CivilDate,
  lower = lowerSameLength(text),
): TimeHit[] {
  if (!cl.timeAny.test(text)) return [];
  const all: TimeHit[] = [];
  // Each distinct prefilter is checked once per unit. Words: one pass over the unit marks those it
  // contains (as `includes` would), by their first two code units, and wakes their rules; shorter
  // words and regexes are decided when a rule not yet woken first asks, words only when all their
  // characters occur.
  const stamp = (needStamp += 2);
  const starts = cl.timeNeedStarts;
  const pairs = cl.timeNeedPairs;
  for (let i = 0; i + 1 < lower.length; i++) {
    if (pairs[pairHash(lower, i)] === 0) continue;
    const ids = starts.get(lower.charCodeAt(i) * 65536 + lower.charCodeAt(i + 1));
    if (!ids) continue;
    for (const id of ids) {
      if (needState[id] === stamp || !lower.startsWith(cl.timeNeeds[id] as string, i)) continue;
      needState[id] = stamp;
      for (const r of cl.timeNeedRules[id]!) ruleState[r] = stamp;
    }
  }
  const present = charMask(lower);
  // Decided on the first regex prefilter asked: false when none of them can match.
  let regexNeeds: boolean | null = cl.timeNeedsAny ? null : true;
  let todayIso: string | undefined;
  for (let r = 0; r < cl.time.length; r++) {
    const rule = cl.time[r]!;
    if (ruleState[r] !== stamp && rule.needIds.length) {
      const ids = rule.lazyNeedIds;
      let wanted = false;
      for (let k = 0; k < ids.length && !wanted; k++) {
        const id = ids[k]!;
        if (needState[id] !== stamp && needState[id] !== stamp + 1) {
          const need = cl.timeNeeds[id]!;
          const hit =
            typeof need === 'string'
              ? (cl.timeNeedMasks[id]! & ~present) === 0 && lower.includes(need)
              : (regexNeeds ??= cl.timeNeedsAny!.test(lower)) && need.test(lower);
          needState[id] = hit ? stamp : stamp + 1;
        }
        wanted = needState[id] === stamp;
      }
      if (!wanted) continue;
    }
    for (const hit of matches(rule.re, lower)) {
      let value = rule.resolve(hit.m.groups ?? {}, today);
      if (!value) continue;
      // A date that has gone by is history: "the accounts we lost in March 2026".
      if (value.due && value.kind !== 'past' && value.due < (todayIso ??= iso(today))) value = PAST;
      const end = hit.end;
      let start = hit.start;
      while (start < end && isSpace(text[start]!)) start++;
      all.push({ start, end, value });
    }
  }
  // Longest first, then keep those that do not overlap a kept one.
  sortSmall(all, longestFirst);
  const kept: TimeHit[] = [];
  for (const t of all) if (!kept.some((k) => overlaps(k, t))) kept.push(t);
  return sortSmall(kept, byStart);
}

function splitClauses(text: string, from: number, guarded: Span[], guarded2: Span[]): Span[] {
  const spans: Span[] = [];
  let start = from;
  const covered = (at: number, xs: Span[]) => {
    for (const p of xs) if (at >= p.start && at < p.end) return true;
    return false;
  };
  const keep = (s: number, e: number) => {
    if (WORDISH.test(text.slice(s, e))) spans.push({ start: s, end: e });
  };
  CLAUSE_BREAK.lastIndex = from;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[end] ?? '')) continue; // 35,000 · 2,3%
    if (covered(at, guarded) || covered(at, guarded2)) continue; // "December 31, 2027"
    if (at > start) keep(start, at);
    start = end;
  }
  CLAUSE_BREAK.lastIndex = 0;
  if (start < text.length) keep(start, text.length);
  return spans;
}

/** Where a clause's own words begin: past spaces, connectors and a front-loaded time phrase. */
function clauseHead(
  text: string,
  lc: string,
  clause: Span,
  cl: CompiledLexicon,
  times: TimeHit[],
): number {
  let i = clause.start;
  for (let guard = 0; guard < 4; guard++) {
    for (let n = 0; i < clause.end; i += n) {
      n = isClauseLead(text[i]!) ? 1 : decorationAt(text, i);
      if (n === 0) break;
    }
    const t = times.find((x) => x.start === i && x.end <= clause.end);
    if (t) {
      i = t.end;
      continue;
    }
    const c = cl.connectorsAtStart.exec(lc.slice(i, clause.end));
    // A connector that starts a longer action is that action's start ("更" of "更新文档").
    const a = c && c[0].length > 0 ? cl.actionAtStart.exec(lc.slice(i, clause.end)) : null;
    if (
      c &&
      c[0].length > 0 &&
      !(a?.[1] && a[1].length === a[0].length && a[1].length > c[0].length)
    ) {
      i += c[0].length;
      continue;
    }
    break;
  }
  return i;
}

/** "客单价提升 15%", "新增 3-5 家": only the verb's amount (or a range of them) follows it. */
function amountOnly(text: string, from: number, to: number, quantities: QuantityHit[]): boolean {
  let rest = '';
  let at = from;
  for (const q of quantities) {
    if (q.start < from || q.end > to) continue;
    rest += text.slice(at, q.start);
    at = q.end;
  }
  if (at === from) return false;
  rest += text.slice(at, to);
  return /^[\s\p{P}\p{S}到至]*$/u.test(rest.replace(/左右|以上|以内|以下/gu, ''));
}

/**
 * "vượt 8% so với kế hoạch", "đạt 90% kế hoạch": the verb's amount comes right after it (past a
 * particle such as "thêm"), whatever follows the amount.
 */
function amountFirst(
  text: string,
  lc: string,
  from: number,
  quantities: QuantityHit[],
  cl: CompiledLexicon,
): boolean {
  let at = from;
  while (at < text.length && isSpace(text[at]!)) at++;
  const lead = cl.amountLeadsAtStart?.exec(lc.slice(at, at + 24));
  if (lead) {
    at += lead[0].length;
    while (at < text.length && isSpace(text[at]!)) at++;
  }
  return quantities.some((q) => q.start === at);
}

/**
 * The clause opens with one of the lexicon's vague amounts ("Fewer…", "Faster…", "Меньше…") and a
 * word follows it. Asked only of clauses with a time and no other plan cue.
 */
function comparativeOpens(text: string, lc: string, clause: Span, cl: CompiledLexicon): boolean {
  const hit = first(cl.vague.M, lc, clause.start, clause.end);
  return (
    !!hit &&
    !/[\p{L}\p{N}]/u.test(text.slice(clause.start, hit.start)) &&
    /[\p{L}\p{N}]/u.test(text.slice(hit.end, clause.end))
  );
}

/** True when the word after a clause-initial "verb" is itself a past or status verb. */
function subjectNoun(
  text: string,
  lc: string,
  at: number,
  end: number,
  cl: CompiledLexicon,
): boolean {
  const next = /^\s+(\S+)(?:\s+(\S+))?/u.exec(text.slice(at, Math.min(end, at + 60)));
  if (!next) return false;
  const word = next[1]!;
  // "Fix for the login bug is in review", "Launch of the site is on track": the verb heads a noun
  // phrase (verb, preposition, object) that a status verb later in the clause reports on; not
  // in a relative clause ("Apply for the grant that is due May 1").
  const prepEnds = /\s(\p{L}+)$/u.exec(lc.slice(Math.max(0, at - 12), at));
  const prep = has(cl.scope, word.toLowerCase())
    ? next[0].length
    : prepEnds && has(cl.scope, prepEnds[1]!)
      ? 0
      : -1;
  if (prep >= 0) {
    const status = first(cl.status, lc, at + prep, end);
    if (status && !RELATIVE_BEFORE.test(lc.slice(at, status.start))) return true;
  }
  const whole = (h: Span | null) => !!h && h.start === 0 && h.end === word.length;
  const whole2 = (h: Span | null, w: string) =>
    !!h && h.start === 0 && h.end === w.replace(/[\p{P}]+$/u, '').length;
  const auxiliary = (w: string | undefined) => {
    if (!w) return false;
    const hit = first(cl.status, w.toLowerCase()) ?? first(cl.pastMarkers, w.toLowerCase());
    return !!hit && hit.start === 0 && hit.end === w.length;
  };
  // An auxiliary right after it, or right after its noun ("Support is…", "The target was…",
  // "Volunteer sign-ups are up…"), makes the word a subject.
  if (auxiliary(word) || auxiliary(next[2])) return true;
  // "Открытие магазина состоялось в мае": a past verb right after the noun's dependent (not an
  // adjective after an article or amount: "Ship the redesigned flow", "Win back 30 churned…").
  if (
    next[2] &&
    !/^\d/u.test(word) &&
    !has(cl.fillers, word.toLowerCase()) &&
    whole2(first(cl.past, next[2]), next[2])
  )
    return true;
  if (!whole(first(cl.past, word))) return false;
  // A verb takes an object ("closed 1,240 tickets", "grew the list") or a target level ("Рост
  // замедлился до 2%"); an adjective is followed by its noun ("Increase qualified demo requests").
  const after = next[2];
  return (
    !after ||
    /^[\d$€£¥₽]/u.test(after) ||
    cl.targetTo.test(after) ||
    has(cl.fillers, after.toLowerCase()) ||
    has(cl.scope, after.toLowerCase())
  );
}

/** The verb is part of a noun ("完成率") or marked as done ("完成了"). */
function nounOrPast(
  text: string,
  lc: string,
  start: number,
  end: number,
  cl: CompiledLexicon,
): boolean {
  // (not after a coverb, whose object follows: "把成本降下来")
  if (cl.actionNounSuffix?.test(lc.slice(end, end + 8)) && !cl.coverbs?.test(lc.slice(start, end)))
    return true;
  const past = first(cl.past, lc, start, Math.min(lc.length, end + 3));
  return !!past && past.start === start && past.end > end;
}

function actionKind(cl: CompiledLexicon, word: string): ActionDirection {
  for (const k of ['deliver', 'down', 'up', 'reach', 'generic'] as const)
    if (cl.actionKind[k].test(word)) return k;
  return 'generic';
}

/** Whether a clause opens with a filler word ("чтобы" of "сделать так, чтобы…"). */
function fillerLeads(head: string, cl: CompiledLexicon): boolean {
  cl.fillers.lastIndex = 0;
  const m = cl.fillers.exec(head);
  cl.fillers.lastIndex = 0;
  return !!m && !/\S/u.test(head.slice(0, m.index));
}

const specificMemo = new WeakMap<CompiledLexicon, Map<string, boolean>>();

/**
 * Judges whether a unit's object names something concrete (Specific). A pure function of its
 * text, asked several times per goal about the same phrase (the metric, its history, a target's
 * measure word): answers are kept per lexicon, a bounded number of them.
 */
export function isSpecific(original: string, cl: CompiledLexicon): boolean {
  let memo = specificMemo.get(cl);
  if (!memo) specificMemo.set(cl, (memo = new Map()));
  let hit = memo.get(original);
  if (hit === undefined) {
    if (memo.size >= 1024) memo.clear();
    memo.set(original, (hit = judgeSpecific(original, cl)));
  }
  return hit;
}

function judgeSpecific(original: string, cl: CompiledLexicon): boolean {
  if (!original.trim()) return false;
  const text = lowerSameLength(original);
  // A metric counts unless it sits inside a broad phrase: "onboarding flow" is specific,
  // the "developer" of "developer experience" is not.
  const metricSpans = matches(cl.metrics, text);
  // A broad word inside a longer metric word is none: the 服务 of "服务器的高危漏洞".
  const holds = (m: Span, b: Span) =>
    m.start <= b.start && m.end >= b.end && m.end - m.start > b.end - b.start;
  const allBroad = matches(cl.broad, text);
  const broadSpans = allBroad.filter((b) => !metricSpans.some((m) => holds(m, b)));
  const metric = metricSpans.some(
    (m) =>
      // A possessor is no metric: "the store's professionalism", "门店的专业度".
      !POSSESSOR.test(text.slice(m.end, m.end + 3)) &&
      !broadSpans.some(
        (b) => b.start <= m.start && b.end >= m.end && b.end - b.start > m.end - m.start,
      ),
  );
  if (metric) return true;
  const hadBroad = broadSpans.length > 0;
  // "интервью с клиентами": an unknown head before a scope, the broad words only inside the scope,
  // names a concrete thing for someone; "работа с клиентами" (a broad head) does not.
  const scopeAt = hadBroad && cl.lex.spaced ? first(cl.scope, text) : null;
  if (
    scopeAt &&
    scopeAt.start > 0 &&
    !broadSpans.some((b) => b.start < scopeAt.start) &&
    /\p{L}{2,}/u.test(
      text
        .slice(0, scopeAt.start)
        .replace(cl.vague.S, ' ')
        .replace(cl.vague.M, ' ')
        .replace(cl.fillers, ' ')
        .replace(/[\p{P}\p{S}\d]+/gu, ' '),
    )
  )
    return true;
  let rest = text;
  // Such a metric word is a possessor here ("服务器的…"): all of it goes, not only its broad part.
  if (broadSpans.length < allBroad.length)
    for (const m of metricSpans)
      if (allBroad.some((b) => holds(m, b)))
        rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  rest = rest
    .replace(cl.vague.S, ' ')
    .replace(cl.vague.M, ' ')
    .replace(cl.vague.T, ' ')
    .replace(cl.broad, ' ')
    .replace(cl.fillers, ' ');
  rest = rest
    .replace(PUNCT_EDGE, '')
    .replace(/[\p{P}\p{S}\d]+/gu, ' ')
    .trim();
  if (!rest) return false;
  // An unknown word is specific unless it is an abstract head noun ("our responsiveness").
  const abstract = hadBroad ? null : abstractHead(original, rest, cl);
  if (abstract !== null) rest = abstract;
  else if (!hadBroad)
    return cl.lex.spaced ? /\p{L}{2,}/u.test(rest) : [...rest.replace(/\s/g, '')].length >= 2;
  // A broad aim becomes specific when a scope narrows it ("among Gen-Z on Instagram").
  cl.scope.lastIndex = 0;
  const scope = cl.scope.exec(rest);
  cl.scope.lastIndex = 0;
  if (!scope) return false;
  const after = rest
    .slice(scope.index + scope[0].length)
    .replace(cl.scope, ' ')
    .trim();
  return cl.lex.spaced ? /\p{L}{2,}/u.test(after) : [...after.replace(/\s/g, '')].length >= 2;
}

type Lex = CompiledLexicon['lex'];

/**
 * A getter for an optional regex source of the lexicon, compiled once per lexicon (`wrap` adds
 * the anchors its use needs); null when the lexicon has none.
 */
function lexiconPattern(
  source: (lex: Lex) => string | undefined,
  wrap: (source: string, lex: Lex) => string = (s) => s,
): (cl: CompiledLexicon) => RegExp | null {
  const compiled = new WeakMap<Lex, RegExp | null>();
  return (cl) => {
    let re = compiled.get(cl.lex);
    if (re === undefined) {
      const src = source(cl.lex);
      re = src ? new RegExp(wrap(src, cl.lex), 'u') : null;
      compiled.set(cl.lex, re);
    }
    return re;
  };
}

const intentNotAfter = lexiconPattern(
  (lex) => lex.intentNotAfter,
  (s) => `(?:${s})$`,
);
const reportedNotAfter = lexiconPattern(
  (lex) => lex.reportedNotAfter,
  (s) => `(?:${s})$`,
);
const moreBeforeAction = lexiconPattern(
  (lex) => lex.moreBeforeAction,
  (s) => `(?:${s})$`,
);
const forecastSubjectRe = lexiconPattern(
  (lex) => lex.forecastSubject?.subject,
  (s) => `(?:${s})$`,
);
const limitRe = lexiconPattern((lex) => lex.limitPattern);
const metricHeaderRe = lexiconPattern(
  (lex) => lex.metricHeader,
  (s) => `^(?:${s})`,
);
const targetBoundRe = lexiconPattern(
  (lex) => lex.targetBound,
  (s) => `^(?:${s})$`,
);
const countScopeBeforeRe = lexiconPattern(
  (lex) => lex.countScope?.before,
  (s) => `(?:${s})$`,
);
const countScopeAfterRe = lexiconPattern(
  (lex) => lex.countScope?.after,
  (s) => `^(?:${s})`,
);
const moneyVerbRe = lexiconPattern(
  (lex) => lex.moneyVerbs,
  (s) => `^(?:${s})`,
);
const deliveryRe = lexiconPattern(
  (lex) => lex.deliveryPattern,
  (s) => `^(?:${s})$`,
);
const abstractRe = lexiconPattern(
  (lex) => lex.abstractPattern,
  (s, lex) => (lex.spaced ? `^(?:${s})$` : `(?:${s})$`),
);

function forecastSubject(cl: CompiledLexicon, lc: string, start: number, intent: Span): boolean {
  const f = cl.lex.forecastSubject;
  if (!f || !lc.startsWith(f.marker, intent.start)) return false;
  return !!forecastSubjectRe(cl)?.test(lc.slice(start, intent.start));
}

/** What may follow a plan item's final verb in Chinese: its recipient ("提交给发行商", "提交至科研处"). */
const RECIPIENT_TAIL = /^(?:给|至|到)\p{Script=Han}{1,8}$/u;
/** A level or a standard reached, after a plan item's final verb ("达到行业领先水平"). */
const LEVEL_TAIL = /^\p{Script=Han}{0,8}(?:水平|标准|要求)$/u;
/** A verb that holds its own 给 ("报给老板", "寄给客户"): the recipient follows directly. */
const recipientAfter = (verb: string, tail: string) =>
  RECIPIENT_TAIL.test(tail) || (verb.endsWith('给') && /^\p{Script=Han}{1,8}$/u.test(tail));

/** The action and its object match the lexicon's `deliveryPattern` ("新增导出CSV功能"). */
function deliversFeature(
  cl: CompiledLexicon,
  lc: string,
  action: Span,
  metric: Span | null,
): boolean {
  if (!metric || metric.start < action.end) return false;
  return !!deliveryRe(cl)?.test(lc.slice(action.start, metric.end));
}

/**
 * The rest of a metric phrase (fillers and vague words gone) whose head noun is abstract
 * ("responsiveness", "compliance maturity", "部门之间的协同性"), with the abstract words removed so
 * only a scope can still narrow it; null when the head is concrete or the phrase carries a name
 * or number ("the Salesforce integration", "v2 migration").
 */
function abstractHead(original: string, rest: string, cl: CompiledLexicon): string | null {
  const re = abstractRe(cl);
  if (!re || /\d/.test(original)) return null;
  // A name narrows it: a capital after the first letter, or Latin letters in Chinese ("ISO").
  if (cl.lex.spaced ? /\p{Lu}/u.test(original.trim().slice(1)) : /[A-Za-z]/.test(original))
    return null;
  if (!cl.lex.spaced) return re.test(rest) ? rest.replace(re, '') : null;
  const words = rest.split(/\s+/);
  const firstScope = words.findIndex((w) => has(cl.scope, w));
  const head = (firstScope > 0 ? words.slice(0, firstScope) : words)
    .filter((w) => !has(cl.scope, w))
    .at(-1);
  if (!head || !re.test(head)) return null;
  return words.filter((w) => !re.test(w)).join(' ');
}

/**
 * One unit as the steps of `extract` see it: its text and lowercase copy, its times and amounts,
 * and the components found so far (`add` appends one).
 */
interface Scan {
  text: string;
  lc: string;
  cl: CompiledLexicon;
  times: TimeHit[];
  quantities: QuantityHit[];
  components: Component[];
  add: (c: Omit<Component, 'text'>) => void;
}

/** A "from X to Y" change: its two amounts and its span. */
interface FromTo {
  from: QuantityHit;
  to: QuantityHit;
  span: Span;
}

/**
 * Units longer than this are prose, a pasted log or a table, not a goal statement: they are
 * judged "not a goal" without extraction, which keeps analysis linear in the input size.
 * The longest goal in the corpora is about 250 characters.
 */
export const MAX_GOAL_LENGTH = 1000;

/**
 * `full: false` skips component extraction for units that are no goal (only dates, amounts and
 * history are kept, for the next sentence's Achievable check): most prose is no goal.
 */
export function extract(
  text: string,
  cl: CompiledLexicon,
  today: CivilDate,
  carried: History | null,
  full = true,
): Facts {
  if (text.length > MAX_GOAL_LENGTH) {
    return {
      text,
      role: 'plain',
      labelEnd: 0,
      cues: [{ id: 'too-long', weight: 0, span: { start: 0, end: text.length } }],
      score: 0,
      goal: false,
      clauses: [],
      components: [],
      action: null,
      metric: null,
      history: null,
      targetRate: null,
      criteria: { S: false, M: false, T: false, A: 'unknown' },
    };
  }
  const cues: Cue[] = [];
  const components: Component[] = [];
  // Explicit fields, not a spread: this runs for every component of every unit.
  const add = (c: Omit<Component, 'text'>) => {
    const out: Component = {
      kind: c.kind,
      span: c.span,
      text: text.slice(c.span.start, c.span.end),
    };
    if (c.time) out.time = c.time;
    if (c.quantity) out.quantity = c.quantity;
    if (c.criterion) out.criterion = c.criterion;
    components.push(out);
  };

  // Label ("KR2:", "Objective:", "目标：").
  const lc = lowerSameLength(text);
  // "GMV目标：3000万", "拣货准确率：目标99.8%": a header that names its metric is a goal label too.
  // Listed headers match first; "营收目标：" still names its metric.
  const listed = cl.label.exec(lc);
  const header = metricHeaderRe(cl)?.exec(lc);
  const label = listed ?? header;
  const labelEnd = label ? label[0].length : 0;
  const headerMetricEnd =
    header && header[0].length === labelEnd
      ? (header.groups?.m1 ?? header.groups?.m2 ?? '').length
      : 0;
  let role: Facts['role'] = 'plain';
  if (label) {
    if (cl.labelKind.keyResult.test(lc)) role = 'key-result';
    else if (cl.labelKind.objective.test(lc)) role = 'objective';
    cues.push({ id: 'label', weight: W.label, span: { start: 0, end: labelEnd } });
    add({ kind: 'label', span: { start: 0, end: labelEnd } });
  }

  // Times inside a label count ("Q3 goal:", "Задача на квартал:"); amounts there do not ("KR1").
  const times = findTimes(text, cl, today, lc);
  const quantities = findQuantities(text, cl, [{ start: 0, end: labelEnd }, ...times], lc);
  // Amounts are protected like dates: "10 тыс. руб." holds periods that are no clause ends.
  const clauseSpans = splitClauses(text, labelEnd, times, quantities);
  const scan: Scan = { text, lc, cl, times, quantities, components, add };

  // Cues per clause: a plan in one clause survives history in another.
  const { clauses, heads, initial } = scoreClauses(scan, clauseSpans, !!label, cues);

  unitCues(scan, labelEnd, !!label, heads, clauses, cues);

  let best = clauses.length ? -Infinity : 0;
  for (const c of clauses) best = Math.max(best, c.score);
  const unitWeight = cues.filter((c) => UNIT_CUES.has(c.id)).reduce((a, c) => a + c.weight, 0);
  const score = Math.round((best + unitWeight) * 100) / 100;
  const goal = score >= GOAL_THRESHOLD;

  // Components. Time and amounts in past clauses are history; elsewhere deadlines and targets.
  const inPast = (s: Span) => clauses.some((c) => c.past && inside(s, c));
  const goalClauses = clauses.filter((c) => !c.past);
  for (const t of times)
    add({
      kind: inPast(t) || t.value.kind === 'past' ? 'history' : 'deadline',
      span: t,
      time: t.value,
    });
  if (!goal && !full) {
    for (const q of quantities) if (inPast(q)) add({ kind: 'history', span: q, quantity: q.value });
    const history = ownHistory(text, clauses, components);
    return {
      text,
      role,
      labelEnd,
      cues,
      score,
      goal,
      clauses,
      components,
      action: null,
      metric: null,
      history,
      targetRate: null,
      criteria: { S: false, M: false, T: false, A: 'unknown' },
    };
  }

  const fromTo = addAmounts(scan, goalClauses, inPast);

  const { action, coverObject } = findAction(scan, clauses, initial);
  if (action) add({ kind: 'action', span: action });

  // Vague words: in a goal's plan clauses; in all text when the unit is no goal (flagOutsideGoals).
  addVagueWords(scan, goal ? goalClauses : clauses, goal, action);

  const goalClause = findGoalClause(scan, goalClauses, action);

  const metric = goalClause
    ? findMetric(scan, goalClause, goalClauses, clauses, heads, action, coverObject, fromTo)
    : null;
  sortSmall(components, bySpan);

  // History: a stated recent rate, in this unit or carried from the sentence before.
  const history = ownHistory(text, clauses, components) ?? carried;
  const { S, M } = judgeSpecificMeasurable(scan, metric, action, history, headerMetricEnd);
  const deadlines = components.filter((x) => x.kind === 'deadline');
  const T = deadlines.length > 0;
  const { verdict: A, target: achievableTarget } = judgeAchievable(history, components, today);
  return {
    text,
    role,
    labelEnd,
    cues: sortSmall(cues, bySpanStart),
    score,
    goal,
    clauses,
    components,
    action,
    metric,
    history,
    targetRate: achievableTarget,
    criteria: { S, M, T, A },
  };
}

/** Scores each clause: its plan cues against history, status and forecast (`cues` gets them). */
function scoreClauses(
  scan: Scan,
  clauseSpans: Span[],
  hasLabel: boolean,
  cues: Cue[],
): { clauses: Clause[]; heads: number[]; initial: (Action | null)[] } {
  const { text, lc, cl, times, quantities } = scan;
  const clauses: Clause[] = [];
  const heads: number[] = [];
  /** The clause-initial action of each clause, found while scoring it. */
  const initial: (Action | null)[] = [];
  for (const [k, span] of clauseSpans.entries()) {
    // The clause right after a goal/KR label is the plan itself, even in the present tense.
    const labelled = hasLabel && k === 0;
    let head = clauseHead(text, lc, span, cl, times);
    // Where the clause's subject starts, past a front-loaded time ("đến hết ngày 20/12 kho sẽ…").
    const subjectAt = head;
    const local: Cue[] = [];
    let positive = 0;
    // "Anna to publish…", but not "Click Save to…" or "Reduce churn to 3%": a name is no verb.
    const rest = lc.slice(head, span.end);
    const delegated =
      cl.delegation && !cl.uiVerbAtStart.test(rest) && !cl.actionAtStart.test(rest)
        ? cl.delegation.exec(text.slice(head, span.end))
        : null;
    if (delegated) {
      local.push({
        id: 'delegation',
        weight: W.intent,
        span: { start: head, end: head + delegated[0].length },
      });
      positive = W.intent;
      head += delegated[0].length;
      // "@王磊 周四前把…": a deadline may stand between the name and the task.
      head = clauseHead(text, lc, { start: head, end: span.end }, cl, times);
    }
    // "向财务部提交…", "通过 SEO 提升…": the verb follows a preposition's phrase.
    let verbAt = head;
    const prep = cl.prepositionAtStart?.exec(lc.slice(head, span.end));
    if (prep) {
      const own = cl.actionAtStart.exec(lc.slice(head, span.end));
      const verb =
        !own || own[1] === prep[0]
          ? matches(cl.action, lc, head + prep[0].length, span.end).find(
              (h) => !nounOrPast(text, lc, h.start, h.end, cl),
            )
          : undefined;
      if (verb) verbAt = verb.start;
    }
    heads.push(head);
    let imp = cl.actionAtStart.exec(lc.slice(verbAt, span.end));
    // "上周新增注册用户 3200 人": after a past time, a bare verb reports what happened.
    if (imp && times.some((t) => t.value.kind === 'past' && t.start >= span.start && t.end <= head))
      imp = null;
    // "Doanh thu tháng 10 đạt 3 tỷ, tăng 15%": after a report, a bare change and its amount go on
    // reporting ("…, vượt 8% so với kế hoạch", "…, tăng 8% so với tháng 4"); with a time of its
    // own that is not past ("…, tháng này tăng 8%") the clause is a new frame.
    if (
      imp &&
      clauses[k - 1]?.past &&
      !times.some((t) => inside(t, span) && t.value.kind !== 'past') &&
      (amountOnly(text, verbAt + imp[0].length, span.end, quantities) ||
        amountFirst(text, lc, verbAt + imp[0].length, quantities, cl))
    )
      imp = null;
    // "Support closed 1,240 tickets": a verb-looking noun followed by the real (past) verb.
    if (imp && imp[1] && subjectNoun(text, lc, verbAt + imp[0].length, span.end, cl)) imp = null;
    // "To boost productivity, many teams adopt OKRs": a purpose opener before another clause.
    const opener =
      k < clauseSpans.length - 1 && !!cl.purposeAtStart?.test(lc.slice(span.start, span.end));
    if (imp && opener) imp = null;
    // A clause that is only the verb ("Update:", "Review") is a heading or a noun, not an order;
    // an adverb before it makes it one ("Больше зарабатывать", "Меньше тратить").
    if (
      imp &&
      !/[\p{L}\p{N}]/u.test(text.slice(verbAt + imp[0].length, span.end)) &&
      !cl.connectorsAtStart.exec(
        lc.slice(span.start, verbAt).replace(/^[\s\p{P}\p{S}]+/u, ''),
      )?.[0] &&
      !cl.lex.verbFinalPlans
    )
      imp = null;
    // A verb in a noun ("完成率 96%") or a completed one ("完成了") is no order.
    if (
      imp &&
      imp[1] &&
      nounOrPast(text, lc, verbAt + imp[0].length - imp[1].length, verbAt + imp[0].length, cl)
    )
      imp = null;
    if (imp && imp[1]) {
      const s = verbAt + imp[0].length - imp[1].length;
      local.push({
        id: 'imperative',
        weight: W.imperative,
        span: { start: s, end: verbAt + imp[0].length },
      });
      positive = W.imperative;
      initial.push({ start: s, end: verbAt + imp[0].length, kind: actionKind(cl, imp[1]) });
    } else initial.push(null);
    // Chinese plan items often end in their verb: "官网改版上线", "客服流程优化".
    if (positive === 0 && cl.lex.verbFinalPlans) {
      const body = lc.slice(span.start, span.end).replace(/[\s\p{P}]+$/u, '');
      const verbs = matches(cl.action, body);
      // "提交给发行商": a verb inside the recipient (发行) is not the final verb.
      const last =
        verbs.find(
          (v) =>
            v.end < body.length && recipientAfter(body.slice(v.start, v.end), body.slice(v.end)),
        ) ?? verbs.pop();
      const past =
        first(cl.past, lc, span.start, span.end) ??
        first(cl.pastMarkers, lc, span.start, span.end) ??
        first(cl.status, lc, span.start, span.end);
      if (
        last &&
        (last.end === body.length ||
          amountOnly(text, span.start + last.end, span.end, quantities) ||
          // "Alpha版本在Q2末提交给发行商": a recipient may follow the final verb.
          recipientAfter(body.slice(last.start, last.end), body.slice(last.end)) ||
          // "明年服务水平达到行业领先水平": a level or a standard may follow the final verb, when
          // the clause names its time (without one, "产品质量达到国家标准" may be a claim).
          (LEVEL_TAIL.test(body.slice(last.end)) &&
            times.some((t) => inside(t, span) && t.value.kind !== 'past'))) &&
        last.start > 0 &&
        body[last.start - 1] !== '的' &&
        !past
      ) {
        local.push({
          id: 'verb-final',
          weight: W.imperative,
          span: { start: span.start + last.start, end: span.start + last.end },
        });
        positive = W.imperative;
      }
    }
    let intent = first(cl.intent, lc, span.start, span.end);
    if (intent && intentNotAfter(cl)?.test(lc.slice(span.start, intent.start)))
      intent = first(cl.intent, lc, intent.end, span.end);
    // "Hệ thống sẽ bảo trì…", "市场份额将进一步扩大": a thing as the subject of a bare future
    // marker forecasts or announces; nobody's aim, so no plan cue of this clause counts.
    const forecast = !!intent && forecastSubject(cl, lc, subjectAt, intent);
    if (forecast) {
      for (let i = local.length - 1; i >= 0; i--) if (local[i]!.weight > 0) local.splice(i, 1);
      local.push({ id: 'forecast', weight: W.generic, span: intent! });
      intent = null;
      positive = 0;
    }
    // "去年我们的目标是营收翻一番": a goal named after a past time is last period's goal, reported;
    // so is a change after a past time that opens the clause, with no other time ("去年工厂良品率
    // 提升到98.5%", "今年以来，平均住院日缩短至7.6天"), unlike a base ("在去年基础上提升2个百分点").
    if (intent && !cl.lex.spaced) {
      const named = lc.slice(intent.start, intent.end).includes('目标');
      const before = intent.start;
      const pastFirst = times.some(
        (t) =>
          t.value.kind === 'past' &&
          t.start >= span.start &&
          t.end <= before &&
          (named || !/[\p{L}\p{N}]/u.test(text.slice(span.start, t.start))),
      );
      if (pastFirst && (named || !times.some((t) => inside(t, span) && t.value.kind !== 'past')))
        intent = null;
    }
    if (intent) {
      local.push({ id: 'intent', weight: W.intent, span: intent });
      positive = Math.max(positive, W.intent);
    }
    const hedge = first(cl.hedges, lc, span.start, span.end);
    if (hedge) {
      local.push({ id: 'hedge', weight: W.hedge, span: hedge });
      positive = Math.max(positive, W.hedge);
    }
    const pastTime = times.find((t) => inside(t, span) && t.value.kind === 'past');
    const pastHit =
      first(cl.past, lc, span.start, span.end) ??
      first(cl.pastMarkers, lc, span.start, span.end) ??
      pastTime ??
      null;
    const past = !!pastHit && positive === 0 && !labelled;
    let score = forecast ? W.generic : positive;
    if (past && pastHit) {
      local.push({ id: 'past', weight: W.past, span: { start: pastHit.start, end: pastHit.end } });
      score += W.past;
    }
    const status = first(cl.status, lc, span.start, span.end);
    if (status && positive === 0 && !labelled) {
      local.push({ id: 'status', weight: W.status, span: status });
      score += W.status;
    }
    // A front-loaded deadline is a clause of its own: "By the end of May, 80% of managers…".
    const prev = k > 0 ? clauseSpans[k - 1]! : null;
    const frontTime =
      !!prev &&
      !/[\p{L}\p{N}]/u.test(text.slice(heads[k - 1]!, prev.end)) &&
      times.some((t) => inside(t, prev) && t.value.kind !== 'past');
    const futureTime =
      !past && (frontTime || times.some((t) => inside(t, span) && t.value.kind !== 'past'));
    const amount = !past && quantities.some((q) => inside(q, span));
    // A change stated with both ends and no verb is a key result: "Customer NPS from 30 to 45".
    const fromTo =
      positive === 0 &&
      !past &&
      !status &&
      !futureTime &&
      quantities.filter((q) => inside(q, span)).length >= 2
        ? first(cl.fromTo, text, span.start, Math.min(text.length, span.end + 1))
        : null;
    if (positive === 0 && !past && !status && futureTime && amount) {
      local.push({ id: 'target-with-deadline', weight: W.targetWithDeadline, span });
      score += W.targetWithDeadline;
    } else if (
      positive === 0 &&
      !past &&
      !status &&
      amount &&
      cl.lex.targetBound &&
      quantities.some(
        (q) =>
          inside(q, span) &&
          targetBoundRe(cl)!.test(text.slice(q.end, span.end).replace(/[\s\p{P}]+$/u, '')),
      )
    ) {
      // "城镇新增就业1200万人以上": an amount closed by a floor or a ceiling is a target.
      local.push({ id: 'target-bound', weight: W.targetWithDeadline, span });
      score += W.targetWithDeadline;
    } else if (fromTo && quantities.filter((q) => inside(q, fromTo)).length >= 2) {
      local.push({ id: 'target-from-to', weight: W.targetWithDeadline, span });
      score += W.targetWithDeadline;
    } else if (
      positive === 0 &&
      !past &&
      !status &&
      futureTime &&
      comparativeOpens(text, lc, span, cl)
    ) {
      // "Fewer bugs in production this quarter", "Меньше очередей у кассы к зиме": a comparative
      // opening a clause with a time of its own is a target, if a vague one.
      local.push({ id: 'comparative-with-deadline', weight: W.targetWithDeadline, span });
      score += W.targetWithDeadline;
    } else if (positive > 0 && futureTime) {
      score += W.futureTime;
    }
    clauses.push({ start: span.start, end: span.end, past, score, opener });
    cues.push(...local);
  }
  return { clauses, heads, initial };
}

/** Whole-unit cues that no plan outweighs: questions, reported speech, definitions, UI steps. */
function unitCues(
  scan: Scan,
  labelEnd: number,
  hasLabel: boolean,
  heads: number[],
  clauses: Clause[],
  cues: Cue[],
): void {
  const { text, lc, cl } = scan;
  const body = text.slice(labelEnd);
  const unitCue = (id: string, weight: number, span: Span) => cues.push({ id, weight, span });
  if (/[?？]\s*$/u.test(text))
    unitCue('question', W.question, { start: text.length - 1, end: text.length });
  else if (cl.questionStart.test(lc.slice(labelEnd)))
    unitCue('question-start', W.questionStart, { start: labelEnd, end: labelEnd + 1 });
  let reported = first(cl.reported, lc);
  if (
    reported &&
    reportedNotAfter(cl)?.test(lc.slice(Math.max(0, reported.start - 6), reported.start))
  )
    reported = first(cl.reported, lc, reported.end);
  if (reported) unitCue('reported', W.reported, reported);
  const definition = first(cl.definition, body); // anchored at the body's start: sliced on purpose
  if (definition && !hasLabel)
    unitCue('definition', W.definition, { start: labelEnd, end: text.length });
  // "看能不能把成本再压一压", "要是能把…": a generic phrase inside a hedge is part of the hedge.
  let generic = first(cl.generic, lc);
  while (generic && cues.some((c) => c.id === 'hedge' && inside(generic!, c.span)))
    generic = first(cl.generic, lc, generic.end);
  if (generic) unitCue('generic', W.generic, generic);
  // A UI step may follow its purpose: "To increase the limit, go to Settings."
  const uiHead = heads.find((h, k) => cl.uiVerbAtStart.test(lc.slice(h, clauses[k]!.end)));
  if (uiHead !== undefined && (has(cl.uiNoun, lc) || QUOTED.test(text) || KEY_COMBO.test(text))) {
    unitCue('ui-instruction', W.ui, { start: uiHead, end: text.length });
  }
}

/** Targets, baselines and history amounts, then the intent and hedge phrases of plan clauses. */
function addAmounts(scan: Scan, goalClauses: Clause[], inPast: (x: Span) => boolean): FromTo[] {
  const { text, lc, cl, quantities, components, add } = scan;
  const fromTo: FromTo[] = [];
  for (const c of goalClauses) {
    for (const hit of matches(cl.fromTo, text, c.start, c.end)) {
      const qs = quantities.filter((q) => inside(q, hit));
      if (qs.length >= 2) fromTo.push({ from: qs[0]!, to: qs[qs.length - 1]!, span: hit });
    }
  }
  const scopeBefore = countScopeBeforeRe(cl);
  const scopeAfter = countScopeAfterRe(cl);
  for (const q of quantities) {
    if (inPast(q)) {
      add({ kind: 'history', span: q, quantity: q.value });
      continue;
    }
    // "把两个部门的报表流程理顺": a count that scopes the object is no target.
    if (
      scopeBefore &&
      scopeAfter &&
      q.value.unit === 'count' &&
      scopeBefore.test(lc.slice(Math.max(0, q.start - 4), q.start)) &&
      scopeAfter.test(lc.slice(q.end, q.end + 12))
    )
      continue;
    const ft = fromTo.find((f) => f.from === q);
    const before = text.slice(Math.max(0, q.start - 24), q.start);
    const level = !!ft || fromTo.some((f) => f.to === q) || cl.targetTo.test(before);
    const relative =
      q.value.unit === 'multiplier' ||
      q.value.relative ||
      (!level && (q.value.unit === 'percent' || cl.targetBy.test(before)));
    add({
      kind: ft ? 'baseline' : 'target',
      span: q,
      quantity: { value: q.value.value, unit: q.value.unit, relative: !ft && relative },
    });
  }

  for (const c of goalClauses) {
    for (const h of matches(cl.intent, lc, c.start, c.end)) add({ kind: 'intent', span: h });
    for (const h of matches(cl.hedges, lc, c.start, c.end)) {
      if (!components.some((x) => x.kind === 'intent' && overlaps(x.span, h)))
        add({ kind: 'hedge', span: h });
      else {
        // A hedge that is also an intent phrase ("we'd like to") is reported as the hedge.
        const i = components.findIndex((x) => x.kind === 'intent' && overlaps(x.span, h));
        components.splice(i, 1);
        add({ kind: 'hedge', span: h });
      }
    }
  }
  return fromTo;
}

/** The action: the verb a plan clause starts with, else the first action after an intent. */
function findAction(
  scan: Scan,
  clauses: Clause[],
  initial: (Action | null)[],
): { action: Action | null; coverObject: number } {
  const { text, lc, cl, times, quantities, components } = scan;
  let action = initial.find((a, k) => a && !clauses[k]!.past) ?? null;
  // A purpose or reason opener holds no plan ("Given how many leads go cold, the team should
  // follow up…"): its verbs are tried last.
  const order = clauses.some((c) => c.opener)
    ? [...clauses.filter((c) => !c.opener), ...clauses.filter((c) => c.opener)]
    : clauses;
  for (let k = 0; k < order.length && !action; k++) {
    const c = order[k]!;
    if (c.past) continue;
    // After an intent phrase, its verb ("Tỷ lệ mở email cần cải thiện": cải thiện, not mở).
    const intentEnd =
      components.find((x) => (x.kind === 'intent' || x.kind === 'hedge') && inside(x.span, c))?.span
        .end ?? c.start;
    const candidates = matches(cl.action, lc, c.start, c.end).filter(
      (h) =>
        !components.some((x) => overlaps(x.span, h) && x.kind !== 'intent') &&
        !nounOrPast(text, lc, h.start, h.end, cl),
    );
    // A passive may share its "be" with the intent ("must be reduced").
    const a = candidates.find((h) => h.end > intentEnd) ?? candidates[0];
    if (a) action = { start: a.start, end: a.end, kind: actionKind(cl, lc.slice(a.start, a.end)) };
  }
  // "把订单系统迁移到云上": 把 only introduces the object; the action is the verb after it.
  let coverObject = -1;
  if (action && cl.coverbs?.test(lc.slice(action.start, action.end))) {
    const from = action.end;
    const clause = clauses.find((c) => from >= c.start && from <= c.end);
    const verbs = clause
      ? matches(cl.action, lc, from, clause.end).filter(
          (h) =>
            !cl.coverbs!.test(lc.slice(h.start, h.end)) &&
            !nounOrPast(text, lc, h.start, h.end, cl),
        )
      : [];
    // The object comes first, so its own verbs do too ("把客服首次响应时间缩短到…"): the action
    // is the last verb before the amount or date it governs.
    const limit = Math.min(
      clause?.end ?? from,
      ...[...quantities, ...times].filter((x) => x.start >= from).map((x) => x.start),
    );
    const governing = limit < (clause?.end ?? from) ? verbs.filter((h) => h.end <= limit) : [];
    // With nothing after the object, its verb comes last ("把新员工培训落实到位"), unless only a
    // one-character verb does, which may sit inside a noun (发 of "投入到产品研发上").
    const last = verbs.findLast((v) => v.end - v.start > 1) ?? verbs[verbs.length - 1];
    const next = governing.pop() ?? last;
    if (next) coverObject = from;
    if (next)
      action = {
        start: next.start,
        end: next.end,
        kind: actionKind(cl, lc.slice(next.start, next.end)),
      };
  }
  return { action, coverObject };
}

/** Vague words of the given clauses (longest phrase first), where no other component is. */
function addVagueWords(scan: Scan, clauses: Clause[], goal: boolean, action: Action | null): void {
  const { lc, cl, components, add } = scan;
  for (const c of clauses) {
    if (goal && c.opener) continue;
    // The longest phrase wins across criteria: "at some point" is no "some".
    const hits: (Span & { crit: (typeof VAGUE_CRITERIA)[number] })[] = [];
    for (const crit of VAGUE_CRITERIA)
      for (const h of matches(cl.vague[crit], lc, c.start, c.end))
        hits.push({ start: h.start, end: h.end, crit });
    for (const h of hits.length > 1 ? sortSmall(hits, longestFirst) : hits) {
      if (action && overlaps(h, action)) continue;
      if (
        components.some(
          (x) =>
            (x.kind === 'deadline' ||
              x.kind === 'target' ||
              x.kind === 'baseline' ||
              x.kind === 'vague') &&
            overlaps(x.span, h),
        )
      )
        continue;
      // "huy động thêm 3,5 tỷ": a word that leads an amount is no vague amount.
      if (
        cl.amountLeadsAtStart?.test(lc.slice(h.start, h.end)) &&
        components.some(
          (x) => x.kind === 'target' && x.span.start >= h.end && x.span.start - h.end <= 2,
        )
      )
        continue;
      add({ kind: 'vague', span: { start: h.start, end: h.end }, criterion: h.crit });
    }
  }
}

/**
 * The clause that carries the plan: its action's, else the one with the intent or the amount
 * ("Primarily, we want 90% of filings on time": not the opener). Adds its method.
 */
function findGoalClause(
  scan: Scan,
  goalClauses: Clause[],
  action: Action | null,
): Clause | undefined {
  const { text, lc, cl, components, add } = scan;
  const holds = (kinds: string[]) => (c: Clause) =>
    components.some((x) => kinds.includes(x.kind) && inside(x.span, c));
  let goalClause =
    (action && goalClauses.find((c) => inside(action!, c))) ??
    goalClauses.find(holds(['intent', 'hedge'])) ??
    goalClauses.find(holds(['target', 'baseline'])) ??
    // Else the clause that made it a goal ("Q3: better onboarding", not "Q3").
    goalClauses.reduce<Clause | undefined>((a, c) => (a && a.score >= c.score ? a : c), undefined);
  // "Хочу, чтобы подписчиков было больше": an intent alone in its clause governs the next one.
  if (goalClause && !action) {
    const said = components.filter(
      (x) => (x.kind === 'intent' || x.kind === 'hedge') && inside(x.span, goalClause!),
    );
    const next = goalClauses[goalClauses.indexOf(goalClause) + 1];
    const after = Math.max(goalClause.start, ...said.map((x) => x.span.end));
    if (said.length && next && !/[\p{L}\p{N}]/u.test(text.slice(after, goalClause.end)))
      goalClause = next;
  }
  // "Сделать так, чтобы заявки попадали в CRM": a verb with only fillers after it, then a clause
  // opened by a filler ("чтобы"), acts on that clause.
  const nextClause = goalClause && goalClauses[goalClauses.indexOf(goalClause) + 1];
  if (
    action &&
    nextClause &&
    inside(action, goalClause!) &&
    /^\s*,\s*$/u.test(text.slice(goalClause!.end, nextClause.start)) &&
    !/[\p{L}\p{N}]/u.test(lc.slice(action.end, goalClause!.end).replace(cl.fillers, '')) &&
    /[\p{L}]/u.test(lc.slice(action.end, goalClause!.end)) &&
    fillerLeads(lc.slice(nextClause.start, nextClause.start + 16), cl)
  )
    goalClause = nextClause;
  if (goalClause) {
    const method = first(cl.method, text, action ? action.end : goalClause.start, goalClause.end);
    if (method) {
      const stop = components.find(
        (x) => x.kind === 'deadline' && x.span.start > method.end && x.span.start < goalClause.end,
      );
      const end = stop ? stop.span.start : goalClause.end;
      const span = { start: method.start, end };
      while (span.end > span.start && isSpaceOrPunct(text[span.end - 1]!)) span.end--;
      if (span.end > method.end) add({ kind: 'method', span });
    }
  }
  return goalClause;
}

/** The metric: what the action acts on, up to the first other component (added when found). */
function findMetric(
  scan: Scan,
  goalClause: Clause,
  goalClauses: Clause[],
  clauses: Clause[],
  heads: number[],
  action: Action | null,
  coverObject: number,
  fromTo: FromTo[],
): Span | null {
  const { text, lc, cl, components, add } = scan;
  let metric: Span | null = null;
  const from =
    action && inside(action, goalClause)
      ? action.end
      : Math.max(goalClause.start, heads[clauses.indexOf(goalClause)] ?? goalClause.start);
  let start = from;
  // The components in text order, sorted once: none is added until the metric below.
  const ordered = sortSmall([...components], bySpanStart);
  // Skip intent/hedge words between the clause head and the metric ("we want ROAS above 4x").
  for (const x of ordered) {
    const skippable =
      (x.kind === 'intent' || x.kind === 'hedge') &&
      x.span.start >= from - 1 &&
      !(action && overlaps(x.span, action));
    if (skippable && x.span.start <= start + 1 && x.span.end > start) start = x.span.end;
  }
  // "thu hút thêm 500 khách": a particle between the verb and its amount.
  if (action && start === action.end && cl.amountLeadsAtStart) {
    const lead = cl.amountLeadsAtStart.exec(lc.slice(start, goalClause.end));
    if (lead) start += lead[0].length;
  }
  const stops = components
    .filter(
      (x) =>
        x.kind !== 'action' &&
        x.kind !== 'label' &&
        x.span.start >= start &&
        x.span.start < goalClause.end &&
        !(x.kind === 'vague' && x.criterion !== 'T'),
    )
    .map((x) => x.span.start);
  for (const f of fromTo) if (f.span.start >= start) stops.push(f.span.start);
  let end = Math.min(goalClause.end, ...stops);
  const region = text.slice(start, end);
  const tail = cl.targetTo.exec(region) ?? cl.targetBy.exec(region);
  // ("涨粉破5000": in Chinese a target word alone after the verb leaves no metric there.)
  // With no verb, a bound alone before the amount leaves no metric there either ("Under 2%
  // defect rate…", "Fewer than 5 complaints per…"): the metric follows the amount.
  const bound = tail && tail.index === 0 && cl.lex.spaced && !action ? end : -1;
  if (tail && (tail.index > 0 || !cl.lex.spaced || bound >= 0)) end = start + tail.index;
  metric = trim(text, start, end);
  // "Hire two senior engineers", "Close USD 40k in new deals", "Send a weekly status email":
  // when only fillers precede an amount or a cadence, the metric follows it.
  const onlyFillers =
    !metric ||
    !lc
      .slice(metric.start, metric.end)
      .replace(cl.fillers, '')
      .replace(/[\s\p{P}]/gu, '');
  // "Giảm từ 20 đến 25% số ca…": a range opened by its own preposition leads as well.
  const near = (metric?.end ?? (bound >= 0 ? bound : start)) + 2;
  const range = onlyFillers
    ? fromTo.find((f) => f.span.start >= start && f.span.start <= near)
    : undefined;
  const lead = onlyFillers
    ? components.find(
        (x) =>
          (x.kind === 'target' || x.kind === 'baseline' || x.kind === 'deadline') &&
          x.span.start >= start &&
          x.span.start <= (range ? range.from.start : near),
      )
    : undefined;
  if (onlyFillers && lead) {
    // "Close 10-15 new deals": the metric follows the whole range.
    let leadEnd = lead.span.end;
    for (const x of ordered)
      if (
        (x.kind === 'target' || x.kind === 'baseline') &&
        lead.kind !== 'deadline' &&
        x.span.start >= leadEnd &&
        RANGE_GAP.test(text.slice(leadEnd, x.span.start))
      )
        leadEnd = x.span.end;
    // "实现全年零投诉": a time frame and then the amount both precede the metric (Chinese).
    if (lead.kind === 'deadline' && !cl.lex.spaced) {
      const amount = components.find(
        (x) =>
          (x.kind === 'target' || x.kind === 'baseline') &&
          x.span.start >= leadEnd &&
          /^\s*$/u.test(text.slice(leadEnd, x.span.start)),
      );
      if (amount) leadEnd = amount.span.end;
    }
    const next = Math.min(
      goalClause.end,
      ...components
        .filter(
          (x) =>
            x.span.start >= leadEnd &&
            x.kind !== 'metric' &&
            !(x.kind === 'vague' && x.criterion !== 'T'),
        )
        .map((x) => x.span.start),
    );
    metric = trim(text, leadEnd, next);
  }
  // Nothing but fillers or vague words after the verb, or only its recipient ("提交给发行商"):
  // the metric is before it.
  const empty =
    !metric ||
    (!cl.lex.spaced && RECIPIENT_TAIL.test(text.slice(metric.start, metric.end))) ||
    !lc
      .slice(metric.start, metric.end)
      .replace(cl.vague.M, '')
      .replace(cl.vague.T, '')
      .replace(cl.fillers, '')
      .replace(/[\s\p{P}]/gu, '');
  // "付费会员达到 2 万人": a measure word after the amount names nothing; the noun before the verb does.
  const weak =
    !cl.lex.spaced && !!lead && !!metric && !isSpecific(text.slice(metric.start, metric.end), cl);
  if (action && ((empty && !(metric && lead)) || weak)) {
    // Chinese and Russian often put the metric before the verb: "把流失率降到3%", "выручку увеличить".
    let s = heads[clauses.indexOf(goalClause)] ?? goalClause.start;
    for (const x of ordered) {
      if (
        ['intent', 'hedge', 'deadline', 'label'].includes(x.kind) &&
        x.span.start <= s + 1 &&
        x.span.end > s &&
        x.span.end <= action.start
      )
        s = x.span.end;
    }
    const before = trim(text, s, action.start);
    if (!weak || (before && isSpecific(text.slice(before.start, before.end), cl)))
      metric = before ?? metric;
  }
  // "把新版报价单发给客户": the object sits between the coverb and its verb.
  const object =
    action && coverObject >= 0 && coverObject < action.start
      ? trim(text, coverObject, action.start)
      : null;
  if (object && isSpecific(text.slice(object.start, object.end), cl)) metric = object;
  // "Average order value: $60 by June", "Конверсия в оплату — 3% к концу квартала": with no verb,
  // a bare noun phrase before a colon or a dash names what the amount measures; with a verb and
  // nothing after it, what it acts on ("Лендинг акции — запустить до 1 марта"), if it is a
  // phrase or a known metric, not a lone adverb ("Важно: запустить до марта").
  const at = goalClauses.indexOf(goalClause);
  const opener = at > 0 ? goalClauses[at - 1]! : null;
  if (
    opener &&
    (!action ||
      (empty &&
        !(metric && lead) &&
        (/\S\s+\S/u.test(text.slice(opener.start, opener.end).trim()) ||
          !!first(cl.metrics, lc, opener.start, opener.end)))) &&
    (!metric || !isSpecific(text.slice(metric.start, metric.end), cl)) &&
    /^\s*[:：—–-]\s*$/u.test(text.slice(opener.end, goalClause.start)) &&
    !components.some((x) => x.kind !== 'metric' && overlaps(x.span, opener))
  )
    metric = trim(text, opener.start, opener.end) ?? metric;
  if (metric) add({ kind: 'metric', span: metric });
  return metric;
}

/** Specific and Measurable, from the metric, the action and the amounts of a goal. */
function judgeSpecificMeasurable(
  scan: Scan,
  metric: Span | null,
  action: Action | null,
  history: History | null,
  headerMetricEnd: number,
): { S: boolean; M: boolean } {
  const { text, lc, cl, components } = scan;
  const metricText = metric ? text.slice(metric.start, metric.end) : '';
  // The metric of a goal header without the times inside it ("双十一GMV目标：" names GMV).
  const headerMetric = () => {
    let m = text.slice(0, headerMetricEnd);
    for (const x of components)
      if (x.kind === 'deadline' && x.span.start < headerMetricEnd)
        m =
          m.slice(0, x.span.start) +
          ' '.repeat(Math.min(x.span.end, headerMetricEnd) - x.span.start) +
          m.slice(Math.min(x.span.end, headerMetricEnd));
    return m;
  };
  const S =
    isSpecific(metricText, cl) ||
    // "phủ sóng sản phẩm tại 300 điểm bán ở miền Trung": a scope word that ends the metric right
    // before a count takes the counted noun phrase as its object, which narrows the aim.
    (!!metric && scopeThroughCount(text, lc, metric, components, cl)) ||
    // "grow it 10%" after "Revenue has risen 6%": the metric lives in the history clause.
    (!!history &&
      history.text !== '' &&
      isSpecific(history.metricText, cl) &&
      !isSpecific(lowerSameLength(metricText).replace(cl.broad, ''), cl)) ||
    // "每天跑 5 公里": the measure word of a count names what is counted.
    components.some(
      (x) => x.kind === 'target' && x.quantity?.unit === 'count' && isSpecific(x.text, cl),
    ) ||
    // "Hit 100 customers by June": a count right before the metric says it names what is counted.
    (!!metric &&
      !first(cl.vague.S, lc, metric.start, metric.end) &&
      components.some(
        (x) =>
          x.kind === 'target' &&
          x.quantity?.unit === 'count' &&
          x.quantity.value !== 1 &&
          x.span.end <= metric!.start &&
          !/[^\s]/u.test(text.slice(x.span.end, metric!.start)),
      )) ||
    // "Earn £60k in 2027", "Заработать 3 млн рублей": with no other object, the money is the metric.
    (!metricText.trim() &&
      components.some((x) => x.kind === 'target' && x.quantity?.unit === 'currency')) ||
    // "每周跑步3次": with no object, an activity verb of an unspaced language counted in times or
    // minutes names what is counted ("跑步" is a word of its own; "做3次" names nothing).
    (!metricText.trim() &&
      !cl.lex.spaced &&
      action?.kind === 'generic' &&
      components.some((x) => x.kind === 'target') &&
      isSpecific(text.slice(action.start, action.end), cl)) ||
    // "GMV目标：3000万": with no object, the metric a goal header names.
    (!metricText.trim() && headerMetricEnd > 0 && isSpecific(headerMetric(), cl)) ||
    // "存够100万", "希望今年能存下5万块钱": a verb of earning or saving makes its amount money, the
    // metric when nothing specific precedes the verb (the first test of this chain said so).
    (!!action &&
      !!moneyVerbRe(cl)?.test(lc.slice(action.start, action.end)) &&
      components.some((x) => x.kind === 'target' && x.span.start >= action.end)) ||
    // "Похудеть к лету" (lose weight), "拿下驾照": with no object, a verb of change or of delivery
    // that names its metric.
    (!metricText.trim() &&
      (action?.kind === 'up' || action?.kind === 'down' || action?.kind === 'deliver') &&
      !!first(cl.metrics, lc, action.start, action.end));
  const targets = components.filter((x) => x.kind === 'target' || x.kind === 'baseline');
  // A delivery on a named object is done or not (measurable), unless a vague amount rides on it.
  const vagueAmount = components.some((x) => x.kind === 'vague' && x.criterion === 'M');
  // Nor is one of a quality no one can check, said of the object: "建设世界一流的研究型大学",
  // "打造行业领先的平台" (not a manner: "完成官网的全面改版").
  const vagueQuality =
    !!metric &&
    components.some(
      (x) =>
        x.kind === 'vague' &&
        x.criterion === 'S' &&
        inside(x.span, metric!) &&
        POSSESSOR.test(text.slice(x.span.end, x.span.end + 3)),
    );
  const M =
    targets.length > 0 ||
    ((action?.kind === 'deliver' || (!!action && deliversFeature(cl, lc, action, metric))) &&
      S &&
      !vagueAmount &&
      !vagueQuality &&
      !moreBeforeAction(cl)?.test(lc.slice(Math.max(0, action!.start - 4), action!.start))) ||
    (S && !vagueAmount && !!limitRe(cl)?.test(lc));
  return { S, M };
}

/** The metric read on through the count its final scope word governs, when that is specific. */
function scopeThroughCount(
  text: string,
  lc: string,
  metric: Span,
  components: Component[],
  cl: CompiledLexicon,
): boolean {
  if (!cl.lex.spaced) return false;
  const count = components.find(
    (x) =>
      x.kind === 'target' &&
      x.quantity?.unit === 'count' &&
      x.span.start >= metric.end &&
      /^\s*$/u.test(text.slice(metric.end, x.span.start)),
  );
  if (!count || !matches(cl.scope, lc, metric.start, metric.end).some((h) => h.end === metric.end))
    return false;
  let end = text.length;
  for (const x of components)
    if (x.span.start >= count.span.end && x.span.start < end && x.kind !== 'vague')
      end = x.span.start;
  const brk = /[,;:.!?]/u.exec(text.slice(count.span.end, end));
  if (brk) end = count.span.end + brk.index;
  return isSpecific(text.slice(metric.start, end), cl);
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && isSpacePunctOrSymbol(text[start]!) && !opensAmount(text[start]!)) start++;
  while (end > start && isSpacePunctOrSymbol(text[end - 1]!) && !closesAmount(text[end - 1]!))
    end--;
  return end > start ? { start, end } : null;
}

function ownHistory(text: string, clauses: Clause[], components: Component[]): History | null {
  for (const c of clauses) {
    if (!c.past) continue;
    const rate = components.find(
      (x) =>
        x.kind === 'history' &&
        (x.quantity?.unit === 'percent' || x.quantity?.unit === 'points') &&
        inside(x.span, c),
    );
    if (!rate?.quantity) continue;
    // "6 tháng qua doanh số tăng đều 5% mỗi tháng": a cadence after the rate says what it is per.
    const frames = components.filter((x) => x.kind === 'history' && x.time && inside(x.span, c));
    const frame =
      frames.find(
        (x) => x.time?.kind === 'cadence' && x.time.months && x.span.start >= rate.span.end,
      ) ?? frames[0];
    const clauseText = text.slice(c.start, c.end).trim();
    return {
      rate: rate.quantity.value,
      months: frame?.time?.months ?? null,
      text: clauseText.replace(/[\s\p{P}]+$/u, ''),
      metricText: text.slice(c.start, rate.span.start),
    };
  }
  return null;
}
