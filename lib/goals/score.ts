import type { Criterion } from '../analysis/schema';
import { checkGoalAchievable, type AchievableCheck, type GoalCheckOptions } from './achievable';
import { todayIso } from './dates';
import type { Goal } from './goal';

/**
 * SMART/DUMB scoring of a structured goal (the builder's checklist). Each letter is a list of checks;
 * a letter is met when all pass, and is worth 20 points shared equally among its checks, so the
 * 0–100 score moves with every field filled in. What is still missing is given as message keys
 * (`builder.missing.*`), never prose: the UI renders them in its own language.
 *
 * - S: metric, scope. Method and owner are suggested, not required.
 * - M: metric, target.
 * - A: baseline (absolute targets only), recent rate, and the Achievable check saying 'yes'.
 * - R: a parent goal or the company objective it serves.
 * - T: a deadline after today, or a cadence.
 */

export type MissingKey =
  | 'builder.missing.metric'
  | 'builder.missing.scope'
  | 'builder.missing.target'
  | 'builder.missing.baseline'
  | 'builder.missing.positiveBaseline'
  | 'builder.missing.recentRate'
  | 'builder.missing.realisticTarget'
  | 'builder.missing.relevance'
  | 'builder.missing.deadline'
  | 'builder.missing.futureDeadline';

export type SuggestionKey = 'builder.suggest.method' | 'builder.suggest.owner';

export interface CriterionScore {
  met: boolean;
  /** Keys of what blocks the letter, in the order to ask for them. */
  missing: MissingKey[];
  /** Keys of what would make it better without blocking it. */
  suggested: SuggestionKey[];
  /** This letter's share of the score, 0–20. */
  points: number;
}

export interface GoalScore {
  /** 0–100, whole number. */
  score: number;
  criteria: Record<Criterion, CriterionScore>;
  /** The numbers behind A. */
  achievable: AchievableCheck;
  /** Which DUMB fields are filled. */
  dumb: { D: boolean; U: boolean; M: boolean; B: boolean; filled: number };
  /** Which of why/how/what are filled. */
  why: { hunger: boolean; anchor: boolean; broadGoal: boolean; filled: number };
}

const POINTS_PER_LETTER = 20;
const filled = (s: string) => s.trim() !== '';

type Check = [passed: boolean, missing: MissingKey];

function letter(checks: Check[], suggested: SuggestionKey[] = []): CriterionScore {
  const missing = [...new Set(checks.filter(([ok]) => !ok).map(([, key]) => key))];
  const passed = checks.filter(([ok]) => ok).length;
  return {
    met: passed === checks.length,
    missing,
    suggested,
    points: (POINTS_PER_LETTER * passed) / checks.length,
  };
}

const ACHIEVABLE_MISSING: Record<AchievableCheck['reason'], MissingKey | null> = {
  'achievable.within-reach': null,
  'achievable.too-ambitious': 'builder.missing.realisticTarget',
  'achievable.against-trend': 'builder.missing.realisticTarget',
  'achievable.missing-target': 'builder.missing.target',
  'achievable.missing-baseline': 'builder.missing.baseline',
  'achievable.unsupported-baseline': 'builder.missing.positiveBaseline',
  'achievable.missing-time-frame': 'builder.missing.deadline',
  'achievable.missing-recent-rate': 'builder.missing.recentRate',
  'achievable.invalid-recent-rate': 'builder.missing.recentRate',
};

export function scoreGoal(goal: Goal, options: GoalCheckOptions = {}): GoalScore {
  const today = options.today ?? todayIso();
  const { smart, dumb, why } = goal;
  const hasMetric = filled(smart.metric);
  const achievable = checkGoalAchievable(goal, { today });

  const S = letter(
    [
      [hasMetric, 'builder.missing.metric'],
      [filled(smart.scope), 'builder.missing.scope'],
    ],
    [
      ...(filled(smart.method) ? [] : ['builder.suggest.method' as const]),
      ...(filled(smart.owner) ? [] : ['builder.suggest.owner' as const]),
    ],
  );
  const M = letter([
    [hasMetric, 'builder.missing.metric'],
    [smart.target !== null, 'builder.missing.target'],
  ]);
  const A = letter([
    ...(smart.change === 'absolute'
      ? [[smart.baseline !== null, 'builder.missing.baseline'] as Check]
      : []),
    [smart.recentRate.value !== null, 'builder.missing.recentRate'],
    [
      achievable.verdict === 'yes',
      ACHIEVABLE_MISSING[achievable.reason] ?? 'builder.missing.realisticTarget',
    ],
  ]);
  const R = letter([
    [
      smart.relevance.parentId !== null || filled(smart.relevance.objective),
      'builder.missing.relevance',
    ],
  ]);
  const { date, cadence } = smart.deadline;
  const T = letter([
    date !== null
      ? [date > today, 'builder.missing.futureDeadline']
      : [cadence !== null, 'builder.missing.deadline'],
  ]);

  const criteria = { S, M, A, R, T };
  const total = Object.values(criteria).reduce((sum, c) => sum + c.points, 0);
  const d = {
    D: filled(dumb.dream),
    U: filled(dumb.uplifting),
    M: filled(dumb.method),
    B: filled(dumb.behavior),
  };
  const w = {
    hunger: filled(why.hunger),
    anchor: filled(why.anchor),
    broadGoal: filled(why.broadGoal),
  };
  return {
    score: Math.round(total),
    criteria,
    achievable,
    dumb: { ...d, filled: Object.values(d).filter(Boolean).length },
    why: { ...w, filled: Object.values(w).filter(Boolean).length },
  };
}
