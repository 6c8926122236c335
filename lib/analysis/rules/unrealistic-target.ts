import { targetRate, STRETCH_LIMIT } from '../achievable';
import { parseIsoDate, todayCivil } from '../calendar';
import { defineRule } from './rule';

/** Achievable: a target needing more than about twice the stated recent rate (DOMAIN.md). */
export default defineRule({
  id: 'unrealistic-target',
  criterion: 'A',
  description: `The target needs more than ${STRETCH_LIMIT}× the growth rate the text says was recent.`,
  check: ({ facts, options }) => {
    if (!facts.goal || facts.criteria.A !== 'no' || !facts.history) return [];
    const target = facts.components.find((c) => c.kind === 'target' || c.kind === 'baseline');
    const today = options.today ? parseIsoDate(options.today) : todayCivil();
    const rate = targetRate(facts.components, today);
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
