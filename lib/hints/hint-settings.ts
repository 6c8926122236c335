/**
 * The user's settings as the hint layer applies them: which languages and criteria the engine
 * reports, whether it flags hedges outside goals, and which severities are shown at all.
 */

import type { AnalyzeOptions, Diagnostic, Severity } from '../analysis';
import type { Settings } from '../settings';
import type { AnalyzeText } from './controller';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function atLeast(severity: Severity, min: Severity): boolean {
  return RANK[severity] >= RANK[min];
}

/** The engine options the settings ask for (`unit: 'sentence'`: editors hold paragraphs). */
export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return {
    unit: 'sentence',
    languages: [...settings.languages],
    criteria: (['S', 'M', 'T', 'A'] as const).filter((c) => settings.criteria[c]),
    flagOutsideGoals: settings.flagOutsideGoals,
  };
}

type Engine = (text: string, options: AnalyzeOptions) => { diagnostics: readonly Diagnostic[] };

/** `analyze` bound to the settings, without the diagnostics below `minSeverity`. */
export function analyzerFor(settings: Settings, analyze: Engine): AnalyzeText {
  const options = analyzeOptions(settings);
  return (text) => ({
    diagnostics: analyze(text, options).diagnostics.filter((d) =>
      atLeast(d.severity, settings.minSeverity),
    ),
  });
}
