import { iso, parseIsoDate, todayCivil } from './calendar';
import { extract } from './extract';
import type { History } from './achievable';
import { detectLanguage } from './language';
import { compile } from './lexicon/compile';
import { LEXICONS } from './lexicon';
import { toNfc, type Normalized } from './normalize';
import { buildRewrite } from './rewrite';
import { RULES, type RuleContext } from './rules';
import {
  AnalyzeOptionsSchema,
  type Analysis,
  type AnalyzeOptions,
  type Diagnostic,
  type Segment,
  type Span,
} from './schema';
import { segmentLines, segmentSentences } from './segment';
import { sortSmall } from './sort-small';

const byPosition = (a: Diagnostic, b: Diagnostic) =>
  a.span.start - b.span.start || a.priority - b.priority;

/** A span of a unit's (NFC) text as offsets into the caller's string. */
function toCaller(s: Span, base: number, norm: Normalized): Span {
  return { start: base + norm.toOriginal(s.start), end: base + norm.toOriginal(s.end) };
}

/**
 * The engine's one entry point: text → segments → diagnostics. Pure and synchronous; runs the
 * same in Node, a content script and a worker. Offsets are UTF-16 indices into `text`.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const parsed = AnalyzeOptionsSchema.parse(options);
  const opts = { ...parsed, today: parsed.today ?? iso(todayCivil()) };
  const today = parseIsoDate(opts.today);
  const units = opts.unit === 'line' ? segmentLines(text) : segmentSentences(text);
  const segments: Segment[] = [];
  const diagnostics: Diagnostic[] = [];
  let carried: { block: number; history: History } | null = null;

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const raw = text.slice(unit.content.start, unit.content.end);
    const lang = opts.lang ?? detectLanguage(raw);
    const lexicon = lang !== 'other' && opts.languages.includes(lang) ? LEXICONS[lang] : undefined;
    if (!lexicon) {
      segments.push({
        index,
        span: unit.span,
        content: unit.content,
        text: raw,
        lang,
        role: 'plain',
        goal: false,
        score: 0,
        cues: [],
        components: [],
        criteria: null,
        vague: false,
        rewrite: null,
      });
      continue;
    }
    const cl = compile(lexicon);
    const norm = toNfc(raw);
    const history = carried && carried.block === unit.block ? carried.history : null;
    const facts = extract(norm.text, cl, today, history, opts.flagOutsideGoals);
    if (!facts.goal && facts.history) carried = { block: unit.block, history: facts.history };
    const rewrite = facts.goal ? buildRewrite(facts, cl) : null;
    const base = unit.content.start;
    // One context for every rule of this unit (rules only read it).
    const ctx: RuleContext = {
      facts,
      lexicon: cl,
      offset: base,
      segment: index,
      rewrite,
      options: opts,
    };
    // Sorted per unit (stable, same order as the final sort): units follow each other, so the
    // final sort then meets one ascending run, linear instead of n log n on long inputs.
    const own: Diagnostic[] = [];
    for (const rule of RULES) {
      if (rule.criterion && rule.criterion !== 'R' && !opts.criteria.includes(rule.criterion))
        continue;
      for (const d of rule.check(ctx)) {
        // Explicit literals, not spreads: spreads take V8's slow path on this hot loop.
        own.push({
          rule: rule.id,
          criterion: d.criterion,
          severity: d.severity,
          span: toCaller(d.span, base, norm),
          message: d.message,
          suggestions: d.suggestions.map((s) => ({
            label: s.label,
            span: toCaller(s.span, base, norm),
            rewrite: s.rewrite,
          })),
          priority: d.priority,
          segment: index,
        });
      }
    }
    sortSmall(own, byPosition);
    for (const d of own) diagnostics.push(d);
    // Facts are fresh per unit: move their spans into the caller's coordinates in place.
    for (const c of facts.cues) c.span = toCaller(c.span, base, norm);
    for (const c of facts.components) c.span = toCaller(c.span, base, norm);
    const { S, M, T, A } = facts.criteria;
    segments.push({
      index,
      span: unit.span,
      content: unit.content,
      text: raw,
      lang,
      role: facts.role,
      goal: facts.goal,
      score: facts.score,
      cues: facts.cues,
      components: facts.components,
      criteria: facts.goal ? { S, M, T, A, R: 'ask' } : null,
      vague: facts.goal && !(S && M && T),
      rewrite,
    });
  }
  diagnostics.sort(byPosition);
  return { segments, diagnostics };
}
