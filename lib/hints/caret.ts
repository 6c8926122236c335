/**
 * The caret and selection of a field, in the field's text offsets: saved when the card opens and
 * given back when it closes (Esc returns the user exactly where they were), read for the
 * context-menu card and the builder's Insert, and set by "next hint".
 */

import type { EditableField } from './editable-field';
import { buildTextMap, fromPoint, toRange } from './text-map';

export type SavedCaret =
  | {
      kind: 'control';
      element: HTMLTextAreaElement | HTMLInputElement;
      start: number;
      end: number;
      direction: 'forward' | 'backward' | 'none';
    }
  | { kind: 'rich'; element: HTMLElement; range: Range | null };

/** The document's selection range when it lies inside `host`. */
export function rangeInside(host: HTMLElement): Range | null {
  const selection = host.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return host.contains(range.startContainer) && host.contains(range.endContainer) ? range : null;
}

export function saveCaret(field: EditableField): SavedCaret {
  if (field.kind === 'contenteditable') {
    return {
      kind: 'rich',
      element: field.element,
      range: rangeInside(field.element)?.cloneRange() ?? null,
    };
  }
  const el = field.element;
  return {
    kind: 'control',
    element: el,
    start: el.selectionStart ?? el.value.length,
    end: el.selectionEnd ?? el.value.length,
    direction: el.selectionDirection ?? 'none',
  };
}

/** Focus the field again with its caret or selection where it was (if the field still exists). */
export function restoreCaret(saved: SavedCaret): void {
  const el = saved.element;
  if (!el.isConnected) return;
  el.focus({ preventScroll: true });
  if (saved.kind === 'control') {
    const max = saved.element.value.length;
    saved.element.setSelectionRange(
      Math.min(saved.start, max),
      Math.min(saved.end, max),
      saved.direction,
    );
    return;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection || !saved.range || !el.contains(saved.range.startContainer)) return;
  selection.removeAllRanges();
  selection.addRange(saved.range);
}

/** A saved selection as offsets into the field's current text. */
export function selectionOffsets(saved: SavedCaret): { start: number; end: number } | null {
  if (saved.kind === 'control') return { start: saved.start, end: saved.end };
  if (!saved.range || !saved.element.contains(saved.range.startContainer)) return null;
  const map = buildTextMap(saved.element);
  const start = fromPoint(map, saved.range.startContainer, saved.range.startOffset);
  const end = saved.range.collapsed
    ? start
    : fromPoint(map, saved.range.endContainer, saved.range.endOffset, 'before');
  return { start, end: Math.max(start, end) };
}

/** Put the caret at text offset `offset` of the field, focusing it. */
export function setCaret(field: EditableField, offset: number): void {
  field.element.focus({ preventScroll: true });
  if (field.kind !== 'contenteditable') {
    field.element.setSelectionRange(offset, offset);
    return;
  }
  const selection = field.element.ownerDocument.getSelection();
  if (!selection) return;
  const range = toRange(buildTextMap(field.element), offset, offset);
  selection.removeAllRanges();
  selection.addRange(range);
}
