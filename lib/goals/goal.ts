import { z } from 'zod';
import { LangSchema, type Lang } from '../analysis/schema';

/**
 * The `Goal` model the builder edits: the content of one draft (ids, revisions and timestamps belong
 * to `lib/drafts`). Every field has a default, so `GoalSchema.parse({})` is an empty English goal and
 * a draft saved by an older build parses with the fields it lacks filled in.
 *
 * Free text is kept exactly as typed; numbers are numbers (parse form input with
 * `calculators/number-input.ts` first). Nested objects use `.prefault({})` so their own field defaults
 * apply when the whole object is missing.
 */

const text = () => z.string().default('');
const amount = () => z.number().nullable().default(null);

/** How the quantity is read and printed: `2.3%`, `35,000`, `1,200` (currency from the metric text), `31`. */
export const GoalUnitSchema = z.enum(['percent', 'count', 'currency', 'points']);
export type GoalUnit = z.infer<typeof GoalUnitSchema>;

/**
 * How `target` is expressed.
 * - `absolute`: `target` is the level to reach, in `unit` ("from 2.3% to 5%", "to 35,000 visitors").
 * - `relative`: `target` is a change in percent of the baseline ("by 25%"; negative reduces). It works
 *   without a baseline; with one, the level is `baseline × (1 + target / 100)`.
 */
export const ChangeKindSchema = z.enum(['absolute', 'relative']);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

export const CadenceSchema = z.enum(['weekly', 'monthly', 'quarterly']);
export type Cadence = z.infer<typeof CadenceSchema>;

/** Why / how / what, named before the numbers (DOMAIN.md: hunger, aspirational anchor, goal). */
export const WhySchema = z.object({
  /** Today's pain the goal must fix. */
  hunger: text(),
  /** What success looks like. */
  anchor: text(),
  /** The broad aim this objective serves ("raise brand awareness"). */
  broadGoal: text(),
});
export type Why = z.infer<typeof WhySchema>;

export const RecentRateSchema = z.object({
  /** The metric's own recent change in percent per period (5 = +5% per period); null when unknown. */
  value: amount(),
  /** Length of that period in months (1 = a month, 3 = a quarter, 0.25 ≈ a week). */
  periodMonths: z.number().positive().default(1),
});
export type RecentRate = z.infer<typeof RecentRateSchema>;

export const RelevanceSchema = z.object({
  /** The larger goal or objective this one serves, when it is itself a draft. */
  parentId: z.string().nullable().default(null),
  /** The company objective or condition this goal moves, in words. */
  objective: text(),
});
export type Relevance = z.infer<typeof RelevanceSchema>;

export const DeadlineSchema = z.object({
  /** Due date, `YYYY-MM-DD` (a real calendar date). */
  date: z.iso.date().nullable().default(null),
  /**
   * Check-in rhythm. With a date it is how often progress is reviewed; without one the target
   * recurs every period ("+25% month over month").
   */
  cadence: CadenceSchema.nullable().default(null),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const SmartSchema = z.object({
  /** What is measured, as a noun phrase: "mobile conversion rate", "organic search visitors per month". */
  metric: text(),
  /** Who, where, which channel or segment: "on iOS", "among Gen Z on Instagram". */
  scope: text(),
  /** The person or team accountable. */
  owner: text(),
  baseline: amount(),
  target: amount(),
  unit: GoalUnitSchema.default('count'),
  change: ChangeKindSchema.default('absolute'),
  recentRate: RecentRateSchema.prefault({}),
  relevance: RelevanceSchema.prefault({}),
  deadline: DeadlineSchema.prefault({}),
  /** How the team will get there: "through targeted SEO". */
  method: text(),
});
export type Smart = z.infer<typeof SmartSchema>;

/** The companion to SMART: dream big with DUMB, plan the steps with SMART. */
export const DumbSchema = z.object({
  /** D: the vision that cannot be quantified yet. */
  dream: text(),
  /** U: why it motivates the team. */
  uplifting: text(),
  /** M: the daily system or practice that carries it. */
  method: text(),
  /** B: the habit it triggers. */
  behavior: text(),
});
export type Dumb = z.infer<typeof DumbSchema>;

export const GoalSchema = z.object({
  lang: z._default(LangSchema, 'en'),
  why: WhySchema.prefault({}),
  smart: SmartSchema.prefault({}),
  dumb: DumbSchema.prefault({}),
});
export type Goal = z.infer<typeof GoalSchema>;
/** What `GoalSchema.parse` accepts: any subset of a goal, e.g. a template or an old draft. */
export type GoalInput = z.input<typeof GoalSchema>;

/** A goal with every field empty, in `lang`. */
export function emptyGoal(lang: Lang = 'en'): Goal {
  return GoalSchema.parse({ lang });
}
