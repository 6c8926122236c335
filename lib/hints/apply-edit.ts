/**
 * Replacing flagged text the way a user edit would, so the editor's own model sees it and one
 * undo restores the original:
 * - `textarea`/`input`: focus, select the span, `execCommand('insertText')` (the browser's own
 *   editing: native undo stack, `input` event that framework bindings listen to).
 * - rich editors: select the range, dispatch `beforeinput` `insertReplacementText` (what spell-check
 *   replacements send; Lexical, Slate and CKEditor 5 handle it through their models), and when no
 *   one handled it, `execCommand('insertText')` (ProseMirror, Quill… read the DOM change back).
 * Then the text is read again and must be exactly before + replacement + after. Otherwise the
 * result says why and the caller copies the text to the clipboard instead. There is deliberately
 * no rung that writes `value`/`textContent`: that bypasses the editor's model and history and is
 * how other checkers duplicated or lost users' text.
 */

import type { EditableField } from './editable-field';
import { buildTextMap, toRange, type TextMapOptions } from './text-map';

export interface EditRequest {
  /** UTF-16 offsets into the field's text as the analysis saw it. */
  start: number;
  end: number;
  replacement: string;
  /** The text the span held when the hint was computed; a different text means it moved on. */
  expected?: string;
}

export type ApplyFailure =
  /** The text at the span is no longer what was flagged (the user kept typing). */
  | 'stale'
  /** Nothing changed: the editor refused or the command is unavailable. */
  | 'rejected'
  /** Something changed, but not exactly the requested replacement. */
  | 'mismatch';

export type ApplyResult = { ok: true } | { ok: false; reason: ApplyFailure };

/** Runs the browser's editing command; injectable because test DOMs have no `execCommand`. */
export type InsertTextCommand = (doc: Document, text: string) => boolean;

export interface ApplyDeps {
  insertText?: InsertTextCommand;
  /**
   * Resolves once the editor has rendered its reaction. Editors that handle `beforeinput` update
   * their DOM asynchronously (a microtask for Lexical, a React render for Slate).
   */
  settle?: () => Promise<void>;
  /** `performance.now()` of the user's last edit in the field (its last `input` event). */
  lastEditAt?: number;
  /** Waits `ms`; injectable for tests. */
  wait?: (ms: number) => Promise<void>;
}

/**
 * Editors whose undo history merges every change made within a time window of the previous one:
 * Quill's `history.delay` (1 s by default) would undo an Apply made right after typing together
 * with the last keystrokes. Nothing outside the page's world can cut Quill's group, so the Apply
 * waits until the window since the last edit has closed (plus a margin for the editor's timer).
 */
const TIME_GROUPED_HISTORIES: readonly { selector: string; windowMs: number }[] = [
  { selector: '.ql-editor', windowMs: 1_000 },
];
const GROUP_MARGIN_MS = 50;

/** How long to wait before editing `host` so the edit gets an undo step of its own. */
export function historyGroupWait(
  host: Element,
  lastEditAt: number | undefined,
  now: number,
): number {
  if (lastEditAt === undefined) return 0;
  const grouped = TIME_GROUPED_HISTORIES.find((h) => host.closest(h.selector));
  if (!grouped) return 0;
  return Math.max(0, lastEditAt + grouped.windowMs + GROUP_MARGIN_MS - now);
}

export const execInsertText: InsertTextCommand = (doc, text) => {
  // Deprecated but still the only way to insert text through the browser's editing pipeline.
  const exec = (doc as Partial<Pick<Document, 'execCommand'>>).execCommand;
  if (typeof exec !== 'function') return false;
  try {
    return exec.call(doc, 'insertText', false, text);
  } catch {
    return false;
  }
};

export function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView;
  return new Promise((resolve) => {
    if (view && typeof view.requestAnimationFrame === 'function') {
      view.requestAnimationFrame(() => setTimeout(resolve, 0));
    } else setTimeout(resolve, 0);
  });
}

/**
 * contenteditable turns boundary and doubled spaces into U+00A0 so they stay visible; that is not
 * a different text.
 */
function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');
}

/** Compare the text after the edit with the one intended. */
export function verifyEdit(before: string, after: string, request: EditRequest): ApplyResult {
  const intended = before.slice(0, request.start) + request.replacement + before.slice(request.end);
  if (sameText(after, intended)) return { ok: true };
  return { ok: false, reason: sameText(after, before) ? 'rejected' : 'mismatch' };
}

function isStale(text: string, request: EditRequest): boolean {
  if (request.start < 0 || request.end < request.start || request.end > text.length) return true;
  return (
    request.expected !== undefined &&
    !sameText(text.slice(request.start, request.end), request.expected)
  );
}

/** The ladder for `textarea` and text `input`. */
export async function applyToTextControl(
  el: HTMLTextAreaElement | HTMLInputElement,
  request: EditRequest,
  deps: ApplyDeps = {},
): Promise<ApplyResult> {
  const doc = el.ownerDocument;
  const insertText = deps.insertText ?? execInsertText;
  const settle = deps.settle ?? (() => nextFrame(doc));
  const before = el.value;
  if (isStale(before, request)) return { ok: false, reason: 'stale' };
  el.focus({ preventScroll: true });
  el.setSelectionRange(request.start, request.end);
  insertText(doc, request.replacement);
  // A controlled component may re-render its value after the input event: judge after that.
  await settle();
  const result = verifyEdit(before, el.value, request);
  if (result.ok) {
    const caret = request.start + request.replacement.length;
    el.setSelectionRange(caret, caret);
  }
  return result;
}

/** What the rich-editor ladder needs to read and address the editor's text. */
export interface RichTarget {
  host: HTMLElement;
  /** The text as the analysis sees it, read fresh from the DOM. */
  readText(): string;
  /** A DOM Range over text offsets, in the current DOM. */
  toRange(start: number, end: number): Range;
}

/** A RichTarget over a contenteditable host, through a fresh text map on every call. */
export function richTarget(host: HTMLElement, options: TextMapOptions = {}): RichTarget {
  return {
    host,
    readText: () => buildTextMap(host, options).text,
    toRange: (start, end) => toRange(buildTextMap(host, options), start, end),
  };
}

/**
 * The `beforeinput` a spell-check replacement sends: the text both as `data` and as a
 * `dataTransfer` (the spec puts it there for contenteditable; editors read either), and the
 * target range, which editors apply instead of the DOM selection.
 */
export function replacementInputInit(
  range: Range,
  text: string,
  view: Window | null,
): InputEventInit {
  const init: InputEventInit = {
    inputType: 'insertReplacementText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const StaticRangeCtor = (view as { StaticRange?: typeof StaticRange } | null)?.StaticRange;
  if (typeof StaticRangeCtor === 'function') {
    init.targetRanges = [
      new StaticRangeCtor({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      }),
    ];
  }
  const DataTransferCtor = (view as { DataTransfer?: typeof DataTransfer } | null)?.DataTransfer;
  if (typeof DataTransferCtor === 'function') {
    try {
      const transfer = new DataTransferCtor();
      transfer.setData('text/plain', text);
      init.dataTransfer = transfer;
    } catch {
      // Some engines cannot construct one; `data` alone still carries the text.
    }
  }
  return init;
}

/** The ladder for contenteditable editors. */
export async function applyToRichEditor(
  target: RichTarget,
  request: EditRequest,
  deps: ApplyDeps = {},
): Promise<ApplyResult> {
  const { host } = target;
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const insertText = deps.insertText ?? execInsertText;
  const settle = deps.settle ?? (() => nextFrame(doc));
  const pause = historyGroupWait(host, deps.lastEditAt, view?.performance.now() ?? 0);
  if (pause > 0) {
    await (deps.wait ?? ((ms) => new Promise<void>((done) => view?.setTimeout(done, ms))))(pause);
  }
  const before = target.readText();
  if (isStale(before, request)) return { ok: false, reason: 'stale' };

  // Focus first: focusing an editor may move its selection.
  host.focus({ preventScroll: true });
  const range = target.toRange(request.start, request.end);
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'rejected' };
  selection.removeAllRanges();
  selection.addRange(range);

  const InputEventCtor = view?.InputEvent ?? InputEvent;
  const event = new InputEventCtor(
    'beforeinput',
    replacementInputInit(range, request.replacement, view),
  );
  const notCanceled = host.dispatchEvent(event);
  // A handled event is canceled (the editor did it through its model) or already changed the DOM.
  if (notCanceled && sameText(target.readText(), before)) {
    insertText(doc, request.replacement);
  }
  await settle();
  const result = verifyEdit(before, target.readText(), request);
  // Typing leaves the caret after the text; an editor that left the replacement selected would
  // have the next keystroke overwrite it.
  if (result.ok && selection.rangeCount > 0 && !selection.isCollapsed) selection.collapseToEnd();
  return result;
}

/** Apply `request` to `field` by the ladder for its kind. */
export function applyEdit(
  field: EditableField,
  request: EditRequest,
  deps: ApplyDeps = {},
): Promise<ApplyResult> {
  if (field.kind === 'contenteditable')
    return applyToRichEditor(richTarget(field.element), request, deps);
  return applyToTextControl(field.element, request, deps);
}
