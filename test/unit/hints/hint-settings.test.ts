import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic, Severity } from '../../../lib/analysis';
import { analyzeOptions, analyzerFor, atLeast } from '../../../lib/hints/hint-settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const diagnostic = (rule: string, severity: Severity): Diagnostic => ({
  rule,
  criterion: null,
  severity,
  span: { start: 0, end: 4 },
  message: { key: rule, params: {} },
  suggestions: [],
  priority: 0,
  segment: 0,
});

describe('hint settings', () => {
  it('ranks severities info < warning < error', () => {
    expect(atLeast('warning', 'info')).toBe(true);
    expect(atLeast('warning', 'warning')).toBe(true);
    expect(atLeast('warning', 'error')).toBe(false);
  });

  it('passes languages, enabled criteria and flagOutsideGoals to the engine', () => {
    const options = analyzeOptions({
      ...DEFAULT_SETTINGS,
      languages: ['ru'],
      criteria: { S: true, M: false, T: true, A: false },
      flagOutsideGoals: true,
    });
    expect(options).toEqual({
      unit: 'sentence',
      languages: ['ru'],
      criteria: ['S', 'T'],
      flagOutsideGoals: true,
    });
  });

  it('drops diagnostics below minSeverity', () => {
    const engine = vi.fn(() => ({
      diagnostics: [
        diagnostic('vague-goal', 'warning'),
        diagnostic('hedge', 'info'),
        diagnostic('x', 'error'),
      ],
    }));
    const rules = (min: Severity) =>
      analyzerFor(
        { ...DEFAULT_SETTINGS, minSeverity: min },
        engine,
      )('text').diagnostics.map((d) => d.rule);
    expect(rules('info')).toEqual(['vague-goal', 'hedge', 'x']);
    expect(rules('warning')).toEqual(['vague-goal', 'x']);
    expect(rules('error')).toEqual(['x']);
    expect(engine).toHaveBeenCalledWith('text', expect.objectContaining({ unit: 'sentence' }));
  });
});
