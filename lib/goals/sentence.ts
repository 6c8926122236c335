import type { Criterion } from '../analysis/schema';
import { checkGoalAchievable, type GoalCheckOptions } from './achievable';
import { formatDate, formatNumber, formatQuantity, formatSignedPercent } from './format';
import type { Goal } from './goal';
import { PHRASEBOOKS, type Direction, type SentenceParts } from './phrasebook';

/**
 * A structured goal written out in its own language: one sentence in the canonical shape (see
 * `phrasebook.ts` for the word order per language), and a letter-by-letter S/M/A/R/T breakdown as
 * Markdown or plain text. Parts that are empty are left out; a goal with nothing filled in is ''.
 */

/** User text without surrounding space or the sentence punctuation it may end with. */
const clean = (s: string) => s.trim().replace(/[\s.。!！;；,，:：]+$/u, '');

/** Which way the target moves the metric: this picks the verb. */
export function direction(goal: Goal): Direction {
  const { baseline, target, change } = goal.smart;
  if (target === null) return 'improve';
  if (change === 'relative') return target > 0 ? 'increase' : target < 0 ? 'reduce' : 'maintain';
  if (baseline === null) return 'reach';
  return target > baseline ? 'increase' : target < baseline ? 'reduce' : 'maintain';
}

function parts(goal: Goal): SentenceParts {
  const { lang, smart } = goal;
  const q = (v: number) => formatQuantity(v, smart.unit, lang);
  const dir = direction(goal);
  const relative = smart.change === 'relative' && smart.target !== null;
  let to: string | null = null;
  if (smart.target !== null) {
    if (!relative) to = q(smart.target);
    else if (smart.baseline !== null) to = q(smart.baseline * (1 + smart.target / 100));
  }
  return {
    direction: dir,
    metric: clean(smart.metric),
    scope: clean(smart.scope),
    relative,
    by: relative ? `${formatNumber(Math.abs(smart.target!), lang)}%` : null,
    from: smart.baseline !== null ? q(smart.baseline) : null,
    to,
    count: smart.unit === 'count',
    date: smart.deadline.date ? formatDate(smart.deadline.date, lang) : null,
    cadence: smart.deadline.cadence,
    method: clean(smart.method),
  };
}

function isBlank(goal: Goal): boolean {
  const { smart } = goal;
  return (
    !clean(smart.metric) &&
    !clean(smart.scope) &&
    !clean(smart.method) &&
    smart.baseline === null &&
    smart.target === null &&
    smart.deadline.date === null &&
    smart.deadline.cadence === null
  );
}

/** The goal as one sentence in `goal.lang`, e.g. "Increase mobile conversion rate from 2.3% to 5% by September 30, 2027." */
export function toSentence(goal: Goal): string {
  if (isBlank(goal)) return '';
  return PHRASEBOOKS[goal.lang].sentence(parts(goal));
}

export interface BreakdownLine {
  letter: Criterion;
  /** "Specific", "具体", … */
  label: string;
  text: string;
}

export interface LabelledLine {
  label: string;
  text: string;
}

export interface DumbLine extends LabelledLine {
  letter: 'D' | 'U' | 'M' | 'B';
}

export interface Breakdown {
  sentence: string;
  smart: BreakdownLine[];
  /** Why / how / what, only the filled ones. */
  why: { title: string; lines: LabelledLine[] };
  /** DUMB letters, only the filled ones. */
  dumb: DumbLine[];
}

/** The letter-by-letter content behind `toMarkdown` and `toPlainText`. */
export function breakdown(goal: Goal, options: GoalCheckOptions = {}): Breakdown {
  const book = PHRASEBOOKS[goal.lang];
  const { smart, lang } = goal;
  const p = parts(goal);
  const list = (items: string[]) => items.filter(Boolean).join(book.separator) || book.notSet;

  const subject =
    lang === 'zh' ? `${p.scope}${p.metric}` : [p.metric, p.scope].filter(Boolean).join(' ');
  const specific = list([
    subject,
    p.method && `${book.method}${book.colon}${p.method}`,
    clean(smart.owner) && `${book.owner}${book.colon}${clean(smart.owner)}`,
  ]);

  let measurable = book.notSet;
  if (p.relative) {
    measurable = book.relative(formatSignedPercent(smart.target!, lang, 2), p.from, p.to);
  } else if (p.to !== null) {
    measurable = p.from !== null ? book.fromTo(p.from, p.to) : book.targetOnly(p.to);
  } else if (p.from !== null) {
    measurable = book.baselineOnly(p.from);
  }

  const check = checkGoalAchievable(goal, options);
  const recent = smart.recentRate.value;
  const comparison =
    check.requiredRate !== null && recent !== null
      ? book.comparison(
          formatSignedPercent(check.requiredRate, lang),
          formatSignedPercent(recent, lang),
          book.per(smart.recentRate.periodMonths),
          check.ratio !== null ? formatNumber(check.ratio, lang, 1) : null,
        )
      : '';
  const achievable = comparison
    ? `${comparison}${book.colon}${book.reasons[check.reason]}`
    : book.reasons[check.reason];

  const relevant =
    clean(smart.relevance.objective) || (smart.relevance.parentId !== null ? book.parentOnly : '');
  const { date, cadence } = smart.deadline;
  const timeBound = list(
    date
      ? [book.deadline(formatDate(date, lang)), cadence ? book.reviewed(cadence) : '']
      : [cadence ? book.every(cadence) : ''],
  );

  const text: Record<Criterion, string> = {
    S: specific,
    M: measurable,
    A: achievable,
    R: relevant || book.notSet,
    T: timeBound,
  };
  const filledLines = (entries: [string, string][]) =>
    entries.map(([label, t]) => ({ label, text: clean(t) })).filter((l) => l.text !== '');
  const dumbLines: DumbLine[] = (
    [
      ['D', book.dumb.dream, goal.dumb.dream],
      ['U', book.dumb.uplifting, goal.dumb.uplifting],
      ['M', book.dumb.method, goal.dumb.method],
      ['B', book.dumb.behavior, goal.dumb.behavior],
    ] as const
  )
    .map(([letter, label, t]) => ({ letter, label, text: clean(t) }))
    .filter((l) => l.text !== '');

  return {
    sentence: toSentence(goal),
    smart: (['S', 'M', 'A', 'R', 'T'] as const).map((letter) => ({
      letter,
      label: book.letters[letter],
      text: text[letter],
    })),
    why: {
      title: book.why.title,
      lines: filledLines([
        [book.why.hunger, goal.why.hunger],
        [book.why.anchor, goal.why.anchor],
        [book.why.broadGoal, goal.why.broadGoal],
      ]),
    },
    dumb: dumbLines,
  };
}

/** Markdown characters in user text that would change the rendering, escaped. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * The sentence in bold, then the S/M/A/R/T list; then Why and DUMB lists when any of those fields
 * is filled.
 */
export function toMarkdown(goal: Goal, options: GoalCheckOptions = {}): string {
  const b = breakdown(goal, options);
  const colon = PHRASEBOOKS[goal.lang].colon;
  const out: string[] = [];
  if (b.sentence) out.push(`**${md(b.sentence)}**`, '');
  for (const l of b.smart) out.push(`- **${l.letter}** ${l.label}${colon}${md(l.text)}`);
  if (b.why.lines.length) {
    out.push('', `**${b.why.title}**`, '');
    for (const l of b.why.lines) out.push(`- ${l.label}${colon}${md(l.text)}`);
  }
  if (b.dumb.length) {
    out.push('', '**DUMB**', '');
    for (const l of b.dumb) out.push(`- **${l.letter}** ${l.label}${colon}${md(l.text)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The same content as `toMarkdown`, without markup: for e-mail, chat or a plain text field. */
export function toPlainText(goal: Goal, options: GoalCheckOptions = {}): string {
  const b = breakdown(goal, options);
  const colon = PHRASEBOOKS[goal.lang].colon;
  const out: string[] = [];
  if (b.sentence) out.push(b.sentence, '');
  for (const l of b.smart) out.push(`${l.letter} ${l.label}${colon}${l.text}`);
  if (b.why.lines.length) {
    out.push('', b.why.title);
    for (const l of b.why.lines) out.push(`${l.label}${colon}${l.text}`);
  }
  if (b.dumb.length) {
    out.push('', 'DUMB');
    for (const l of b.dumb) out.push(`${l.letter} ${l.label}${colon}${l.text}`);
  }
  return `${out.join('\n')}\n`;
}
