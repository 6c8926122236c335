/**
 * The hint layer wired together: which field the user is in, when to analyse it, where its vague
 * goals are on screen, and drawing them in the overlay. The entry point hands in the document,
 * the engine's `analyze` and an `AbortSignal`; everything registered here ends when it aborts.
 *
 * Cost on a page nobody types in: one `focusin` listener (and one look at the focused element at
 * start). Everything else (scheduler, scroll/resize listeners, a ResizeObserver, the overlay) is
 * created when the user first focuses a field we may analyse.
 *
 * Per field:
 * - analysis on focus and ~300 ms after typing stops, never during IME composition, never in a
 *   hidden tab (`createScheduler`);
 * - between analyses, an edit that touches a flagged span removes its hint at once (textarea and
 *   input: `shiftSpan` through the edit; contenteditable: the hint's live DOM Range no longer holds
 *   the flagged text);
 * - boxes are measured at most once per animation frame after a scroll, resize or edit: textarea
 *   and input through the mirror (`spanRects`, mounted in our own shadow root), contenteditable
 *   through `Range.getClientRects()`. Contenteditable text is also painted with the CSS Custom
 *   Highlight API where it exists; nothing is ever inserted into the editor's DOM.
 */

import type { Diagnostic, Span } from '../analysis';
import { fieldFromEvent, findEditableField, type EditableField } from './editable-field';
import { createHighlightPainter, detectHighlights, type HighlightApi } from './highlights';
import { clipBox, spanRects, type Box } from './mirror';
import { createHintElement, createOverlay, placeHint, type Overlay } from './overlay';
import { createScheduler, type Scheduler } from './scheduler';
import { diffEdit, shiftSpan } from './span-shift';
import { buildTextMap, toRange, type TextMap } from './text-map';

/**
 * Fields longer than this many UTF-16 code units (20,000: about 3,000 words, far beyond any goal
 * list someone types in a form) are skipped silently: no analysis, no hints, no cost while typing
 * in long documents. For a contenteditable, its raw `textContent` is checked first (cheap, before
 * mapping the DOM), then the rendered text the engine would see.
 */
export const MAX_FIELD_LENGTH = 20_000;

/** The diagnostic the hint layer underlines: one per vague goal, with the missing criteria. */
export const VAGUE_RULE = 'vague-goal';

/** The engine as the hint layer needs it (`analyze(text, { unit: 'sentence' })`). */
export type AnalyzeText = (text: string) => { diagnostics: readonly Diagnostic[] };

/** A vague goal in a text: where, its exact text, and the missing criteria letters. */
export interface Finding {
  span: Span;
  text: string;
  criteria: string;
}

/** The `vague-goal` diagnostics of `text`, in order, with spans shifted by `offset`. */
export function vagueFindings(
  text: string,
  diagnostics: readonly Diagnostic[],
  offset = 0,
): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const d of diagnostics) {
    if (d.rule !== VAGUE_RULE || d.span.end <= d.span.start) continue;
    const key = `${d.span.start}:${d.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      span: { start: d.span.start + offset, end: d.span.end + offset },
      text: text.slice(d.span.start, d.span.end),
      criteria: String(d.message.params.missing ?? ''),
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Recently analysed block texts → their findings (relative spans); blocks repeat a lot. */
export class FindingCache {
  private readonly entries = new Map<string, Finding[]>();

  constructor(private readonly limit = 256) {}

  get(text: string, analyze: AnalyzeText): Finding[] {
    let found = this.entries.get(text);
    if (found) {
      this.entries.delete(text); // most recent last
    } else {
      found = vagueFindings(text, analyze(text).diagnostics);
      if (this.entries.size >= this.limit) {
        this.entries.delete(this.entries.keys().next().value!);
      }
    }
    this.entries.set(text, found);
    return found;
  }
}

/** The text of a field as analysed, or null when it is over the size cap. */
export interface FieldText {
  text: string;
  /** Contenteditable only: the text↔DOM map, and the blocks analysed one by one. */
  map: TextMap | null;
}

export function readField(field: EditableField, maxLength = MAX_FIELD_LENGTH): FieldText | null {
  if (field.kind !== 'contenteditable') {
    const value = field.element.value;
    return value.length > maxLength ? null : { text: value, map: null };
  }
  if ((field.element.textContent?.length ?? 0) > maxLength) return null;
  const map = buildTextMap(field.element);
  return map.text.length > maxLength ? null : { text: map.text, map };
}

/** Findings of a whole field: a textarea as one text, a contenteditable block by block. */
export function fieldFindings(read: FieldText, analyze: AnalyzeText, cache?: FindingCache) {
  const blocks = read.map?.blocks ?? [{ start: 0, end: read.text.length }];
  const out: Finding[] = [];
  for (const block of blocks) {
    const text = read.text.slice(block.start, block.end);
    if (text.trim() === '') continue;
    const found = cache ? cache.get(text, analyze) : vagueFindings(text, analyze(text).diagnostics);
    for (const f of found) {
      out.push({
        ...f,
        span: { start: f.span.start + block.start, end: f.span.end + block.start },
      });
    }
  }
  return out;
}

interface HintState extends Finding {
  element: HTMLElement;
  /** Contenteditable: a live range over the flagged text, and the text it held when made. */
  range: Range | null;
  rangeText: string;
}

interface Session {
  field: EditableField;
  abort: AbortController;
  scheduler: Scheduler;
  /** The text the hints' spans refer to (textarea/input). */
  text: string;
  hints: HintState[];
}

export interface HintsOptions {
  document: Document;
  analyze: AnalyzeText;
  signal: AbortSignal;
  maxLength?: number;
  /** Idle delay after typing before analysing (ms). */
  delay?: number;
  /** The CSS Custom Highlight API; detected on the document's window by default. */
  highlights?: HighlightApi | null;
}

export interface HintsHandle {
  /** The fields with a session, for tests and later slices. */
  fields(): EditableField[];
  /** The overlay, once the first field was focused. */
  overlay(): Overlay | null;
}

const key = (f: Finding) => `${f.span.start}:${f.span.end}:${f.criteria}:${f.text}`;

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Client boxes of a range's text, clipped to its editor when the editor clips its content. */
function rangeBoxes(range: Range, host: HTMLElement): Box[] {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  const style = host.ownerDocument.defaultView?.getComputedStyle(host);
  const clips =
    style !== undefined && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
  const bounds = host.getBoundingClientRect();
  const out: Box[] = [];
  for (const r of rects) {
    const box = { left: r.left, top: r.top, width: r.width, height: r.height };
    const clipped = clips ? clipBox(box, bounds) : box;
    if (clipped) out.push(clipped);
  }
  return out;
}

export function startHints(options: HintsOptions): HintsHandle {
  const { document: doc, analyze, signal } = options;
  const maxLength = options.maxLength ?? MAX_FIELD_LENGTH;
  const view = doc.defaultView;
  const sessions = new Map<Element, Session>();
  const cache = new FindingCache();
  let overlay: Overlay | null = null;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;
  let globalListeners = false;
  let highlightApi: HighlightApi | null | undefined = options.highlights;
  let painter: ReturnType<typeof createHighlightPainter> | null = null;

  const handle: HintsHandle = {
    fields: () => [...sessions.values()].map((s) => s.field),
    overlay: () => overlay,
  };
  if (!view || signal.aborted) return handle;

  const ensureOverlay = () => (overlay ??= createOverlay(doc));

  const getPainter = () => {
    if (highlightApi === undefined) highlightApi = detectHighlights(view);
    if (highlightApi && !painter) painter = createHighlightPainter(highlightApi, { signal });
    return painter;
  };

  const requestFrame = () => {
    if (frame !== 0 || signal.aborted) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  const paint = (s: Session) => {
    if (s.field.kind !== 'contenteditable') return;
    const p = getPainter();
    if (!p) return;
    const ranges = s.hints.flatMap((h) => (h.range ? [h.range] : []));
    if (ranges.length > 0) p.paint(s.field.element, ranges);
    else p.clear(s.field.element);
  };

  const dispose = (s: Session) => {
    s.abort.abort();
    for (const h of s.hints) h.element.remove();
    s.hints = [];
    if (s.field.kind === 'contenteditable') painter?.clear(s.field.element);
    resizeObserver?.unobserve(s.field.element);
    sessions.delete(s.field.element);
  };

  /** Replace a field's hints with `findings`, keeping the elements of hints that stay. */
  const setHints = (s: Session, findings: readonly Finding[], read: FieldText | null) => {
    const previous = new Map(s.hints.map((h) => [key(h), h]));
    const next: HintState[] = [];
    const painted = s.field.kind === 'contenteditable' && getPainter() !== null;
    for (const f of findings) {
      let hint = previous.get(key(f));
      if (hint) previous.delete(key(f));
      else {
        const element = createHintElement(doc, f);
        if (painted) element.setAttribute('data-painted', 'highlight');
        ensureOverlay().root.append(element);
        hint = { ...f, element, range: null, rangeText: '' };
      }
      if (read?.map) {
        hint.range = toRange(read.map, f.span.start, f.span.end);
        hint.rangeText = hint.range.toString();
      }
      next.push(hint);
    }
    for (const gone of previous.values()) gone.element.remove();
    s.hints = next;
    s.text = read?.text ?? '';
    paint(s);
    requestFrame();
  };

  const analyse = (s: Session) => {
    if (!s.field.element.isConnected) return dispose(s);
    const read = readField(s.field, maxLength);
    setHints(s, read ? fieldFindings(read, analyze, cache) : [], read);
  };

  /** Drop the hints an edit since the last analysis touched; true when any was dropped. */
  const followEdit = (s: Session): boolean => {
    if (s.hints.length === 0) return false;
    const kept: HintState[] = [];
    if (s.field.kind === 'contenteditable') {
      for (const h of s.hints) {
        if (h.range && h.range.toString() === h.rangeText) kept.push(h);
      }
    } else {
      const value = s.field.element.value;
      const edit = diffEdit(s.text, value);
      s.text = value;
      if (!edit) return false;
      for (const h of s.hints) {
        const span = shiftSpan(h.span, edit);
        if (span) {
          h.span = span;
          kept.push(h);
        }
      }
    }
    if (kept.length === s.hints.length) return false;
    for (const h of s.hints) if (!kept.includes(h)) h.element.remove();
    s.hints = kept;
    paint(s);
    return true;
  };

  function render() {
    if (!overlay || signal.aborted) return;
    overlay.reattach();
    const origin = overlay.origin();
    for (const s of [...sessions.values()]) {
      const el = s.field.element;
      if (!el.isConnected) {
        dispose(s);
        continue;
      }
      // A value set by script fires no `input`: catch up before measuring.
      followEdit(s);
      if (s.hints.length === 0) continue;
      const boxes =
        s.field.kind === 'contenteditable'
          ? s.hints.map((h) => (h.range ? rangeBoxes(h.range, s.field.element) : []))
          : spanRects(
              s.field.element,
              s.hints.map((h) => h.span),
              { mount: overlay.root },
            );
      s.hints.forEach((h, i) => placeHint(h.element, boxes[i] ?? [], origin));
    }
  }

  const listenGlobally = () => {
    if (globalListeners) return;
    globalListeners = true;
    const passive = { signal, passive: true } as const;
    // Scroll events do not bubble, but a capturing listener sees every element's scroll.
    doc.addEventListener('scroll', requestFrame, { ...passive, capture: true });
    view.addEventListener('resize', requestFrame, passive);
    view.visualViewport?.addEventListener('resize', requestFrame, passive);
    view.visualViewport?.addEventListener('scroll', requestFrame, passive);
    if (typeof view.ResizeObserver === 'function') {
      resizeObserver = new view.ResizeObserver(requestFrame);
    }
  };

  const createSession = (field: EditableField): Session => {
    listenGlobally();
    const abort = new AbortController();
    const el = field.element;
    const session: Session = {
      field,
      abort,
      text: '',
      hints: [],
      scheduler: createScheduler({
        run: () => analyse(session),
        target: el,
        signal: abort.signal,
        delay: options.delay,
      }),
    };
    el.addEventListener(
      'input',
      () => {
        followEdit(session);
        if (session.hints.length > 0) requestFrame();
      },
      { signal: abort.signal },
    );
    // A field's own scroll inside a shadow root does not reach the document's capture listener.
    el.addEventListener('scroll', requestFrame, { signal: abort.signal, passive: true });
    resizeObserver?.observe(el);
    sessions.set(el, session);
    return session;
  };

  const focus = (field: EditableField | null) => {
    if (!field) return;
    (sessions.get(field.element) ?? createSession(field)).scheduler.runNow();
  };

  doc.addEventListener('focusin', (event) => focus(fieldFromEvent(event)), {
    signal,
    capture: true,
  });
  signal.addEventListener(
    'abort',
    () => {
      for (const s of [...sessions.values()]) dispose(s);
      if (frame !== 0) view.cancelAnimationFrame(frame);
      frame = 0;
      resizeObserver?.disconnect();
      overlay?.remove();
      overlay = null;
    },
    { once: true },
  );
  // The script may arrive (document_idle) after the user already clicked into a field.
  focus(findEditableField(deepActiveElement(doc)));
  return handle;
}
