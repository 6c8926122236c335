import { defineRule } from './rule';

/** "more", "soon", 尽快, как можно скорее…: each vague word that stands in for a missing criterion. */
export default defineRule({
  id: 'vague-word',
  criterion: null,
  description: 'A vague word where the goal needs a number, a deadline or a named metric.',
  check: ({ facts, options }) => {
    if (!facts.goal && !options.flagOutsideGoals) return [];
    // missing-measurable and missing-time-bound already point at the first M and T word.
    const taken = new Set(
      facts.goal
        ? (['M', 'T'] as const).map((k) =>
            facts.components.find((c) => c.kind === 'vague' && c.criterion === k),
          )
        : [],
    );
    return facts.components
      .filter(
        (c) =>
          c.kind === 'vague' &&
          c.criterion &&
          !taken.has(c) &&
          (!facts.goal || !facts.criteria[c.criterion as 'S' | 'M' | 'T']),
      )
      .map((c) => ({
        criterion: c.criterion ?? null,
        severity: 'info' as const,
        span: c.span,
        message: { key: `vague-word.${c.criterion}`, params: { word: c.text } },
        suggestions: [],
        priority: 5,
      }));
  },
});
