import { defineRule } from './rule';

/** The summary diagnostic the hint layer underlines: a goal missing S, M or T. */
export default defineRule({
  id: 'vague-goal',
  criterion: null,
  description: 'A goal that is not Specific, Measurable and Time-bound, with a SMART rewrite.',
  check: ({ facts, rewrite }) => {
    if (!facts.goal || facts.role === 'objective') return [];
    const { S, M, T } = facts.criteria;
    if (S && M && T) return [];
    const missing = `${S ? '' : 'S'}${M ? '' : 'M'}${T ? '' : 'T'}`;
    const span = { start: 0, end: facts.text.replace(/[\s.。!！]+$/u, '').length };
    return [
      {
        criterion: null,
        severity: 'warning',
        span,
        message: { key: 'vague-goal', params: { missing } },
        suggestions: rewrite ? [{ label: 'suggest.rewrite', span, rewrite }] : [],
        priority: 0,
      },
    ];
  },
});
