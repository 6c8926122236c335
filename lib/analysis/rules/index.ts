import hedge from './hedge';
import missingMeasurable from './missing-measurable';
import missingSpecific from './missing-specific';
import missingTimeBound from './missing-time-bound';
import okrObjective from './okr-objective';
import type { Rule } from './rule';
import unrealisticTarget from './unrealistic-target';
import vagueGoal from './vague-goal';
import vagueWord from './vague-word';

/** Builds the registry: sorted by id, and a duplicate id is a programming error. */
export function registry(rules: Rule[]): readonly Rule[] {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`duplicate rule id: ${r.id}`);
    seen.add(r.id);
  }
  return Object.freeze([...rules].sort((a, b) => a.id.localeCompare(b.id)));
}

/** Every rule the engine runs. A convention test checks each file in rules/ is listed here. */
export const RULES = registry([
  hedge,
  missingMeasurable,
  missingSpecific,
  missingTimeBound,
  okrObjective,
  unrealisticTarget,
  vagueGoal,
  vagueWord,
]);

export type { Rule, RuleContext } from './rule';
