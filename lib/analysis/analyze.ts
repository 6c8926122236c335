import { iso, parseIsoDate, todayCivil } from './calendar';
import { extract } from './extract';
import type { History } from './achievable';
import { detectLanguage } from './language';
import { compile } from './lexicon/compile';
import { LEXICONS } from './lexicon';
import { toNfc } from './normalize';
import { buildRewrite } from './rewrite';
import { RULES } from './rules';
import {
  AnalyzeOptionsSchema,
  type Analysis,
  type AnalyzeOptions,
  type Component,
  type Diagnostic,
  type Segment,
  type Span,
} from './schema';
import { segmentLines, segmentSentences } from './segment';

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

  units.forEach((unit, index) => {
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
      return;
    }
    const cl = compile(lexicon);
    const norm = toNfc(raw);
    const history = carried && carried.block === unit.block ? carried.history : null;
    const facts = extract(norm.text, cl, today, history, opts.flagOutsideGoals);
    if (!facts.goal && facts.history) carried = { block: unit.block, history: facts.history };
    const rewrite = facts.goal ? buildRewrite(facts, cl) : null;
    // Offsets back into the caller's string (NFC may have shortened the text).
    const at = (s: Span): Span => ({
      start: unit.content.start + norm.toOriginal(s.start),
      end: unit.content.start + norm.toOriginal(s.end),
    });
    for (const rule of RULES) {
      if (rule.criterion && rule.criterion !== 'R' && !opts.criteria.includes(rule.criterion))
        continue;
      for (const d of rule.check({
        facts,
        lexicon: cl,
        offset: unit.content.start,
        segment: index,
        rewrite,
        options: opts,
      })) {
        // Explicit literals, not spreads: spreads take V8's slow path on this hot loop.
        diagnostics.push({
          rule: rule.id,
          criterion: d.criterion,
          severity: d.severity,
          span: at(d.span),
          message: d.message,
          suggestions: d.suggestions.map((s) => ({
            label: s.label,
            span: at(s.span),
            rewrite: s.rewrite,
          })),
          priority: d.priority,
          segment: index,
        });
      }
    }
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
      // Facts are fresh per unit: move their spans into the caller's coordinates in place.
      cues: facts.cues.map((c) => ((c.span = at(c.span)), c)),
      components: facts.components.map((c): Component => ((c.span = at(c.span)), c)),
      criteria: facts.goal ? { S, M, T, A, R: 'ask' } : null,
      vague: facts.goal && !(S && M && T),
      rewrite,
    });
  });
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.priority - b.priority);
  return { segments, diagnostics };
}
