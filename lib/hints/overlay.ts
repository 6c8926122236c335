/**
 * The one place the extension draws in a page: a `<smartgoal-overlay>` element appended to
 * `document.documentElement`, with an open shadow root holding every hint box (and, in later
 * slices, the card). Styles are isolated both ways: the page's CSS cannot reach the boxes, ours
 * cannot reach the page. The host covers the viewport (`position: fixed; inset: 0`), lets every
 * pointer event through and sits above everything the page stacks.
 *
 * Contract relied on by assistive tech and tests: each active hint is an element in the shadow
 * root with `data-smartgoal-hint` = the exact flagged text and `data-criteria` = the missing
 * criteria letters (e.g. `SMT`), positioned over the flagged text.
 */

import type { Box } from './mirror';

export const OVERLAY_TAG = 'smartgoal-overlay';

/** Orange that reads on light and dark pages alike (the same as the `::highlight()` rule). */
const UNDERLINE_COLOR = '#e8590c';

/*
 * `!important` in a shadow root's `:host` rule beats the page's own `!important` rules for the
 * host (inner encapsulation context wins for important declarations), so a page stylesheet such
 * as `* { display: none !important }` cannot hide or move the overlay.
 */
export const OVERLAY_CSS = `:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
}
[data-smartgoal-hint] {
  position: absolute;
  box-sizing: border-box;
  margin: 0;
  padding: 0;
  pointer-events: none;
}
[data-smartgoal-hint][hidden] {
  display: none;
}
.line {
  position: absolute;
  box-sizing: border-box;
  border-bottom: 2px dotted ${UNDERLINE_COLOR};
}
/* The CSS Custom Highlight already draws a wavy underline under the text itself. */
[data-painted='highlight'] .line {
  border-bottom-color: transparent;
}`;

export interface Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Top-left of the host in client coordinates: where fixed `inset: 0` really put it. */
  origin(): { left: number; top: number };
  /** Put the host back if the page removed it (e.g. rewrote `<html>`'s children). */
  reattach(): void;
  remove(): void;
}

/**
 * Create the overlay in `doc`, replacing any left by an earlier instance of the content script
 * (an extension update orphans the old one), so there is always exactly one.
 */
export function createOverlay(doc: Document): Overlay {
  const parent = doc.documentElement;
  for (const stale of Array.from(parent.children)) {
    if (stale.localName === OVERLAY_TAG) stale.remove();
  }
  // A valid custom-element name: `attachShadow` accepts it without a registered definition
  // (content scripts have no `customElements` registry of their own in Chrome).
  const host = doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
  parent.append(host);
  return {
    host,
    root,
    origin() {
      // Normally (0, 0); a `transform`/`filter` on <html> makes it the containing block instead.
      const rect = host.getBoundingClientRect();
      return { left: rect.left, top: rect.top };
    },
    reattach() {
      if (!host.isConnected && doc.documentElement) doc.documentElement.append(host);
    },
    remove() {
      host.remove();
    },
  };
}

export interface HintLabel {
  /** The exact flagged text. */
  text: string;
  /** Missing criteria letters, e.g. `SMT`. */
  criteria: string;
}

/** A hint's element (not yet placed or attached). */
export function createHintElement(doc: Document, label: HintLabel): HTMLElement {
  const el = doc.createElement('div');
  el.setAttribute('data-smartgoal-hint', label.text);
  el.setAttribute('data-criteria', label.criteria);
  el.hidden = true; // until placed
  return el;
}

function setBox(el: HTMLElement, box: Box): void {
  el.style.setProperty('left', `${box.left}px`);
  el.style.setProperty('top', `${box.top}px`);
  el.style.setProperty('width', `${box.width}px`);
  el.style.setProperty('height', `${box.height}px`);
}

/** The smallest box holding every box (they must be non-empty). */
export function unionBox(boxes: readonly Box[]): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.left + b.width);
    bottom = Math.max(bottom, b.top + b.height);
  }
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * Place a hint over its line boxes (client coordinates, one per line the flagged text covers),
 * relative to the overlay's `origin`. The element spans their union; each line gets its own
 * underlined child. No boxes (scrolled out of view, hidden field): the element is hidden.
 */
export function placeHint(
  el: HTMLElement,
  boxes: readonly Box[],
  origin: { left: number; top: number } = { left: 0, top: 0 },
): void {
  const visible = boxes.filter((b) => b.width > 0 && b.height > 0);
  if (visible.length === 0) {
    el.hidden = true;
    return;
  }
  const outer = unionBox(visible);
  setBox(el, { ...outer, left: outer.left - origin.left, top: outer.top - origin.top });
  const doc = el.ownerDocument;
  const lines = el.children;
  while (lines.length > visible.length) lines[lines.length - 1]!.remove();
  visible.forEach((box, i) => {
    let line = lines[i] as HTMLElement | undefined;
    if (!line) {
      line = doc.createElement('div');
      line.className = 'line';
      el.append(line);
    }
    setBox(line, { ...box, left: box.left - outer.left, top: box.top - outer.top });
  });
  el.hidden = false;
}
