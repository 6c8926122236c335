// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHintElement,
  createOverlay,
  OVERLAY_CSS,
  OVERLAY_TAG,
  placeHint,
  unionBox,
} from '../../../lib/hints/overlay';

function overlays(): Element[] {
  return Array.from(document.querySelectorAll(OVERLAY_TAG));
}

afterEach(() => {
  for (const el of overlays()) el.remove();
  document.body.replaceChildren();
});

describe('createOverlay', () => {
  it('appends one host to <html> with an open shadow root holding its styles', () => {
    const overlay = createOverlay(document);
    expect(overlays()).toEqual([overlay.host]);
    expect(overlay.host.parentNode).toBe(document.documentElement);
    expect(overlay.host.shadowRoot).toBe(overlay.root);
    expect(overlay.root.mode).toBe('open');
    expect(overlay.root.querySelector('style')!.textContent).toBe(OVERLAY_CSS);
  });

  it('covers the viewport, lets pointer events through and stacks on top, whatever the page says', () => {
    for (const declaration of [
      'position: fixed !important',
      'inset: 0 !important',
      'pointer-events: none !important',
      'z-index: 2147483647 !important',
    ]) {
      expect(OVERLAY_CSS).toContain(declaration);
    }
  });

  it('replaces an overlay left by an earlier instance of the script', () => {
    const stale = document.createElement(OVERLAY_TAG);
    document.documentElement.append(stale);
    const overlay = createOverlay(document);
    expect(overlays()).toEqual([overlay.host]);
    expect(stale.isConnected).toBe(false);
  });

  it('puts itself back when the page removes it, and goes away on remove()', () => {
    const overlay = createOverlay(document);
    overlay.host.remove();
    overlay.reattach();
    expect(overlays()).toEqual([overlay.host]);
    overlay.remove();
    expect(overlays()).toEqual([]);
  });
});

describe('hint elements', () => {
  it('carry the exact flagged text and the missing criteria, hidden until placed', () => {
    const el = createHintElement(document, { text: 'Improve onboarding soon', criteria: 'SMT' });
    expect(el.getAttribute('data-smartgoal-hint')).toBe('Improve onboarding soon');
    expect(el.getAttribute('data-criteria')).toBe('SMT');
    expect(el.hidden).toBe(true);
  });

  it('span the union of their line boxes, one underlined line each, relative to the origin', () => {
    const el = createHintElement(document, { text: 'a b', criteria: 'M' });
    placeHint(
      el,
      [
        { left: 100, top: 50, width: 200, height: 20 },
        { left: 10, top: 70, width: 50, height: 20 },
        { left: 0, top: 0, width: 0, height: 0 },
      ],
      { left: 5, top: 10 },
    );
    expect(el.hidden).toBe(false);
    expect([el.style.left, el.style.top, el.style.width, el.style.height]).toEqual([
      '5px',
      '40px',
      '290px',
      '40px',
    ]);
    const lines = Array.from(el.children) as HTMLElement[];
    expect(lines.map((l) => l.className)).toEqual(['line', 'line']);
    expect([lines[0]!.style.left, lines[0]!.style.top, lines[0]!.style.width]).toEqual([
      '90px',
      '0px',
      '200px',
    ]);
    expect([lines[1]!.style.left, lines[1]!.style.top, lines[1]!.style.width]).toEqual([
      '0px',
      '20px',
      '50px',
    ]);

    // Fewer lines after a reflow: the extra line goes; no boxes at all: hidden.
    placeHint(el, [{ left: 10, top: 10, width: 30, height: 20 }]);
    expect(el.children).toHaveLength(1);
    placeHint(el, []);
    expect(el.hidden).toBe(true);
  });

  it('unionBox', () => {
    expect(
      unionBox([
        { left: 1, top: 2, width: 3, height: 4 },
        { left: -1, top: 5, width: 1, height: 1 },
      ]),
    ).toEqual({ left: -1, top: 2, width: 5, height: 4 });
  });
});
