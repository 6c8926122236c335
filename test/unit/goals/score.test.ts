import { describe, it, expect } from 'vitest';
import { GoalSchema, type GoalInput } from '@/lib/goals/goal';
import { scoreGoal } from '@/lib/goals/score';

const today = '2027-01-01';
const complete: GoalInput = {
  smart: {
    metric: 'MQL-to-SQL conversion rate',
    scope: 'for inbound leads',
    owner: 'Marketing ops',
    baseline: 25,
    target: 35,
    unit: 'percent',
    recentRate: { value: 10, periodMonths: 3 },
    relevance: { objective: 'grow new-business revenue 10% this year' },
    deadline: { date: '2027-06-30' },
    method: 'a shared definition of an SQL',
  },
};
const withSmart = (smart: object) =>
  GoalSchema.parse({ ...complete, smart: { ...complete.smart, ...smart } });

describe('scoreGoal', () => {
  it('an empty goal scores 0 and asks for everything', () => {
    const s = scoreGoal(GoalSchema.parse({}), { today });
    expect(s.score).toBe(0);
    expect(s.criteria.S.missing).toEqual(['builder.missing.metric', 'builder.missing.scope']);
    expect(s.criteria.M.missing).toEqual(['builder.missing.metric', 'builder.missing.target']);
    expect(s.criteria.A.missing).toEqual([
      'builder.missing.baseline',
      'builder.missing.recentRate',
      'builder.missing.target',
    ]);
    expect(s.criteria.R.missing).toEqual(['builder.missing.relevance']);
    expect(s.criteria.T.missing).toEqual(['builder.missing.deadline']);
    expect(s.criteria.S.suggested).toEqual(['builder.suggest.method', 'builder.suggest.owner']);
    expect(Object.values(s.criteria).some((c) => c.met)).toBe(false);
  });

  it('a complete, realistic goal scores 100', () => {
    const s = scoreGoal(GoalSchema.parse(complete), { today });
    expect(s.score).toBe(100);
    expect(Object.values(s.criteria).every((c) => c.met && c.missing.length === 0)).toBe(true);
    expect(s.criteria.S.suggested).toEqual([]);
    expect(s.achievable.verdict).toBe('yes');
  });

  it.each([
    ['no metric', { metric: '  ' }, { S: 10, M: 10 }, ['builder.missing.metric']],
    ['no scope', { scope: '' }, { S: 10 }, ['builder.missing.scope']],
    ['no target', { target: null }, { M: 10, A: 20 * (2 / 3) }, ['builder.missing.target']],
    ['no baseline', { baseline: null }, { A: 20 / 3 }, ['builder.missing.baseline']],
    [
      'no recent rate',
      { recentRate: { value: null } },
      { A: 20 / 3 },
      ['builder.missing.recentRate'],
    ],
    [
      'a target far beyond the recent rate',
      { target: 80 },
      { A: 20 * (2 / 3) },
      ['builder.missing.realisticTarget'],
    ],
    ['no relevance', { relevance: { objective: '' } }, { R: 0 }, ['builder.missing.relevance']],
    ['no deadline', { deadline: {} }, { T: 0, A: 20 * (2 / 3) }, ['builder.missing.deadline']],
    [
      'a deadline already passed',
      { deadline: { date: '2026-12-31' } },
      { T: 0, A: 20 * (2 / 3) },
      ['builder.missing.futureDeadline', 'builder.missing.deadline'],
    ],
  ])('%s', (_name, smart, points, missing) => {
    const s = scoreGoal(withSmart(smart), { today });
    const expected = { S: 20, M: 20, A: 20, R: 20, T: 20, ...points };
    for (const [letter, p] of Object.entries(expected)) {
      expect(s.criteria[letter as 'S'].points).toBeCloseTo(p, 9);
      expect(s.criteria[letter as 'S'].met).toBe(p === 20);
    }
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(s.score).toBe(Math.round(total));
    const allMissing = new Set(Object.values(s.criteria).flatMap((c) => c.missing));
    expect([...allMissing].sort()).toEqual([...missing].sort());
  });

  it('a relative target needs no baseline for A', () => {
    const s = scoreGoal(withSmart({ baseline: null, change: 'relative', target: 20 }), { today });
    expect(s.criteria.A.met).toBe(true);
    expect(s.criteria.A.missing).toEqual([]);
  });

  it('a cadence alone makes the goal time-bound', () => {
    const s = scoreGoal(withSmart({ deadline: { cadence: 'monthly' } }), { today });
    expect(s.criteria.T.met).toBe(true);
  });

  it('a parent goal makes it relevant', () => {
    const s = scoreGoal(withSmart({ relevance: { parentId: 'draft-1' } }), { today });
    expect(s.criteria.R.met).toBe(true);
  });

  it('counts the DUMB and why fields that are filled', () => {
    const s = scoreGoal(
      GoalSchema.parse({
        why: { hunger: 'Sales calls go nowhere', anchor: '', broadGoal: 'A pipeline sales trusts' },
        dumb: {
          dream: 'Every lead a conversation',
          uplifting: ' ',
          method: 'Weekly hand-off review',
        },
      }),
      { today },
    );
    expect(s.dumb).toEqual({ D: true, U: false, M: true, B: false, filled: 2 });
    expect(s.why).toEqual({ hunger: true, anchor: false, broadGoal: true, filled: 2 });
  });
});
