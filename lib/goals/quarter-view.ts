import { quarterOf } from './dates';
import type { Goal } from './goal';

/**
 * The quarterly roadmap: goals grouped by the calendar quarter of their deadline, with a warning when
 * a quarter spreads over more focus areas than a team can hold (DOMAIN.md: pick one or two per
 * quarter). Focus areas are compared ignoring case and extra spaces; an empty label is no focus area.
 * Goals without a deadline date (cadence only, or no time frame yet) are returned apart as `undated`.
 */

export const MAX_FOCUS_AREAS = 2;

export interface QuarterItem {
  /** The caller's id for the goal (a draft id), passed through. */
  id: string;
  goal: Goal;
  focusArea: string;
}

export interface QuarterGroup {
  /** `2027-Q3`: sorts chronologically as a string. */
  key: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Items due in the quarter, by deadline then input order. */
  items: QuarterItem[];
  /** Distinct focus areas, spelled as first seen. */
  focusAreas: string[];
  /** More focus areas than the limit. */
  overloaded: boolean;
}

export interface QuarterWarning {
  /** Message key; params: `quarter`, `count`, `max`. */
  key: 'quarter.too-many-focus-areas';
  quarter: string;
  count: number;
  max: number;
}

export interface QuarterView {
  quarters: QuarterGroup[];
  undated: QuarterItem[];
  warnings: QuarterWarning[];
}

const normalize = (label: string) => label.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function quarterView(
  items: readonly QuarterItem[],
  options: { maxFocusAreas?: number } = {},
): QuarterView {
  const max = options.maxFocusAreas ?? MAX_FOCUS_AREAS;
  const byKey = new Map<string, QuarterGroup>();
  const undated: QuarterItem[] = [];

  for (const item of items) {
    const date = item.goal.smart.deadline.date;
    const q = date ? quarterOf(date) : null;
    if (!q) {
      undated.push(item);
      continue;
    }
    const key = `${q.year}-Q${q.quarter}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, ...q, items: [], focusAreas: [], overloaded: false };
      byKey.set(key, group);
    }
    group.items.push(item);
  }

  const quarters = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  const warnings: QuarterWarning[] = [];
  for (const group of quarters) {
    // Stable sort: same-day deadlines keep the caller's order.
    group.items.sort((a, b) =>
      a.goal.smart.deadline.date!.localeCompare(b.goal.smart.deadline.date!),
    );
    const seen = new Map<string, string>();
    for (const { focusArea } of group.items) {
      const norm = normalize(focusArea);
      if (norm && !seen.has(norm)) seen.set(norm, focusArea.trim().replace(/\s+/g, ' '));
    }
    group.focusAreas = [...seen.values()];
    group.overloaded = group.focusAreas.length > max;
    if (group.overloaded) {
      warnings.push({
        key: 'quarter.too-many-focus-areas',
        quarter: group.key,
        count: group.focusAreas.length,
        max,
      });
    }
  }
  return { quarters, undated, warnings };
}
