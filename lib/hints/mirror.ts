/**
 * Where text spans of a `textarea`/`input` are on screen. Their text has no DOM of its own, so we
 * lay the value out again in a hidden mirror `div` with the field's text-affecting styles, read
 * the span's line boxes, and translate them into the field's box.
 *
 * Coordinates: results are client (viewport) rectangles of the field's own document, so a
 * `position: fixed` overlay in that document can use them directly. The mirror is laid out
 * untransformed and unzoomed, so its CSS pixels are converted with `fieldScale()` (the ratio of
 * the field's on-screen size to its layout size), which covers `transform: scale()` on ancestors
 * and CSS `zoom`; browser page zoom changes nothing (everything stays in CSS pixels). Rotated or
 * skewed fields are approximated by their bounding box. The caller must measure again when the
 * value, scroll position, size or position of the field changes (scroll/resize listeners, a
 * ResizeObserver), at most once per animation frame.
 */

import type { Span } from '../analysis';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type MirrorKind = 'textarea' | 'input';

/** What a field's computed style is read through (a CSSStyleDeclaration, or a fake in tests). */
export interface StyleSource {
  getPropertyValue(property: string): string;
}

/** Every computed property that moves glyphs. Border styles are set, not copied (see below). */
export const MIRRORED_PROPERTIES = [
  'direction',
  'unicode-bidi',
  'writing-mode',
  'box-sizing',
  'width',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'text-rendering',
  'tab-size',
  'hyphens',
  'white-space',
  'overflow-wrap',
  'word-break',
  'line-break',
] as const;

const PRESERVING_WHITE_SPACE = /^(pre|pre-wrap|break-spaces)$/;

function px(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

export interface MirrorMetrics {
  /** The field's `clientWidth`: padding box without a vertical scrollbar; 0 when not laid out. */
  clientWidth: number;
}

/**
 * The mirror's inline style: the field's text-affecting styles, plus what makes it an invisible,
 * fully laid-out copy. Pure, so it is testable without layout.
 */
export function mirrorStyle(
  computed: StyleSource,
  kind: MirrorKind,
  metrics: MirrorMetrics,
): Record<string, string> {
  const style: Record<string, string> = {};
  for (const property of MIRRORED_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) style[property] = value;
  }
  if (kind === 'textarea') {
    // `wrap="off"` makes a textarea `pre`; otherwise it wraps like `pre-wrap`.
    const ws = computed.getPropertyValue('white-space');
    style['white-space'] = PRESERVING_WHITE_SPACE.test(ws) ? ws : 'pre-wrap';
  } else {
    style['white-space'] = 'pre';
    // A single-line input centres its line vertically: a line as tall as the content box does too.
    const height = px(computed.getPropertyValue('height'));
    const inner =
      computed.getPropertyValue('box-sizing') === 'border-box'
        ? height -
          px(computed.getPropertyValue('padding-top')) -
          px(computed.getPropertyValue('padding-bottom')) -
          px(computed.getPropertyValue('border-top-width')) -
          px(computed.getPropertyValue('border-bottom-width'))
        : height;
    if (inner > 0) style['line-height'] = `${inner}px`;
  }
  if (metrics.clientWidth > 0) {
    // The text wraps at the content box left of any scrollbar: give the mirror exactly that width.
    const content =
      metrics.clientWidth -
      px(computed.getPropertyValue('padding-left')) -
      px(computed.getPropertyValue('padding-right'));
    style['box-sizing'] = 'content-box';
    style['width'] = `${Math.max(0, content)}px`;
  }
  // Widths only apply with a style; transparent so nothing would show even if it were visible.
  style['border-style'] = 'solid';
  style['border-color'] = 'transparent';
  Object.assign(style, {
    position: 'absolute',
    top: '0px',
    left: '0px',
    height: 'auto',
    overflow: 'hidden',
    visibility: 'hidden',
    'pointer-events': 'none',
    margin: '0px',
    contain: 'layout style',
  });
  return style;
}

/** The spans sorted by start, split into layers in which no two spans overlap. */
export function layerSpans(spans: readonly Span[]): number[][] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const layers: { end: number; items: number[] }[] = [];
  for (const i of order) {
    const span = spans[i]!;
    const layer = layers.find((l) => l.end <= span.start);
    if (layer) {
      layer.items.push(i);
      layer.end = span.end;
    } else layers.push({ end: span.end, items: [i] });
  }
  return layers.map((l) => l.items);
}

export interface MirrorDom {
  root: HTMLDivElement;
  /** One element per requested span, in the order of `spans`. */
  marks: HTMLSpanElement[];
}

/**
 * The mirror element: `value` split into spans, each requested span (non-overlapping) wrapped in
 * its own `<span data-smartgoal-mirror="mark">` between the text before and after it, so one
 * layout measures every span.
 */
export function buildMirror(
  doc: Document,
  value: string,
  spans: readonly Span[],
  style: Record<string, string>,
): MirrorDom {
  const root = doc.createElement('div');
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('data-smartgoal-mirror', '');
  for (const [property, v] of Object.entries(style)) root.style.setProperty(property, v);
  const part = (text: string, role: 'text' | 'mark') => {
    const span = doc.createElement('span');
    span.setAttribute('data-smartgoal-mirror', role);
    span.textContent = text;
    root.append(span);
    return span;
  };
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const marks: HTMLSpanElement[] = new Array<HTMLSpanElement>(spans.length);
  let cursor = 0;
  for (const i of order) {
    const { start, end } = spans[i]!;
    if (start < cursor) throw new RangeError('buildMirror: spans overlap');
    if (start > cursor) part(value.slice(cursor, start), 'text');
    marks[i] = part(value.slice(start, end), 'mark');
    cursor = end;
  }
  // The rest matters too: it decides where the last flagged word wraps. A trailing newline needs
  // a character after it to produce its line.
  part(value.slice(cursor) + (value.endsWith('\n') ? '\u200b' : ''), 'text');
  return { root, marks };
}

/** The field's on-screen size over its layout size: ancestor transforms and CSS zoom. */
export function fieldScale(el: HTMLElement): { x: number; y: number } {
  const rect = el.getBoundingClientRect();
  const x = el.offsetWidth > 0 ? rect.width / el.offsetWidth : 1;
  const y = el.offsetHeight > 0 ? rect.height / el.offsetHeight : 1;
  return { x: x || 1, y: y || 1 };
}

/** What the arithmetic needs to know of the field, in its layout (unscaled) CSS pixels. */
export interface FieldGeometry {
  /** The field's client rect (already scaled: it is what `getBoundingClientRect` returns). */
  rect: Box;
  scale: { x: number; y: number };
  scrollTop: number;
  scrollLeft: number;
  /** Border widths (`clientLeft`/`clientTop`) and padding-box size (`clientWidth/Height`). */
  clientLeft: number;
  clientTop: number;
  clientWidth: number;
  clientHeight: number;
}

/** The intersection of two boxes, or null when they do not overlap. */
export function clipBox(box: Box, clip: Box): Box | null {
  const left = Math.max(box.left, clip.left);
  const top = Math.max(box.top, clip.top);
  const right = Math.min(box.left + box.width, clip.left + clip.width);
  const bottom = Math.min(box.top + box.height, clip.top + clip.height);
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * Mirror line boxes (relative to the mirror's border box) → client rectangles over the field:
 * subtract the field's scroll, clip to its padding box (where scrolled text is visible; the
 * scrollbar is outside it), then scale and place at the field's client rect. Boxes entirely
 * scrolled out of view are dropped.
 */
export function placeBoxes(relative: readonly Box[], field: FieldGeometry): Box[] {
  const visible: Box = {
    left: field.clientLeft,
    top: field.clientTop,
    width: field.clientWidth,
    height: field.clientHeight,
  };
  const out: Box[] = [];
  for (const box of relative) {
    const scrolled = { ...box, left: box.left - field.scrollLeft, top: box.top - field.scrollTop };
    const clipped = clipBox(scrolled, visible);
    if (!clipped) continue;
    out.push({
      left: field.rect.left + clipped.left * field.scale.x,
      top: field.rect.top + clipped.top * field.scale.y,
      width: clipped.width * field.scale.x,
      height: clipped.height * field.scale.y,
    });
  }
  return out;
}

/**
 * One box per line: Chromium gives the spaces a `pre-wrap` line hangs at its wrap point a client
 * rect of their own, which would draw a stub of underline detached from the words. Boxes in order
 * that share most of their height and touch (within a pixel) are joined.
 */
export function mergeLineBoxes(boxes: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const box of boxes) {
    const prev = out[out.length - 1];
    if (prev) {
      const overlap =
        Math.min(prev.top + prev.height, box.top + box.height) - Math.max(prev.top, box.top);
      const gap = Math.max(box.left - (prev.left + prev.width), prev.left - (box.left + box.width));
      if (overlap > Math.min(prev.height, box.height) / 2 && gap <= 1) {
        const left = Math.min(prev.left, box.left);
        const top = Math.min(prev.top, box.top);
        const right = Math.max(prev.left + prev.width, box.left + box.width);
        const bottom = Math.max(prev.top + prev.height, box.top + box.height);
        out[out.length - 1] = { left, top, width: right - left, height: bottom - top };
        continue;
      }
    }
    out.push(box);
  }
  return out;
}

function toBox(r: { left: number; top: number; width: number; height: number }): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

export interface SpanRectsOptions {
  /**
   * Where the mirror is briefly attached: pass the extension's own overlay shadow root so no node
   * ever enters the page's DOM. Defaults to the field's `document.body`.
   */
  mount?: Node & ParentNode;
}

/**
 * Client rectangles of each span of `field`'s value (one per line the span covers, clipped to
 * the field's visible area; empty when scrolled out). Forces one layout of the mirror per layer
 * of non-overlapping spans.
 */
export function spanRects(
  field: HTMLTextAreaElement | HTMLInputElement,
  spans: readonly Span[],
  options: SpanRectsOptions = {},
): Box[][] {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  const mount = options.mount ?? doc.body;
  if (!view || !mount) return spans.map(() => []);
  const kind: MirrorKind = field.localName === 'textarea' ? 'textarea' : 'input';
  const style = mirrorStyle(view.getComputedStyle(field), kind, { clientWidth: field.clientWidth });
  const geometry: FieldGeometry = {
    rect: toBox(field.getBoundingClientRect()),
    scale: fieldScale(field),
    scrollTop: field.scrollTop,
    scrollLeft: field.scrollLeft,
    clientLeft: field.clientLeft,
    clientTop: field.clientTop,
    clientWidth: field.clientWidth,
    clientHeight: field.clientHeight,
  };
  const result: Box[][] = spans.map(() => []);
  for (const layer of layerSpans(spans)) {
    const { root, marks } = buildMirror(
      doc,
      field.value,
      layer.map((i) => spans[i]!),
      style,
    );
    mount.append(root);
    try {
      const origin = root.getBoundingClientRect();
      layer.forEach((spanIndex, k) => {
        const relative = Array.from(marks[k]!.getClientRects(), (r) => ({
          left: r.left - origin.left,
          top: r.top - origin.top,
          width: r.width,
          height: r.height,
        }));
        result[spanIndex] = placeBoxes(mergeLineBoxes(relative), geometry);
      });
    } finally {
      root.remove();
    }
  }
  return result;
}
