import { STRETCH_LIMIT } from '../analysis/achievable';
import type { Achievable } from '../analysis/schema';
import { timeFrameMonths, todayIso } from './dates';
import type { ChangeKind, Goal } from './goal';

/**
 * The Achievable check: is the target realistic against the metric's own recent history (not an
 * industry benchmark)? DOMAIN.md: "if traffic grew 5% last month, aim for 8–10%, not 30%", so a
 * target that needs more than about twice the recent rate is flagged.
 *
 * The required change is converted to a compounding rate per recent-rate period and compared with
 * the recent rate: ratio = required ÷ recent. Ratio above 2 → 'no'; otherwise 'yes'. A target that
 * moves the metric against its recent trend (growth wanted after a flat or falling period, or a cut
 * while it grows) is 'no' too. No recent rate, no target, no time frame, or a baseline that relative
 * growth cannot be measured from → 'unknown', with whatever numbers can still be shown.
 *
 * Rates are percent changes of the metric itself per period, whatever its unit: a conversion rate
 * going from 2.0% to 2.3% grew 15%.
 */

/** Required rate ÷ recent rate above this is not achievable: the engine's rule, in one place. */
export const MAX_RATIO = STRETCH_LIMIT;
/** Tolerance for float noise: a target built as exactly twice the rate must not tip over. */
const EPSILON = 1e-9;

export interface AchievableInput {
  baseline: number | null;
  /** The level to reach (`change: 'absolute'`) or the change in percent (`'relative'`). */
  target: number | null;
  change?: ChangeKind;
  /** The metric's recent change per period, percent. */
  recentRate: number | null;
  /** Length of the recent-rate period in months; 1 when omitted. */
  recentPeriodMonths?: number;
  /** The goal's time frame in months. */
  months: number | null;
}

export type AchievableReason =
  | 'achievable.within-reach'
  | 'achievable.too-ambitious'
  | 'achievable.against-trend'
  | 'achievable.missing-target'
  | 'achievable.missing-baseline'
  | 'achievable.unsupported-baseline'
  | 'achievable.missing-time-frame'
  | 'achievable.missing-recent-rate'
  | 'achievable.invalid-recent-rate';

export interface AchievableCheck {
  verdict: Achievable;
  /** Message key explaining the verdict. */
  reason: AchievableReason;
  /** The absolute level the target means, when the baseline is known. */
  targetLevel: number | null;
  /** Total change the target needs over the frame, percent. */
  requiredGrowth: number | null;
  /** How many recent-rate periods fit in the frame. */
  periods: number | null;
  /** Compounding rate per recent-rate period the target needs, percent. */
  requiredRate: number | null;
  /** requiredRate ÷ recent rate; null when the two go different ways or either is missing. */
  ratio: number | null;
  /** The recent rate compounded over the frame: what happens if the trend just continues. */
  projection: { growth: number; level: number | null } | null;
}

const finite = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x);
const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function checkAchievable(input: AchievableInput): AchievableCheck {
  const change = input.change ?? 'absolute';
  const baseline = finite(input.baseline) ? input.baseline : null;
  const target = finite(input.target) ? input.target : null;
  const periodMonths = input.recentPeriodMonths ?? 1;
  const empty: AchievableCheck = {
    verdict: 'unknown',
    reason: 'achievable.missing-target',
    targetLevel: null,
    requiredGrowth: null,
    periods: null,
    requiredRate: null,
    ratio: null,
    projection: null,
  };
  const unknown = (reason: AchievableReason, more: Partial<AchievableCheck> = {}) => ({
    ...empty,
    ...more,
    reason,
  });

  if (target === null) return unknown('achievable.missing-target');

  let requiredGrowth: number;
  let targetLevel: number | null = null;
  if (change === 'relative') {
    requiredGrowth = target;
    if (baseline !== null) targetLevel = baseline * (1 + target / 100);
  } else {
    targetLevel = target;
    if (baseline === null) return unknown('achievable.missing-baseline', { targetLevel });
    if (baseline <= 0) return unknown('achievable.unsupported-baseline', { targetLevel });
    requiredGrowth = (target / baseline - 1) * 100;
  }
  // Below −100% the metric would have to turn negative; growth rates cannot describe that.
  if (requiredGrowth < -100) return unknown('achievable.unsupported-baseline', { targetLevel });

  const known = { targetLevel, requiredGrowth };
  if (!finite(input.months) || input.months <= 0 || !finite(periodMonths) || periodMonths <= 0) {
    return unknown('achievable.missing-time-frame', known);
  }
  const periods = input.months / periodMonths;
  const requiredRate = orNull(((1 + requiredGrowth / 100) ** (1 / periods) - 1) * 100);
  const withRate = { ...known, periods, requiredRate };

  const recent = finite(input.recentRate) ? input.recentRate : null;
  if (recent === null) return unknown('achievable.missing-recent-rate', withRate);
  if (recent <= -100) return unknown('achievable.invalid-recent-rate', withRate);

  const projectedGrowth = orNull(((1 + recent / 100) ** periods - 1) * 100);
  const projection =
    projectedGrowth === null
      ? null
      : {
          growth: projectedGrowth,
          level: baseline === null ? null : orNull(baseline * (1 + projectedGrowth / 100)),
        };
  const result = (verdict: Achievable, reason: AchievableReason, ratio: number | null) => ({
    ...withRate,
    verdict,
    reason,
    ratio,
    projection,
  });

  // A rate so steep it overflows is, by definition, far beyond any recent rate.
  if (requiredRate === null) return result('no', 'achievable.too-ambitious', null);
  if (Math.abs(requiredRate) < EPSILON) {
    return result('yes', 'achievable.within-reach', recent === 0 ? null : 0);
  }
  if (Math.sign(requiredRate) !== Math.sign(recent)) {
    return result('no', 'achievable.against-trend', null);
  }
  const ratio = requiredRate / recent;
  return ratio > MAX_RATIO + EPSILON
    ? result('no', 'achievable.too-ambitious', ratio)
    : result('yes', 'achievable.within-reach', ratio);
}

export interface GoalCheckOptions {
  /** Reference date, `YYYY-MM-DD`; the current local date when omitted. */
  today?: string;
}

/** The Achievable check of a structured goal, its frame running from `today` to the deadline. */
export function checkGoalAchievable(goal: Goal, options: GoalCheckOptions = {}): AchievableCheck {
  const { smart } = goal;
  return checkAchievable({
    baseline: smart.baseline,
    target: smart.target,
    change: smart.change,
    recentRate: smart.recentRate.value,
    recentPeriodMonths: smart.recentRate.periodMonths,
    months: timeFrameMonths(smart.deadline, options.today ?? todayIso()),
  });
}
