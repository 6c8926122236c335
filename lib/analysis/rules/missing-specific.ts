import { defineRule } from './rule';

export default defineRule({
  id: 'missing-specific',
  criterion: 'S',
  description: 'The goal names no concrete metric, object or scope ("grow the business").',
  check: ({ facts }) => {
    if (!facts.goal || facts.criteria.S || facts.role === 'objective') return [];
    const span = facts.metric ?? facts.action ?? { start: 0, end: facts.text.length };
    return [
      {
        criterion: 'S',
        severity: 'warning',
        span: { start: span.start, end: span.end },
        message: {
          key: 'missing-specific',
          params: { object: facts.text.slice(span.start, span.end) },
        },
        suggestions: [],
        priority: 1,
      },
    ];
  },
});
