import { describe, it, expect } from 'vitest';
import { emptyGoal, GoalSchema } from '@/lib/goals/goal';

describe('GoalSchema', () => {
  it('parses {} to an empty English goal', () => {
    expect(GoalSchema.parse({})).toEqual({
      lang: 'en',
      why: { hunger: '', anchor: '', broadGoal: '' },
      smart: {
        metric: '',
        scope: '',
        owner: '',
        baseline: null,
        target: null,
        unit: 'count',
        change: 'absolute',
        recentRate: { value: null, periodMonths: 1 },
        relevance: { parentId: null, objective: '' },
        deadline: { date: null, cadence: null },
        method: '',
      },
      dumb: { dream: '', uplifting: '', method: '', behavior: '' },
    });
  });

  it.each(['en', 'zh', 'ru', 'vi'] as const)(
    'emptyGoal(%s) is the empty goal in that language',
    (lang) => {
      expect(emptyGoal(lang)).toEqual({ ...GoalSchema.parse({}), lang });
    },
  );

  it('fills the missing fields of a partial goal', () => {
    const g = GoalSchema.parse({ smart: { metric: 'NPS', deadline: { cadence: 'quarterly' } } });
    expect(g.smart.metric).toBe('NPS');
    expect(g.smart.deadline).toEqual({ date: null, cadence: 'quarterly' });
    expect(g.smart.recentRate.periodMonths).toBe(1);
  });

  it.each([
    ['an unknown language', { lang: 'de' }],
    ['a date that is not YYYY-MM-DD', { smart: { deadline: { date: '30.09.2027' } } }],
    ['a date that does not exist', { smart: { deadline: { date: '2027-02-29' } } }],
    ['a string number', { smart: { baseline: '2.3' } }],
    ['an infinite target', { smart: { target: Number.POSITIVE_INFINITY } }],
    ['NaN', { smart: { target: Number.NaN } }],
    ['an unknown unit', { smart: { unit: 'hours' } }],
    ['an unknown cadence', { smart: { deadline: { cadence: 'daily' } } }],
    ['a zero rate period', { smart: { recentRate: { value: 5, periodMonths: 0 } } }],
  ])('rejects %s', (_name, input) => {
    expect(GoalSchema.safeParse(input).success).toBe(false);
  });
});
