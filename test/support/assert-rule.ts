import { expect } from 'vitest';
import { analyze, rewriteToText, type AnalyzeOptions, type Diagnostic } from '../../lib/analysis';

export const TODAY = '2026-11-23';

/** Diagnostics of one rule for a text, as flagged substrings. */
export function flagged(text: string, rule: string, options: AnalyzeOptions = {}): string[] {
  return analyze(text, { today: TODAY, ...options })
    .diagnostics.filter((d: Diagnostic) => d.rule === rule)
    .map((d) => text.slice(d.span.start, d.span.end));
}

/** Harper-style: the rule fires on exactly these substrings of `text` (none: `[]`). */
export function assertLintResult(
  text: string,
  rule: string,
  expected: string[],
  options: AnalyzeOptions = {},
): void {
  expect(flagged(text, rule, options), `${rule} on “${text}”`).toEqual(expected);
}

/** The first suggestion of `rule` on `text`, rendered with placeholders as [hint]. */
export function assertSuggestionResult(
  text: string,
  rule: string,
  expected: string | RegExp,
  options: AnalyzeOptions = {},
): void {
  const d = analyze(text, { today: TODAY, ...options }).diagnostics.find((x) => x.rule === rule);
  expect(d, `${rule} fires on “${text}”`).toBeDefined();
  const s = d!.suggestions[0];
  expect(s, `${rule} suggests something for “${text}”`).toBeDefined();
  const rendered = rewriteToText(s!.rewrite, (p) => `[${p.slot}]`);
  if (typeof expected === 'string') expect(rendered).toBe(expected);
  else expect(rendered).toMatch(expected);
}

/** Goal verdict and S/M/T of one line, as `goal SMT` ("1 110") or "0" for a non-goal. */
export function verdict(text: string): string {
  const s = analyze(text, { unit: 'line', today: TODAY }).segments[0];
  if (!s?.goal) return '0';
  const c = s.criteria!;
  return `1 ${+c.S}${+c.M}${+c.T}`;
}
