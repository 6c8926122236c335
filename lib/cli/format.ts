import { analyze, rewriteToText, type Analysis, type Lang } from '../analysis';
import { formatMessage } from '../analysis/messages';

/** One report line of `goals check --json`: the CLI's stable output contract. */
export interface LineReport {
  line: number;
  text: string;
  lang: string;
  goal: boolean;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  achievable: 'yes' | 'no' | 'unknown';
  vague: boolean;
  diagnostics: {
    rule: string;
    criterion: string | null;
    severity: string;
    message: string;
    /** UTF-16 offsets within `text`. */
    start: number;
    end: number;
  }[];
  rewrite: string | null;
}

export interface CheckOptions {
  lang?: Lang;
  today?: string;
}

/** Each input line is one unit; blank lines produce nothing. */
export function checkText(input: string, options: CheckOptions = {}): LineReport[] {
  const text = input.replace(/^\uFEFF/, '');
  const analysis: Analysis = analyze(text, {
    unit: 'line',
    lang: options.lang,
    today: options.today,
  });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return analysis.segments.map((s) => {
    const start = s.span.start;
    const diagnostics = analysis.diagnostics
      .filter((d) => d.segment === s.index)
      .map((d) => ({
        rule: d.rule,
        criterion: d.criterion,
        severity: d.severity,
        message: formatMessage(d.message),
        start: d.span.start - start,
        end: d.span.end - start,
      }));
    const c = s.criteria;
    return {
      line: lineOf(start) + 1,
      text:
        s.text === text.slice(s.span.start, s.span.end)
          ? s.text
          : text.slice(s.span.start, s.span.end),
      lang: s.lang,
      goal: s.goal,
      specific: !!c?.S,
      measurable: !!c?.M,
      timeBound: !!c?.T,
      achievable: c?.A ?? 'unknown',
      vague: s.vague,
      diagnostics,
      rewrite: s.rewrite ? rewriteToText(s.rewrite) : null,
    };
  });
}

const NAMES = { S: 'Specific', M: 'Measurable', T: 'Time-bound' } as const;

/** Linter-style text: `file:line:col: severity message [rule]`, then the rewrite. */
export function formatHuman(file: string, reports: LineReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    if (!r.goal || (!r.vague && !r.diagnostics.length)) continue;
    const missing = (['S', 'M', 'T'] as const).filter(
      (k) => !{ S: r.specific, M: r.measurable, T: r.timeBound }[k],
    );
    for (const d of r.diagnostics) {
      const col = [...r.text.slice(0, d.start)].length + 1;
      out.push(`${file}:${r.line}:${col}: ${d.severity} ${d.message} [${d.rule}]`);
    }
    if (r.vague) {
      out.push(
        `  missing: ${missing.map((k) => NAMES[k]).join(', ')}${r.achievable === 'no' ? '; not Achievable against the stated recent rate' : ''}`,
      );
      if (r.rewrite) out.push(`  rewrite: ${r.rewrite.replace(/\n/g, '\n           ')}`);
    }
  }
  const vague = reports.filter((r) => r.vague).length;
  const goals = reports.filter((r) => r.goal).length;
  out.push(
    `${vague} vague goal${vague === 1 ? '' : 's'} among ${goals} goal${goals === 1 ? '' : 's'} in ${reports.length} line${reports.length === 1 ? '' : 's'}.`,
  );
  return out.join('\n');
}
