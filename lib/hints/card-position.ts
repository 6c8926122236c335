/**
 * Where the card goes: below the flagged text, or above it when there is no room below, its left
 * edge under the text's, and always fully inside the viewport (with a margin) when it fits at all.
 */

import type { Box } from './mirror';

export interface Size {
  width: number;
  height: number;
}

/** Space kept between the card and the text, and between the card and the viewport's edges. */
export const CARD_GAP = 6;

export function placeCard(
  anchor: Box,
  card: Size,
  viewport: Size,
  gap = CARD_GAP,
): { left: number; top: number } {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - card.height;
  let top: number;
  if (below + card.height <= viewport.height - gap) top = below;
  else if (above >= gap) top = above;
  // Neither fits: the side with more room, clamped.
  else top = viewport.height - below > anchor.top ? below : above;
  const left = anchor.left;
  return {
    left: clamp(left, gap, viewport.width - gap - card.width),
    top: clamp(top, gap, viewport.height - gap - card.height),
  };
}

/** `value` within [min, max]; a card larger than the viewport sticks to the top-left margin. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
