/**
 * Which hint is under the pointer. The hint boxes are `pointer-events: none` (they must never
 * take a click from the page), so hover is found by testing the point: through
 * `CSS.highlights.highlightsFromPoint` for painted contenteditable text where the browser has it,
 * and against the boxes' own line rectangles otherwise (and always for textarea hints).
 */

export interface HitCandidate {
  /** The hint's element in the overlay (its `.line` children are the drawn line boxes). */
  element: HTMLElement;
  /** Contenteditable: the live range painted as a highlight. */
  range: Range | null;
}

type HighlightsFromPoint = (
  x: number,
  y: number,
) => ReadonlyArray<{ highlight?: unknown; ranges?: readonly AbstractRange[] }>;

/** The ranges the browser reports under (x, y), or null where `highlightsFromPoint` is missing. */
export function highlightRangesAt(view: Window, x: number, y: number): AbstractRange[] | null {
  const registry = (
    view as { CSS?: { highlights?: { highlightsFromPoint?: HighlightsFromPoint } } }
  ).CSS?.highlights;
  const fromPoint = registry?.highlightsFromPoint;
  if (typeof fromPoint !== 'function') return null;
  try {
    return fromPoint.call(registry, x, y).flatMap((hit) => [...(hit.ranges ?? [])]);
  } catch {
    return null;
  }
}

const inside = (r: DOMRect, x: number, y: number) =>
  r.width > 0 && r.height > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Whether (x, y) is on one of a placed hint's line boxes. */
export function onHintBox(element: HTMLElement, x: number, y: number): boolean {
  if (element.hidden) return false;
  const lines = element.children;
  if (lines.length === 0) return inside(element.getBoundingClientRect(), x, y);
  for (const line of Array.from(lines)) {
    if (inside(line.getBoundingClientRect(), x, y)) return true;
  }
  return false;
}

/** The first candidate under (x, y), or null. */
export function hintAt<T extends HitCandidate>(
  view: Window,
  candidates: readonly T[],
  x: number,
  y: number,
): T | null {
  const ranges = candidates.some((c) => c.range) ? highlightRangesAt(view, x, y) : null;
  if (ranges && ranges.length > 0) {
    const hit = candidates.find((c) => c.range && ranges.includes(c.range));
    if (hit) return hit;
  }
  return candidates.find((c) => onHintBox(c.element, x, y)) ?? null;
}
