/**
 * The text the card applies: the engine's rewrite with what the user typed into its placeholders.
 *
 * An unfilled placeholder is applied as its short name in brackets (`[deadline]`), not as the whole
 * hint (`[deadline, e.g. 2027-03-31 or end of Q3]`): the example would read as a commitment the
 * writer never made, while `[deadline]` is plainly still to be filled in.
 */

import type { RewritePart } from '../analysis';

/** The hint's name before its example: `deadline, e.g. …` → `deadline`; `截止时间，例如：…` → `截止时间`. */
export function placeholderLabel(hint: string): string {
  const name = hint.split(/[,，、:：]/u, 1)[0]!.trim();
  return name === '' ? hint.trim() : name;
}

/** The rewrite as text: typed values (trimmed) in place of placeholders, `[name]` where empty. */
export function fillRewrite(
  parts: readonly RewritePart[],
  values: readonly (string | undefined)[],
): string {
  let placeholder = 0;
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    const value = values[placeholder++]?.trim() ?? '';
    out += value === '' ? `[${placeholderLabel(part.hint)}]` : value;
  }
  return out;
}

/** Sentence-final punctuation in the engine's languages (ASCII, CJK full-width, ellipsis). */
const FINAL = /[.!?。！？…]$/u;

/**
 * The replacement as it fits before `following` (the text after the flagged span). The engine's
 * span ends before the sentence's full stop while its rewrite ends with one: without this,
 * "Grow sales soon." would become "Grow sales … by June..".
 */
export function fitBefore(replacement: string, following: string): string {
  return FINAL.test(replacement) && /^[.!?。！？…]/u.test(following)
    ? replacement.replace(FINAL, '')
    : replacement;
}
