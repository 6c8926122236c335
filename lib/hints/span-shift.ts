/**
 * Keeping hints in place between analyses: the user types, the text moves, and until the next
 * (debounced) analysis the existing spans must follow the text or disappear, never point at the
 * wrong words.
 */

import type { Span } from '../analysis';

/** Replace `removed` UTF-16 units at `at` with `inserted` units (either may be 0). */
export interface TextEdit {
  at: number;
  removed: number;
  inserted: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The single edit turning `before` into `after`: longest common prefix, then longest common
 * suffix of the rest. Never splits a surrogate pair, so the edit covers whole characters. Null when
 * the texts are equal.
 */
export function diffEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Ending the prefix between the halves of a pair would make the edit start mid-character.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = max - prefix;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    at: prefix,
    removed: before.length - prefix - suffix,
    inserted: after.length - prefix - suffix,
  };
}

/**
 * `span` after `edit`, or null when the edit touched its text: it removed or replaced any of it,
 * or inserted strictly inside it. Edits that only touch a boundary (typing right after a flagged
 * sentence) keep the span; the next analysis decides whether it still stands.
 */
export function shiftSpan(span: Span, edit: TextEdit): Span | null {
  if (edit.removed === 0 && edit.inserted === 0) return span;
  const editEnd = edit.at + edit.removed;
  if (editEnd <= span.start) {
    // Entirely before (or touching the start): move by the length change.
    const delta = edit.inserted - edit.removed;
    return { start: span.start + delta, end: span.end + delta };
  }
  if (edit.at >= span.end) return span;
  // Overlaps, or an insertion strictly inside.
  return null;
}

/** Shift every item's span through `edit`, dropping those the edit touched. */
export function shiftSpans<T extends { span: Span }>(items: readonly T[], edit: TextEdit): T[] {
  const out: T[] = [];
  for (const item of items) {
    const span = shiftSpan(item.span, edit);
    if (span === item.span) out.push(item);
    else if (span) out.push({ ...item, span });
  }
  return out;
}
