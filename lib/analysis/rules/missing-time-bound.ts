import { defineRule } from './rule';

export default defineRule({
  id: 'missing-time-bound',
  criterion: 'T',
  description: 'The goal has no deadline, time frame or cadence ("soon" is not one).',
  check: ({ facts }) => {
    if (!facts.goal || facts.criteria.T || facts.role === 'objective') return [];
    const vague = facts.components.find((c) => c.kind === 'vague' && c.criterion === 'T');
    const span = vague?.span ?? facts.action ?? { start: 0, end: facts.text.length };
    return [
      {
        criterion: 'T',
        severity: 'warning',
        span: { start: span.start, end: span.end },
        message: {
          key: vague ? 'missing-time-bound.vague' : 'missing-time-bound',
          params: { word: vague?.text ?? '' },
        },
        suggestions: [],
        priority: 3,
      },
    ];
  },
});
