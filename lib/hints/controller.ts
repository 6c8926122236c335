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
 *
 * The card (card.ts) opens on a click into flagged text, on hovering it, on Alt+Enter with the
 * caret in it, or through the handle (context menu, shortcuts). Its actions go through the apply
 * ladder (apply-edit.ts) and the injected `HintServices` (messages to the background, settings,
 * clipboard), so this file has no extension API of its own.
 */

import type { Diagnostic, Lang, Rewrite, Span } from '../analysis';
import { applyEdit, type ApplyDeps, type ApplyResult } from './apply-edit';
import { createCard, type Card, type CardAction, type CardTranslate } from './card';
import { fitBefore } from './card-text';
import { rangeInside, restoreCaret, saveCaret, selectionOffsets, setCaret } from './caret';
import {
  deepActiveElement,
  fieldFromEvent,
  findEditableField,
  type EditableField,
} from './editable-field';
import { createHighlightPainter, detectHighlights, type HighlightApi } from './highlights';
import { hintHashSync } from './hint-hash';
import { hintAt, onHintBox } from './hit-test';
import { clipBox, spanRects, type Box } from './mirror';
import { createHintElement, createOverlay, placeHint, unionBox, type Overlay } from './overlay';
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
  /** The engine's SMART rewrite of the flagged text (placeholders for what is missing). */
  rewrite: Rewrite | null;
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
      rewrite: d.suggestions[0]?.rewrite ?? null,
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
  /** `performance.now()` of the last `input` event (editors that group undo steps by time). */
  lastInputAt?: number;
}

/** What the card's actions need from outside the page: messages, settings, clipboard, strings. */
export interface HintServices {
  t: CardTranslate;
  /** Remember the dismissal (`hints/ignore`); the hint is already hidden when this is called. */
  ignore(text: string): Promise<unknown>;
  /** `draft/create-from-text`: true when a builder opened on the new draft; rejects on failure. */
  openInBuilder(text: string, lang: Lang | undefined): Promise<boolean>;
  /** Turn hints off for this site in the settings (the controller already stopped). */
  disableSite(): Promise<unknown>;
  /** Put text on the clipboard; false when the page does not allow it. */
  copy(text: string): Promise<boolean>;
  /** An editable field got focus (`field/focused`), once per focus change. */
  fieldFocused(): void;
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
  /** False: draw nothing until `update({ enabled: true })` (site disabled, settings loading). */
  enabled?: boolean;
  /** Hashes (`hintHash`) of hints the user dismissed on this site. */
  ignored?: Iterable<string>;
  services?: Partial<HintServices>;
  /** Test seams for the apply ladder (test DOMs have no `execCommand`). */
  applyDeps?: ApplyDeps;
  /** How long the pointer rests on flagged text before the card opens (ms). */
  hoverDelay?: number;
  /**
   * The field last focused before the hint layer started (focus may have left it while the layer
   * loaded): the builder's Insert target until another field gets focus.
   */
  lastFocused?: Element | null;
}

export interface HintsHandle {
  /**
   * Opens the card for the current selection (context menu / shortcut); analyses `text` when
   * given, else the selection's text. In an editable field Apply works on the selection; elsewhere
   * the card offers Copy and Open in builder.
   */
  openCardAtSelection(text?: string): Promise<boolean>;
  /** Focuses the next flagged text after the caret (wrapping) and opens its card. */
  openNextHint(): boolean;
  /** Inserts text at the caret (or over the selection) of the field this frame last focused, via the apply ladder. */
  insertIntoLastFocused(text: string): Promise<{ inserted: boolean; reason?: string }>;
  /** New settings: another analyser (hints re-run), on or off for the site (hints go at once). */
  update(change: { analyze?: AnalyzeText; enabled?: boolean }): void;
  /** Add dismissed hints' hashes (e.g. the site's list once the background answered). */
  addIgnored(hashes: Iterable<string>): void;
  /** The fields with a session, for tests. */
  fields(): EditableField[];
  /** The overlay, once the first field was focused. */
  overlay(): Overlay | null;
  /** The card, once it was first opened. */
  card(): Card | null;
}

const key = (f: Finding) => `${f.span.start}:${f.span.end}:${f.criteria}:${f.text}`;

/** Pointer rest before the card opens on hover, and grace before a hover-opened card closes. */
export const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 400;
/** Fields remembered while hints are off (settings loading, site disabled). */
const MAX_WAITING = 8;

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

const rectBox = (r: DOMRect): Box => ({
  left: r.left,
  top: r.top,
  width: r.width,
  height: r.height,
});

/** What the open card is about. */
interface CardTarget {
  session: Session | null;
  /** The hint (kept up to date across re-analyses by text), or null for a selection. */
  hint: HintState | null;
  /** Selection cards: the field and the selection's offsets the finding is relative to. */
  field: EditableField | null;
  finding: Finding | null;
  viaHover: boolean;
}

export function startHints(options: HintsOptions): HintsHandle {
  const { document: doc, signal } = options;
  let analyze = options.analyze;
  let enabled = options.enabled ?? true;
  const maxLength = options.maxLength ?? MAX_FIELD_LENGTH;
  const hoverDelay = options.hoverDelay ?? HOVER_OPEN_MS;
  const services = options.services ?? {};
  const t: CardTranslate = services.t ?? ((k) => k);
  const view = doc.defaultView;
  const sessions = new Map<Element, Session>();
  let cache = new FindingCache();
  const ignored = new Set(options.ignored ?? []);
  const hashes = new Map<string, string>();
  let overlay: Overlay | null = null;
  let card: Card | null = null;
  let target: CardTarget | null = null;
  let applying = false;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;
  let globalListeners = false;
  let highlightApi: HighlightApi | null | undefined = options.highlights;
  let painter: ReturnType<typeof createHighlightPainter> | null = null;
  let lastField: EditableField | null = null;
  let lastCaret: ReturnType<typeof saveCaret> | null = null;
  let hoverTimer = 0;
  let leaveTimer = 0;
  /** Fields focused while disabled, most recent last. */
  const waiting = new Map<Element, EditableField>();

  const handle: HintsHandle = {
    openCardAtSelection: async () => false,
    openNextHint: () => false,
    insertIntoLastFocused: async () => ({ inserted: false, reason: 'stopped' }),
    update: () => {},
    addIgnored: () => {},
    fields: () => [...sessions.values()].map((s) => s.field),
    overlay: () => overlay,
    card: () => card,
  };
  if (!view || signal.aborted) return handle;

  const ensureOverlay = () => (overlay ??= createOverlay(doc));

  /** The focused field, unless focus is in our own overlay (the card's placeholder fields). */
  const activeField = () => {
    if (overlay && doc.activeElement === overlay.host) return null;
    return findEditableField(deepActiveElement(doc));
  };
  const ensureCard = () => (card ??= createCard(ensureOverlay().root, t));

  const isIgnored = (text: string) => {
    if (ignored.size === 0) return false;
    let hash = hashes.get(text);
    if (hash === undefined) {
      // A memo of flagged texts seen; a long session's worth is dropped rather than kept forever.
      if (hashes.size >= 512) hashes.clear();
      hash = hintHashSync(text);
      hashes.set(text, hash);
    }
    return ignored.has(hash);
  };

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

  /** Close the card when the hint it is about went away (edited, ignored, field gone). */
  const checkCardHint = () => {
    if (applying || !target?.hint || !card?.isOpen()) return;
    const { session, hint } = target;
    if (session && sessions.get(session.field.element) === session) {
      const same =
        session.hints.find((h) => h === hint) ?? session.hints.find((h) => h.text === hint.text);
      if (same) {
        target.hint = same;
        // The sentence around it may have changed ("… soon" → "… soon."): show the new finding.
        card.update({ criteria: same.criteria, rewrite: same.rewrite });
        return;
      }
    }
    card.close(false);
  };

  const dispose = (s: Session) => {
    s.abort.abort();
    for (const h of s.hints) h.element.remove();
    s.hints = [];
    if (s.field.kind === 'contenteditable') painter?.clear(s.field.element);
    resizeObserver?.unobserve(s.field.element);
    sessions.delete(s.field.element);
    checkCardHint();
  };

  /** Replace a field's hints with `findings`, keeping the elements of hints that stay. */
  const setHints = (s: Session, findings: readonly Finding[], read: FieldText | null) => {
    const previous = new Map(s.hints.map((h) => [key(h), h]));
    const next: HintState[] = [];
    const painted = s.field.kind === 'contenteditable' && getPainter() !== null;
    for (const f of findings) {
      if (isIgnored(f.text)) continue;
      let hint = previous.get(key(f));
      if (hint) {
        previous.delete(key(f));
        // Same flagged text, new sentence around it ("… soon" → "… soon."): keep the element
        // (no flicker) but take the new rewrite, or the card would offer the old one.
        hint.rewrite = f.rewrite;
      } else {
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
    checkCardHint();
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
    checkCardHint();
    return true;
  };

  /** Where a hint is on screen now (client coordinates), or null when it is not shown. */
  const hintAnchor = (h: HintState): Box | null =>
    h.element.hidden ? null : rectBox(h.element.getBoundingClientRect());

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
    if (card?.isOpen() && target?.hint) card.reposition(hintAnchor(target.hint));
  }

  // --- The card ---------------------------------------------------------------------------

  const clearTimers = () => {
    view.clearTimeout(hoverTimer);
    view.clearTimeout(leaveTimer);
    hoverTimer = leaveTimer = 0;
  };

  /** Re-analyse and find the hint's current span (the text may have moved since it was drawn). */
  const freshHint = (s: Session, hint: HintState): HintState | null => {
    analyse(s);
    const same = s.hints.filter((h) => h.text === hint.text);
    if (same.length === 0) return null;
    return same.reduce((best, h) =>
      Math.abs(h.span.start - hint.span.start) < Math.abs(best.span.start - hint.span.start)
        ? h
        : best,
    );
  };

  const applyRewrite = async (filled: string) => {
    const c = card!;
    const current = target;
    if (!current) return;
    const field = current.session?.field ?? current.field;
    let span: Span | null = null;
    let expected = '';
    if (current.session && current.hint) {
      const fresh =
        sessions.get(current.session.field.element) === current.session
          ? freshHint(current.session, current.hint)
          : null;
      if (fresh) {
        current.hint = fresh;
        span = fresh.span;
        expected = fresh.text;
      }
    } else if (current.finding) {
      span = current.finding.span;
      expected = current.finding.text;
    }
    if (!field || !span) {
      c.say(t('card_stale'));
      return;
    }
    const following = readField(field, Number.POSITIVE_INFINITY)?.text.slice(span.end) ?? '';
    const replacement = fitBefore(filled, following);
    applying = true;
    let result: ApplyResult;
    try {
      result = await applyEdit(
        field,
        { start: span.start, end: span.end, replacement, expected },
        { ...options.applyDeps, lastEditAt: current.session?.lastInputAt },
      );
    } catch {
      // An editor that threw mid-edit counts as one that refused: the rewrite goes to the clipboard.
      result = { ok: false, reason: 'rejected' };
    } finally {
      applying = false;
    }
    if (result.ok) {
      // The ladder left focus in the field with the caret after the replacement.
      c.close(false);
      return;
    }
    if (result.reason === 'stale') {
      c.say(t('card_stale'));
      return;
    }
    c.say(t((await copy(replacement)) ? 'card_apply_copied' : 'card_apply_failed'));
  };

  const copy = async (text: string) => {
    try {
      return (await services.copy?.(text)) ?? false;
    } catch {
      return false;
    }
  };

  const copyRewrite = async (filled: string) => {
    card?.say(t((await copy(filled)) ? 'card_copied' : 'card_copy_failed'));
  };

  const openInBuilder = async (text: string, lang: Lang | undefined) => {
    let opened = false;
    try {
      if (!services.openInBuilder) throw new Error('no builder');
      opened = await services.openInBuilder(text, lang);
    } catch {
      card?.say(t('card_builder_failed'));
      return;
    }
    // Saved as a draft either way; say where to find it when no builder could be opened.
    if (opened) card?.close(false);
    else card?.say(t('card_builder_saved'));
  };

  const ignoreHint = (text: string) => {
    const hash = hintHashSync(text);
    ignored.add(hash);
    hashes.set(text, hash);
    for (const s of sessions.values()) {
      const gone = s.hints.filter((h) => isIgnored(h.text));
      if (gone.length === 0) continue;
      for (const h of gone) h.element.remove();
      s.hints = s.hints.filter((h) => !gone.includes(h));
      paint(s);
    }
    card?.close(true);
    // Hidden now either way; remembering it across reloads is the background's part.
    void services.ignore?.(text).catch(() => {});
  };

  const disableSite = () => {
    card?.close(true);
    handle.update({ enabled: false });
    void services.disableSite?.().catch(() => {});
  };

  const openCard = (
    next: CardTarget,
    content: { criteria: string; rewrite: Rewrite | null; actions: CardAction[] },
    anchor: Box,
    focusCard: boolean,
  ) => {
    clearTimers();
    const c = ensureCard();
    const field = next.session?.field ?? next.field;
    const caret = field ? saveCaret(field) : null;
    c.close(false);
    target = next;
    c.open(content, {
      anchor,
      focus: focusCard,
      onClose: (restore) => {
        if (target === next) target = null;
        clearTimers();
        if (restore && caret) restoreCaret(caret);
      },
    });
  };

  const openHintCard = (s: Session, hint: HintState, focusCard: boolean, viaHover = false) => {
    const anchor = hintAnchor(hint) ?? rectBox(s.field.element.getBoundingClientRect());
    const lang = hint.rewrite?.lang;
    openCard(
      { session: s, hint, field: null, finding: null, viaHover },
      {
        criteria: hint.criteria,
        rewrite: hint.rewrite,
        actions: [
          { key: 'card_apply', run: applyRewrite },
          {
            key: 'card_open_builder',
            run: () => openInBuilder(target?.hint?.text ?? hint.text, lang),
          },
          { key: 'card_ignore', run: () => ignoreHint(target?.hint?.text ?? hint.text) },
          { key: 'card_disable_site', run: disableSite },
        ],
      },
      anchor,
      focusCard,
    );
  };

  const isCardFor = (hint: HintState) => card?.isOpen() === true && target?.hint === hint;

  /** The hint whose text holds the caret of a field (collapsed selection inside or at its ends). */
  const hintAtCaret = (s: Session): HintState | null => {
    followEdit(s);
    if (s.field.kind !== 'contenteditable') {
      const el = s.field.element;
      if (el.selectionStart === null || el.selectionStart !== el.selectionEnd) return null;
      const caret = el.selectionStart;
      return s.hints.find((h) => h.span.start <= caret && caret <= h.span.end) ?? null;
    }
    const range = rangeInside(s.field.element);
    if (!range?.collapsed) return null;
    return (
      s.hints.find((h) => {
        if (!h.range) return false;
        try {
          return h.range.comparePoint(range.startContainer, range.startOffset) === 0;
        } catch {
          return false;
        }
      }) ?? null
    );
  };

  const sessionOfEvent = (event: Event): Session | null => {
    const field = fieldFromEvent(event);
    return field ? (sessions.get(field.element) ?? null) : null;
  };

  const allHints = () => [...sessions.values()].flatMap((s) => s.hints.map((h) => ({ s, h })));

  const onPointerMove = (event: PointerEvent) => {
    if (!enabled || event.pointerType === 'touch') return;
    if (card?.owns(event)) {
      view.clearTimeout(leaveTimer);
      leaveTimer = 0;
      return;
    }
    const candidates = allHints().map(({ s, h }) => ({ element: h.element, range: h.range, s, h }));
    const hit =
      candidates.length > 0 ? hintAt(view, candidates, event.clientX, event.clientY) : null;
    if (hit && isCardFor(hit.h)) {
      view.clearTimeout(leaveTimer);
      leaveTimer = 0;
      return;
    }
    view.clearTimeout(hoverTimer);
    hoverTimer = 0;
    if (hit) {
      hoverTimer = view.setTimeout(() => {
        if (!signal.aborted && enabled && hit.s.hints.includes(hit.h))
          openHintCard(hit.s, hit.h, false, true);
      }, hoverDelay);
    } else if (card?.isOpen() && target?.viaHover && leaveTimer === 0) {
      // A card opened by hover goes when the pointer leaves, unless the user is working in it.
      leaveTimer = view.setTimeout(() => {
        leaveTimer = 0;
        const active = overlay?.root.activeElement;
        if (target?.viaHover && !(active && card?.element.contains(active))) card?.close(false);
      }, HOVER_CLOSE_MS);
    }
  };

  const onPointerDown = (event: PointerEvent) => {
    if (!card?.isOpen() || card.owns(event)) return;
    const hit = target?.hint && onHintBox(target.hint.element, event.clientX, event.clientY);
    if (!hit) card.close(false);
  };

  /**
   * The session's hints for its text as it is now: a click or Alt+Enter right after a keystroke
   * must not open a card on the analysis from before it (its rewrite would be of the older text).
   */
  const settle = (s: Session) => {
    if (!s.scheduler.pending) return;
    s.scheduler.runNow();
    render();
  };

  const onClick = (event: MouseEvent) => {
    if (!enabled || card?.owns(event)) return;
    const s = sessionOfEvent(event);
    if (!s) return;
    settle(s);
    const hint = hintAtCaret(s);
    if (hint && !isCardFor(hint)) openHintCard(s, hint, false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!enabled || card?.owns(event)) return;
    if (event.key === 'Escape' && card?.isOpen()) {
      card.close(false);
      return;
    }
    // Alt+Enter with the caret in flagged text: the card, with focus in it.
    if (event.key !== 'Enter' || !event.altKey || event.isComposing) return;
    const s = sessionOfEvent(event);
    if (s) settle(s);
    const hint = s && hintAtCaret(s);
    if (!s || !hint) return;
    event.preventDefault();
    openHintCard(s, hint, true);
  };

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
    doc.addEventListener('pointermove', onPointerMove, passive);
    doc.addEventListener('pointerdown', onPointerDown, { ...passive, capture: true });
    doc.addEventListener('click', onClick, { signal, capture: true });
    doc.addEventListener('keydown', onKeyDown, { signal, capture: true });
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
        session.lastInputAt = view.performance.now();
        followEdit(session);
        if (session.hints.length > 0) requestFrame();
      },
      { signal: abort.signal },
    );
    // A field's own scroll inside a shadow root does not reach the document's capture listener.
    el.addEventListener('scroll', requestFrame, { signal: abort.signal, passive: true });
    // Where the builder's Insert goes: the caret as it was when the user left the field.
    el.addEventListener('focusout', () => (lastCaret = saveCaret(field)), { signal: abort.signal });
    resizeObserver?.observe(el);
    sessions.set(el, session);
    return session;
  };

  const focus = (field: EditableField | null) => {
    if (!field) return;
    if (lastField?.element !== field.element) {
      lastField = field;
      lastCaret = null;
      services.fieldFocused?.();
    }
    if (!enabled) {
      // Settings may still be loading: these fields get their hints once enabled.
      waiting.delete(field.element);
      waiting.set(field.element, field);
      if (waiting.size > MAX_WAITING) waiting.delete(waiting.keys().next().value!);
      return;
    }
    (sessions.get(field.element) ?? createSession(field)).scheduler.runNow();
  };

  const stopAll = () => {
    card?.close(false);
    clearTimers();
    for (const s of [...sessions.values()]) dispose(s);
  };

  // --- The handle -------------------------------------------------------------------------

  handle.update = (change) => {
    if (signal.aborted) return;
    if (change.analyze && change.analyze !== analyze) {
      analyze = change.analyze;
      cache = new FindingCache();
      // Through the scheduler: a field mid-composition waits for compositionend (the engine, loaded
      // lazily, often arrives then).
      if (enabled) for (const s of sessions.values()) s.scheduler.runNow();
    }
    if (change.enabled === undefined || change.enabled === enabled) return;
    enabled = change.enabled;
    if (!enabled) return stopAll();
    const pending = [...waiting.values()];
    waiting.clear();
    for (const field of pending) {
      if (field.element.isConnected && !sessions.has(field.element)) focus(field);
    }
    focus(activeField());
  };

  handle.addIgnored = (list) => {
    for (const hash of list) ignored.add(hash);
    for (const s of sessions.values()) analyse(s);
  };

  handle.openNextHint = () => {
    if (!enabled) return false;
    const active = activeField();
    const s =
      (active && sessions.get(active.element)) ??
      (lastField ? sessions.get(lastField.element) : undefined);
    if (!s) return false;
    analyse(s);
    if (s.hints.length === 0) return false;
    const caret = selectionOffsets(saveCaret(s.field))?.end ?? 0;
    const hint = s.hints.find((h) => h.span.start >= caret) ?? s.hints[0]!;
    setCaret(s.field, hint.span.start);
    requestFrame();
    // Measure the box before placing the card next to it.
    render();
    openHintCard(s, hint, true);
    return true;
  };

  handle.openCardAtSelection = async (given) => {
    if (signal.aborted) return false;
    const active = activeField();
    let field: EditableField | null = null;
    let offsets: { start: number; end: number } | null = null;
    let fieldText = '';
    let anchor: Box | null = null;
    if (active) {
      const saved = saveCaret(active);
      const sel = selectionOffsets(saved);
      const read = readField(active, maxLength);
      if (sel && read && sel.end > sel.start) {
        field = active;
        offsets = sel;
        fieldText = read.text.slice(sel.start, sel.end);
        if (active.kind === 'contenteditable') {
          const range = rangeInside(active.element);
          if (range) anchor = rectBox(range.getBoundingClientRect());
        } else {
          const boxes = spanRects(active.element, [sel], { mount: ensureOverlay().root })[0] ?? [];
          if (boxes.length > 0) anchor = unionBox(boxes);
        }
      }
    }
    const selection = doc.getSelection();
    const pageText = selection?.toString() ?? '';
    const sameText = (a: string, b: string) =>
      a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
    // The context menu's text is the selection's; a different one means the field is not it.
    if (field && given !== undefined && !sameText(given, fieldText)) field = null;
    const text = field ? fieldText : (given ?? pageText);
    if (text.trim() === '') return false;
    if (!anchor && selection && selection.rangeCount > 0) {
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) anchor = rectBox(rect);
    }
    anchor ??= { left: view.innerWidth / 2 - 150, top: 24, width: 0, height: 0 };

    const finding = vagueFindings(text, analyze(text).diagnostics)[0] ?? null;
    const lang = finding?.rewrite?.lang;
    const shifted =
      finding && field && offsets
        ? {
            ...finding,
            span: {
              start: finding.span.start + offsets.start,
              end: finding.span.end + offsets.start,
            },
          }
        : finding;
    const actions: CardAction[] = [];
    if (finding)
      actions.push(
        field ? { key: 'card_apply', run: applyRewrite } : { key: 'card_copy', run: copyRewrite },
      );
    actions.push({ key: 'card_open_builder', run: () => openInBuilder(text, lang) });
    openCard(
      { session: null, hint: null, field, finding: field ? shifted : null, viaHover: false },
      { criteria: finding?.criteria ?? '', rewrite: finding?.rewrite ?? null, actions },
      anchor,
      true,
    );
    return true;
  };

  handle.insertIntoLastFocused = async (text) => {
    const field = lastField;
    if (!field || !field.element.isConnected) return { inserted: false, reason: 'no-field' };
    const active = deepActiveElement(doc);
    const caret =
      active === field.element || field.element.contains(active)
        ? saveCaret(field)
        : (lastCaret ?? saveCaret(field));
    const at = selectionOffsets(caret);
    const read = readField(field, Number.POSITIVE_INFINITY);
    const length = read?.text.length ?? 0;
    const start = Math.min(at?.start ?? length, length);
    const end = Math.min(at?.end ?? length, length);
    const result = await applyEdit(field, { start, end, replacement: text }, options.applyDeps);
    return result.ok ? { inserted: true } : { inserted: false, reason: result.reason };
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      // The card's own fields are not the user's text.
      if (!overlay || !event.composedPath().includes(overlay.host)) focus(fieldFromEvent(event));
    },
    { signal, capture: true },
  );
  signal.addEventListener(
    'abort',
    () => {
      card?.close(false);
      clearTimers();
      for (const s of [...sessions.values()]) dispose(s);
      if (frame !== 0) view.cancelAnimationFrame(frame);
      frame = 0;
      resizeObserver?.disconnect();
      overlay?.remove();
      overlay = null;
      card = null;
    },
    { once: true },
  );
  // The script may arrive (document_idle) after the user already clicked into a field, or after
  // they left the field whose focus loaded it.
  const earlier = options.lastFocused?.isConnected ? findEditableField(options.lastFocused) : null;
  focus(activeField() ?? earlier);
  return handle;
}
