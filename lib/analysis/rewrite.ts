import { isSpace } from './chars';
import type { Facts } from './extract';
import type { CompiledLexicon } from './lexicon/compile';
import type { Placeholder } from './lexicon/types';
import { placeholder, text } from './rewrite-parts';
import type { Component, Rewrite, RewritePart, Span } from './schema';
import { sortSmall } from './sort-small';

interface Edit {
  at: number;
  /** Characters removed from `at`. */
  remove: number;
  insert: RewritePart[];
  /** Orders insertions at one position: metric, then amounts, then deadline. */
  order: number;
}

function placeholders(cl: CompiledLexicon) {
  const h = cl.lex.rewrite.hints;
  return {
    metric: placeholder('metric', 'S', h.metric) as Placeholder,
    baseline: placeholder('baseline', 'M', h.baseline) as Placeholder,
    target: placeholder('target', 'M', h.target) as Placeholder,
    deadline: placeholder('deadline', 'T', h.deadline) as Placeholder,
  };
}

/**
 * A SMART version of a goal in its own language. It never invents facts: the writer's words,
 * numbers and dates stay verbatim, and each missing part becomes a typed placeholder.
 */
export function buildRewrite(f: Facts, cl: CompiledLexicon): Rewrite {
  const rw = cl.lex.rewrite;
  const ph = placeholders(cl);
  const { S, M, T } = f.criteria;
  const content = f.text;

  if (f.role === 'objective' && !M) {
    // Objectives stay qualitative; numbers belong in key results under them.
    return tidy(cl, [text(content), text('\n'), ...rw.keyResult(1, ph)]);
  }

  if (S && M && T) {
    // Nothing is missing: the writer's sentence is already the SMART version.
    return tidy(cl, [text(content)], f.labelEnd);
  }

  const edits: Edit[] = [];
  const action = f.action;
  const comps = f.components;
  // What carries facts is never cut, even where an intent phrase overlaps it ("今年要…").
  const kept = comps.filter((c) =>
    ['deadline', 'target', 'baseline', 'history', 'method', 'action', 'label'].includes(c.kind),
  );
  const remove = (s: Span, order = 0) => {
    if (kept.some((k) => s.start < k.span.end && s.end > k.span.start)) return;
    edits.push({ at: s.start, remove: s.end - s.start, insert: [], order });
  };
  // Intent phrases and hedges go before an action ("We want to improve" → "Improve") or before
  // a bare metric that gets the default verb ("We want more signups" → "Increase signups").
  const missing = { S: !S, M: !M, T: !T };
  const verbAt = action?.start ?? (missing.M && f.metric ? f.metric.start : null);
  // "The team will reduce churn": after a subject the modal stays ("The team reduce…" is broken).
  const subjectBefore = (s: Span) => {
    if (!cl.lex.spaced) return false;
    const clause = f.clauses.find((c) => s.start >= c.start && s.start < c.end);
    let before = content.slice(Math.max(clause?.start ?? 0, f.labelEnd), s.start);
    for (const c of comps)
      if (c.span.end <= s.start && c.span.start >= s.start - before.length)
        before = before.replace(content.slice(c.span.start, c.span.end), ' ');
    return /\p{L}/u.test(before.replace(cl.connectorsAtStart, ''));
  };
  for (const c of comps) {
    if (
      (c.kind === 'intent' || c.kind === 'hedge') &&
      verbAt !== null &&
      c.span.end <= verbAt &&
      !(c.kind === 'intent' && subjectBefore(c.span))
    )
      remove(c.span);
  }
  // "Fewer bugs in production this quarter": the comparative that makes a bare metric a target
  // says which way it should move ("Increase bugs" would not), so it stays and gets no verb.
  const comparative =
    !action && f.metric && f.cues.some((c) => c.id === 'comparative-with-deadline')
      ? comps.find(
          (c) =>
            c.kind === 'vague' &&
            c.criterion === 'M' &&
            (c.span.start === f.metric!.start ||
              (c.span.end <= f.metric!.start &&
                !content.slice(c.span.end, f.metric!.start).trim())),
        )
      : undefined;
  let vagueT: Component | undefined;
  for (const c of comps) {
    if (c === comparative) continue;
    if (c.kind !== 'vague' || !c.criterion || c.criterion === 'A' || c.criterion === 'R') continue;
    // A vague time word says nothing a deadline does not, so it goes even beside one: "by Q3
    // soon" → "by Q3". Other vague words stay when their criterion is met ("more" may be the aim).
    if (!missing[c.criterion] && c.criterion !== 'T') continue;
    if (c.criterion === 'T' && missing.T && !vagueT) vagueT = c;
    remove(c.span);
  }

  // Subject-first goals ("Chi phí marketing cần giảm"): what is missing goes after the verb.
  const metricEnd =
    f.metric && action && f.metric.end <= action.start
      ? action.end
      : (f.metric?.end ?? action?.end ?? null);
  const method = comps.find((c) => c.kind === 'method');
  const end = content.replace(/[\s.。!！]+$/u, '').length;
  if (!action && missing.M && f.metric && !comparative) {
    edits.push({
      at: f.metric.start,
      remove: 0,
      insert: [text(cl.lex.spaced ? `${rw.defaultVerb} ` : rw.defaultVerb)],
      order: -1,
    });
  }
  if (missing.S)
    edits.push({ at: metricEnd ?? end, remove: 0, insert: rw.specific(ph.metric), order: 1 });
  if (missing.M)
    edits.push({
      at: metricEnd ?? end,
      remove: 0,
      insert: rw.measurable(ph.baseline, ph.target),
      order: 2,
    });
  if (missing.T) {
    const goalStart = action ? clauseStartOf(f, action.start) : f.labelEnd;
    const at = rw.deadlineFirst ? goalStart : (vagueT?.span.start ?? method?.span.start ?? end);
    // Before a method the deadline needs a space after it: "… by [deadline] through SEO".
    const gap =
      !rw.deadlineFirst && !vagueT && method && rw.deadline(ph.deadline)[0]?.kind === 'text'
        ? [text(' ')]
        : [];
    edits.push({ at, remove: 0, insert: [...rw.deadline(ph.deadline), ...gap], order: 3 });
  }

  sortSmall(edits, (a, b) => a.at - b.at || a.order - b.order);
  const parts: RewritePart[] = [];
  let pos = 0;
  for (const e of edits) {
    if (e.at < pos) {
      // Overlapping removals (a hedge inside an intent): skip what is already gone.
      if (e.at + e.remove > pos) pos = e.at + e.remove;
      parts.push(...e.insert);
      continue;
    }
    parts.push(text(content.slice(pos, e.at)), ...e.insert);
    pos = e.at + e.remove;
  }
  parts.push(text(content.slice(pos)));
  // Capitalise only when the start changed ("we want to improve" → "Improve"); after a label or
  // an untouched start, the writer's case stays.
  const startChanged = edits.some((e) => e.at <= f.labelEnd + 1 && (e.remove > 0 || e.order < 0));
  return tidy(cl, parts, f.labelEnd, startChanged);
}

function clauseStartOf(f: Facts, offset: number): number {
  const c = f.clauses.find((x) => offset >= x.start && offset < x.end);
  if (!c) return f.labelEnd;
  let s = c.start;
  while (s < offset && isSpace(f.text[s]!)) s++;
  return s;
}

const FOLDABLE = /[ \t]{2}| [,.;:!?。，；：！？]|[,，、;；]\s*[,，、;；]/u;

/** Merge text, fold the spaces removals leave behind, capitalise the first word. */
function tidy(cl: CompiledLexicon, raw: RewritePart[], labelEnd = 0, capitalise = false): Rewrite {
  const parts: RewritePart[] = [];
  for (const p of raw) {
    const last = parts[parts.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') last.text += p.text;
    else if (p.kind === 'text') parts.push({ ...p });
    else parts.push(p);
  }
  let seen = 0;
  let capitalised = !capitalise;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.kind !== 'text') {
      capitalised = true;
      continue;
    }
    // The three folds change nothing unless one of their patterns occurs: test that once.
    let t = FOLDABLE.test(p.text)
      ? p.text
          .replace(/[ \t]{2,}/g, ' ')
          .replace(/ +([,.;:!?。，；：！？])/gu, '$1')
          .replace(/([,，、;；])\s*([,，、;；])/gu, '$1')
      : p.text;
    if (i === 0) t = t.replace(/^[\s,，]+/u, '');
    if (cl.lex.rewrite.capitalize && !capitalised && labelEnd === 0) {
      const from = Math.max(0, labelEnd - seen);
      const idx = t.slice(from).search(/\p{L}/u);
      if (idx >= 0) {
        const k = from + idx;
        t = t.slice(0, k) + t[k]!.toLocaleUpperCase() + t.slice(k + 1);
        capitalised = true;
      }
    }
    seen += p.text.length;
    p.text = t;
  }
  return { lang: cl.lex.lang, parts: parts.filter((p) => p.kind !== 'text' || p.text.length > 0) };
}
