import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard } from '../../../lib/hints/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('goes below the text, left edges aligned', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({
      left: 100,
      top: 120 + CARD_GAP,
    });
  });

  it('goes above when there is no room below', () => {
    expect(placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport)).toEqual({
      left: 100,
      top: 700 - CARD_GAP - 200,
    });
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ left: 900, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(
      1000 - CARD_GAP - 300,
    );
    expect(placeCard({ left: -50, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(
      CARD_GAP,
    );
  });

  it('fits neither side: clamped inside, on the side with more room', () => {
    const tall = { width: 300, height: 700 };
    const at = placeCard({ left: 10, top: 300, width: 80, height: 20 }, tall, viewport);
    expect(at.top).toBeGreaterThanOrEqual(CARD_GAP);
    expect(at.top + tall.height).toBeLessThanOrEqual(800 - CARD_GAP);
  });

  it('a card larger than the viewport sticks to the top-left margin', () => {
    const huge = { width: 2000, height: 2000 };
    expect(placeCard({ left: 500, top: 500, width: 10, height: 10 }, huge, viewport)).toEqual({
      left: CARD_GAP,
      top: CARD_GAP,
    });
  });
});
