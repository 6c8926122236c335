import { STRETCH_LIMIT } from '../achievable';
import { defineRule } from './rule';

/** Achievable: a target needing more than about twice the stated recent rate (DOMAIN.md). */
export default defineRule({
  id: 'unrealistic-target',
  criterion: 'A',
  description: `The target needs more than ${STRETCH_LIMIT}× the growth rate the text says was recent.`,
  check: ({ facts }) => {
    if (!facts.goal || facts.criteria.A !== 'no' || !facts.history) return [];
    const target = facts.components.find((c) => c.kind === 'target' || c.kind === 'baseline');
    // The rate the Achievable check computed during extraction.
    const rate = facts.targetRate;
    const span = target?.span ?? { start: 0, end: facts.text.length };
    return [
      {
        criterion: 'A',
        severity: 'warning',
        span: { start: span.start, end: span.end },
        message: {
          key: 'unrealistic-target',
          params: {
            recent: facts.history.rate,
            target: rate ? Math.round(rate.rate * 10) / 10 : '',
            limit: STRETCH_LIMIT,
          },
        },
        suggestions: [],
        priority: 4,
      },
    ];
  },
});
