import { analyze } from '../analysis/analyze';
import { LEXICONS } from '../analysis/lexicon';
import { compile } from '../analysis/lexicon/compile';
import { LANGS, type Component, type Lang, type Segment, type Span } from '../analysis/schema';
import { GoalSchema, type Cadence, type Goal, type GoalInput, type GoalUnit } from './goal';

/**
 * Free text (a pasted goal, the sentence a hint was shown on) split into the builder's fields.
 * The engine finds the parts; this keeps the writer's own words for the texts (metric, scope,
 * method) and only drops the glue the sentence template writes back itself (the "through" before a
 * method, the "from" before a baseline). Text that does not fit a field goes to the broad goal, so
 * nothing the writer typed is lost.
 */

export interface GoalFromTextOptions {
  /** Reference date for deadlines ("by Q3"), YYYY-MM-DD; defaults to the current date. */
  today?: string;
  /** The goal's language; by default the language the engine detects in the text. */
  lang?: Lang;
}

/** Words the engine includes around a baseline inside the metric ("…转化率从", "… from"). */
const TRAILING_GLUE: Record<Lang, RegExp> = {
  en: /(?:\s+(?:from|at|of|to|by))+\s*$/iu,
  ru: /(?:\s+(?:с|со|от|до|на))+\s*$/iu,
  vi: /(?:\s+(?:từ|lên|đến|tới|thêm))+\s*$/iu,
  zh: /[从由到至将把]+\s*$/u,
};

const CADENCES: Record<string, Cadence> = {
  P1W: 'weekly',
  P7D: 'weekly',
  P1M: 'monthly',
  P3M: 'quarterly',
};

const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

/** The pieces of `span` between the `holes`, in order, space collapsed, empty ones left out. */
function between(text: string, span: Span, holes: Span[]): string[] {
  const out: string[] = [];
  let at = span.start;
  for (const h of [...holes].sort((a, b) => a.start - b.start)) {
    if (h.end <= at || h.start >= span.end) continue;
    out.push(text.slice(at, Math.max(at, h.start)));
    at = Math.max(at, h.end);
  }
  out.push(text.slice(at, span.end));
  return out.map((p) => p.replace(/\s+/gu, ' ').trim()).filter(Boolean);
}

/** "web traffic among Gen Z" → metric "web traffic", scope "among Gen Z" (spaced languages only). */
function splitScope(metric: string, lang: Lang): { metric: string; scope: string } {
  const lex = LEXICONS[lang];
  if (!lex.spaced || !metric) return { metric, scope: '' };
  const words = new Set(lex.scope.map((w) => w.toLowerCase()));
  const tokens = metric.split(' ');
  const at = tokens.findIndex((t, i) => i > 0 && words.has(t.toLowerCase()));
  if (at < 0 || at === tokens.length - 1) return { metric, scope: '' };
  return { metric: tokens.slice(0, at).join(' '), scope: tokens.slice(at).join(' ') };
}

function stripMethodConnector(method: string, lang: Lang): string {
  const connector = new RegExp(`^(?:${compile(LEXICONS[lang]).method.source})[\\s,，:：]*`, 'iu');
  return method.replace(connector, '').trim() || method.trim();
}

function unitOf(q: NonNullable<Component['quantity']>): GoalUnit {
  if (q.unit === 'percent' || q.unit === 'currency' || q.unit === 'points') return q.unit;
  return 'count';
}

const first = (segment: Segment, kind: Component['kind']) =>
  segment.components.find((c) => c.kind === kind);

/** The SMART fields one analysed line carries. */
function smartFrom(text: string, segment: Segment, lang: Lang): GoalInputSmart {
  const cl = compile(LEXICONS[lang]);
  const smart: GoalInputSmart = {};

  const baseline = segment.components.find((c) => c.kind === 'baseline' && c.quantity);
  const target = segment.components.find((c) => c.kind === 'target' && c.quantity);
  if (baseline?.quantity) {
    smart.baseline = baseline.quantity.value;
    smart.unit = unitOf(baseline.quantity);
  }
  if (target?.quantity) {
    const q = target.quantity;
    const action = first(segment, 'action')?.text.toLowerCase() ?? '';
    const down = action !== '' && cl.actionKind.down.test(action);
    if (q.unit === 'multiplier') {
      // "double" is +100%, "halve" is −50%: the factor already carries the direction.
      smart.change = 'relative';
      smart.target = Math.round((q.value - 1) * 100 * 100) / 100;
    } else if (q.relative) {
      smart.change = 'relative';
      smart.target = down ? -Math.abs(q.value) : q.value;
      if (q.unit !== 'percent') smart.unit = unitOf(q);
    } else {
      smart.change = 'absolute';
      smart.target = q.value;
      smart.unit = unitOf(q);
    }
  }

  const metric = first(segment, 'metric');
  let methodInMetric = '';
  if (metric) {
    const holes = segment.components
      .filter((c) => c.kind !== 'metric' && (c.kind !== 'vague' || c.criterion !== 'S'))
      .map((c) => c.span);
    // A method the engine left inside the metric ("通过精准SEO…将官网流量") is still a method.
    const connector = new RegExp(`^(?:${cl.method.source})`, 'iu');
    const pieces = between(text, metric.span, holes);
    methodInMetric = pieces.filter((p) => connector.test(p)).join(' ');
    const words = pieces
      .filter((p) => !connector.test(p))
      .join(' ')
      .replace(TRAILING_GLUE[lang], '')
      .trim();
    Object.assign(smart, splitScope(words, lang));
  }

  const deadline: { date?: string; cadence?: Cadence } = {};
  for (const c of segment.components) {
    if (c.kind !== 'deadline' || !c.time) continue;
    if (c.time.kind === 'cadence') {
      const cadence = c.time.every ? CADENCES[c.time.every] : undefined;
      if (cadence && !deadline.cadence) deadline.cadence = cadence;
    } else if (c.time.due && !deadline.date) {
      deadline.date = c.time.due;
    }
  }
  if (deadline.date || deadline.cadence) smart.deadline = deadline;

  const rate = segment.components.find(
    (c) => c.kind === 'history' && c.quantity?.unit === 'percent',
  );
  if (rate?.quantity) {
    const period = segment.components.find((c) => c.kind === 'history' && c.time?.months);
    smart.recentRate = { value: rate.quantity.value, periodMonths: period?.time?.months ?? 1 };
  }

  const method = first(segment, 'method')?.text ?? methodInMetric;
  if (method) smart.method = stripMethodConnector(method, lang);
  return smart;
}

type GoalInputSmart = NonNullable<GoalInput['smart']>;

/**
 * The first goal in `text` (or its first line when none reads as a goal) as the builder's fields.
 * When that line is not yet specific and measurable, its words are also kept as the broad goal;
 * every other line goes to the broad goal too.
 */
export function goalFromText(text: string, options: GoalFromTextOptions = {}): Goal {
  const analysis = analyze(text, {
    unit: 'line',
    ...(options.today ? { today: options.today } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  const lines = analysis.segments.filter((s) => s.text.trim() !== '');
  const main = lines.find((s) => s.goal) ?? lines[0];
  if (!main) return GoalSchema.parse({ lang: options.lang ?? 'en' });

  const lang: Lang = options.lang ?? (isLang(main.lang) ? main.lang : 'en');
  const smart = smartFrom(text, main, lang);
  // A line whose metric the engine could not name ("grow it 30%") keeps its words as the broad goal.
  const complete = !!main.criteria?.S && !!main.criteria.M && !!smart.metric;
  const rest = lines.filter((s) => s !== main || !complete).map((s) => s.text.trim());
  return GoalSchema.parse({ lang, smart, why: { broadGoal: rest.join('\n') } });
}
