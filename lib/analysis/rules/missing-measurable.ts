import { defineRule } from './rule';

export default defineRule({
  id: 'missing-measurable',
  criterion: 'M',
  description: 'The goal has no number, amount, multiplier or clear done state.',
  check: ({ facts }) => {
    if (!facts.goal || facts.criteria.M || facts.role === 'objective') return [];
    const vague = facts.components.find((c) => c.kind === 'vague' && c.criterion === 'M');
    const span = vague?.span ??
      facts.metric ??
      facts.action ?? { start: 0, end: facts.text.length };
    return [
      {
        criterion: 'M',
        severity: 'warning',
        span: { start: span.start, end: span.end },
        message: {
          key: vague ? 'missing-measurable.vague' : 'missing-measurable',
          params: { word: vague?.text ?? '' },
        },
        suggestions: [],
        priority: 2,
      },
    ];
  },
});
