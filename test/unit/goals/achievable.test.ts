import { describe, it, expect } from 'vitest';
import { checkAchievable, checkGoalAchievable, type AchievableInput } from '@/lib/goals/achievable';
import { GoalSchema } from '@/lib/goals/goal';

// DOMAIN.md: "If traffic grew 5% last month, aim for 8–10% this month, not 30%."
const traffic = (target: number): AchievableInput => ({
  baseline: 100_000,
  target,
  recentRate: 5,
  recentPeriodMonths: 1,
  months: 1,
});

describe('checkAchievable: required rate vs twice the recent rate', () => {
  it.each([
    ['+8% after +5%', traffic(108_000), 'yes', 1.6],
    ['+10% after +5%: exactly twice is still reachable', traffic(110_000), 'yes', 2],
    ['+10.5% after +5%: just over twice', traffic(110_500), 'no', 2.1],
    ['+30% after +5%', traffic(130_000), 'no', 6],
    [
      'a steady 6% over the last half year makes 10% a stretch but reachable',
      {
        baseline: 1000,
        target: 10,
        change: 'relative',
        recentRate: 6,
        recentPeriodMonths: 6,
        months: 6,
      },
      'yes',
      10 / 6,
    ],
    [
      '+25% month over month after +15% a month',
      { baseline: null, target: 25, change: 'relative', recentRate: 15, months: 1 },
      'yes',
      25 / 15,
    ],
    [
      'a cut of 10% a month while costs fell 5% a month',
      { baseline: 2, target: 1.8, recentRate: -5, months: 1 },
      'yes',
      2,
    ],
    [
      'a cut of 15% a month while costs fell 5% a month',
      { baseline: 2, target: 1.7, recentRate: -5, months: 1 },
      'no',
      3,
    ],
  ] as const)('%s', (_name, input, verdict, ratio) => {
    const r = checkAchievable(input);
    expect(r.verdict).toBe(verdict);
    expect(r.ratio).toBeCloseTo(ratio, 9);
    expect(r.reason).toBe(
      verdict === 'yes' ? 'achievable.within-reach' : 'achievable.too-ambitious',
    );
  });

  it('compounds over the frame: twice the rate every month for 6 months is on the line', () => {
    // 5% a month recently; a target of 1.10^6 × baseline needs exactly 10% a month.
    const input = { baseline: 1000, recentRate: 5, months: 6 };
    const onTheLine = checkAchievable({ ...input, target: 1000 * 1.1 ** 6 });
    expect(onTheLine.requiredRate).toBeCloseTo(10, 9);
    expect(onTheLine.verdict).toBe('yes');
    const over = checkAchievable({ ...input, target: 1000 * 1.1025 ** 6 });
    expect(over.requiredRate).toBeCloseTo(10.25, 9);
    expect(over.verdict).toBe('no');
  });

  it('shows the required rate, the ratio and the projection of the recent rate', () => {
    // Mobile conversion 2.3% → 5% in 6 months, after growing 5% a month.
    const r = checkAchievable({ baseline: 2.3, target: 5, recentRate: 5, months: 6 });
    expect(r.targetLevel).toBe(5);
    expect(r.requiredGrowth).toBeCloseTo(117.391, 3);
    expect(r.periods).toBe(6);
    expect(r.requiredRate).toBeCloseTo(13.817, 3);
    expect(r.ratio).toBeCloseTo(2.763, 3);
    expect(r.verdict).toBe('no');
    // DOMAIN.md: 5% a month for six months ≈ +34%.
    expect(r.projection?.growth).toBeCloseTo(34.0096, 4);
    expect(r.projection?.level).toBeCloseTo(2.3 * 1.05 ** 6, 9);
  });

  it('measures the frame in recent-rate periods', () => {
    // 12 months at a quarterly rate of 10%: 4 periods.
    const r = checkAchievable({
      baseline: 100,
      target: 10,
      change: 'relative',
      recentRate: 10,
      recentPeriodMonths: 3,
      months: 12,
    });
    expect(r.periods).toBe(4);
    expect(r.requiredRate).toBeCloseTo(2.411, 3);
    expect(r.verdict).toBe('yes');
    expect(r.targetLevel).toBeCloseTo(110, 9);
  });

  it.each([
    ['growth wanted after a flat period', { baseline: 100, target: 105, recentRate: 0, months: 3 }],
    [
      'growth wanted while the metric falls',
      { baseline: 100, target: 105, recentRate: -2, months: 3 },
    ],
    [
      'a cut wanted while the metric grows',
      { baseline: 100, target: 95, recentRate: 2, months: 3 },
    ],
  ])('against the trend is "no": %s', (_name, input) => {
    const r = checkAchievable(input);
    expect(r).toMatchObject({ verdict: 'no', reason: 'achievable.against-trend', ratio: null });
    expect(r.requiredRate).not.toBeNull();
  });

  it('holding the level is reachable whatever the trend', () => {
    expect(checkAchievable({ baseline: 50, target: 50, recentRate: -3, months: 6 })).toMatchObject({
      verdict: 'yes',
      ratio: 0,
    });
    expect(checkAchievable({ baseline: 50, target: 50, recentRate: 0, months: 6 })).toMatchObject({
      verdict: 'yes',
      ratio: null,
    });
  });

  it.each([
    [
      'no recent rate',
      { baseline: 100, target: 110, recentRate: null, months: 3 },
      'achievable.missing-recent-rate',
    ],
    [
      'no target',
      { baseline: 100, target: null, recentRate: 5, months: 3 },
      'achievable.missing-target',
    ],
    [
      'no baseline for a level',
      { baseline: null, target: 110, recentRate: 5, months: 3 },
      'achievable.missing-baseline',
    ],
    [
      'a zero baseline',
      { baseline: 0, target: 10, recentRate: 5, months: 3 },
      'achievable.unsupported-baseline',
    ],
    [
      'a negative baseline',
      { baseline: -20, target: 10, recentRate: 5, months: 3 },
      'achievable.unsupported-baseline',
    ],
    [
      'a negative target level',
      { baseline: 20, target: -10, recentRate: 5, months: 3 },
      'achievable.unsupported-baseline',
    ],
    [
      'no time frame',
      { baseline: 100, target: 110, recentRate: 5, months: null },
      'achievable.missing-time-frame',
    ],
    [
      'a frame already over',
      { baseline: 100, target: 110, recentRate: 5, months: -1 },
      'achievable.missing-time-frame',
    ],
    [
      'a zero rate period',
      { baseline: 100, target: 110, recentRate: 5, recentPeriodMonths: 0, months: 3 },
      'achievable.missing-time-frame',
    ],
    [
      'a recent rate of −100%',
      { baseline: 100, target: 110, recentRate: -100, months: 3 },
      'achievable.invalid-recent-rate',
    ],
    [
      'NaN as recent rate',
      { baseline: 100, target: 110, recentRate: Number.NaN, months: 3 },
      'achievable.missing-recent-rate',
    ],
  ] as const)('unknown with %s', (_name, input, reason) => {
    const r = checkAchievable(input);
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toBe(reason);
    expect(r.ratio).toBeNull();
  });

  it('still shows the required rate when only the recent rate is missing', () => {
    const r = checkAchievable({ baseline: 100, target: 121, recentRate: null, months: 2 });
    expect(r.requiredRate).toBeCloseTo(10, 9);
    expect(r.projection).toBeNull();
  });

  it('a target too steep to compute is "no", never Infinity', () => {
    const r = checkAchievable({ baseline: 1, target: 1e300, recentRate: 5, months: 1e-6 });
    expect(r.verdict).toBe('no');
    expect(r.requiredRate).toBeNull();
    expect(
      Object.values(r)
        .filter((v) => typeof v === 'number')
        .every(Number.isFinite),
    ).toBe(true);
  });
});

describe('checkGoalAchievable', () => {
  const goal = (deadline: object) =>
    GoalSchema.parse({
      smart: { baseline: 2.3, target: 5, unit: 'percent', recentRate: { value: 15 }, deadline },
    });

  it('runs from today to the deadline', () => {
    const r = checkGoalAchievable(goal({ date: '2027-07-01' }), { today: '2027-01-01' });
    expect(r.periods).toBe(6);
    expect(r.verdict).toBe('yes'); // 13.8% a month needed after 15% a month
  });

  it('uses one cadence period when there is no date', () => {
    const r = checkGoalAchievable(goal({ cadence: 'quarterly' }), { today: '2027-01-01' });
    expect(r.periods).toBe(3);
  });

  it('is unknown once the deadline has passed', () => {
    const r = checkGoalAchievable(goal({ date: '2026-12-01' }), { today: '2027-01-01' });
    expect(r.reason).toBe('achievable.missing-time-frame');
  });
});
