import { defineRule } from './rule';

/** OKR objectives are qualitative by convention: ask for key results, not numbers in the line. */
export default defineRule({
  id: 'okr-objective',
  criterion: 'M',
  description: 'An OKR objective with no measurable key results: suggests key results under it.',
  check: ({ facts, rewrite }) => {
    if (!facts.goal || facts.role !== 'objective' || facts.criteria.M) return [];
    const span = { start: 0, end: facts.text.replace(/[\s.。!！]+$/u, '').length };
    return [
      {
        criterion: 'M',
        severity: 'info',
        span,
        message: { key: 'okr-objective', params: {} },
        suggestions: rewrite ? [{ label: 'suggest.key-results', span, rewrite }] : [],
        priority: 0,
      },
    ];
  },
});
