import type { CivilDate } from './calendar';
import { parseIsoDate } from './calendar';
import type { Achievable, Component } from './schema';

/** A recent growth rate the text states ("grew 5% last month"). */
export interface History {
  /** Percent per period. */
  rate: number;
  /** Length of that period in months, when stated. */
  months: number | null;
  /** The clause that states it, kept verbatim in rewrites. */
  text: string;
  /** The words before the rate: what grew (for Specific when the goal says "it"). */
  metricText: string;
}

/** Above this multiple of the recent rate a target counts as not achievable (DOMAIN.md). */
export const STRETCH_LIMIT = 2;

function monthsUntil(today: CivilDate, iso: string): number {
  const d = parseIsoDate(iso);
  return Math.max(
    0.25,
    (d.year - today.year) * 12 + (d.month - today.month) + (d.day - today.day) / 30,
  );
}

/** The target's growth in percent per `months`, if the text lets us compute it. */
export function targetRate(
  components: Component[],
  today: CivilDate,
): { rate: number; months: number } | null {
  const deadline = components.find((c) => c.kind === 'deadline' && c.time);
  const t = deadline?.time;
  const months = t
    ? t.kind === 'deadline' && t.due && !t.months
      ? monthsUntil(today, t.due)
      : t.months
    : undefined;
  if (!months) return null;
  const baseline = components.find((c) => c.kind === 'baseline' && c.quantity);
  const targets = components.filter((c) => c.kind === 'target' && c.quantity);
  for (const target of targets) {
    const q = target.quantity!;
    if (baseline?.quantity && !q.relative && baseline.quantity.value > 0) {
      return {
        rate: ((q.value - baseline.quantity.value) / baseline.quantity.value) * 100,
        months,
      };
    }
    if (q.unit === 'multiplier') return { rate: (q.value - 1) * 100, months };
    if ((q.unit === 'percent' || q.unit === 'points') && q.relative)
      return { rate: q.value, months };
  }
  return null;
}

/**
 * Achievable only when the text states a recent rate: compare the target, compounded to the
 * same period, with that rate. Without history the answer is "unknown" (the writer knows).
 */
export function judgeAchievable(
  history: History | null,
  components: Component[],
  today: CivilDate,
): { verdict: Achievable; target: { rate: number; months: number } | null } {
  if (!history || history.rate <= 0) return { verdict: 'unknown', target: null };
  const target = targetRate(components, today);
  if (!target) return { verdict: 'unknown', target: null };
  const period = history.months ?? target.months;
  const perPeriod = (Math.pow(1 + target.rate / 100, period / target.months) - 1) * 100;
  return { verdict: perPeriod > STRETCH_LIMIT * history.rate ? 'no' : 'yes', target };
}
