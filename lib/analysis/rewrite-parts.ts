import type { Criterion, Rewrite, RewritePart } from './schema';

export const text = (t: string): RewritePart => ({ kind: 'text', text: t });

export const placeholder = (
  slot: 'metric' | 'baseline' | 'target' | 'deadline',
  criterion: Criterion,
  hint: string,
): RewritePart => ({ kind: 'placeholder', slot, criterion, hint });

/** Plain-text rendering: placeholders as `[hint]`, adjacent text merged. */
export function rewriteToText(
  rewrite: Rewrite,
  fill: (p: RewritePart & { kind: 'placeholder' }) => string = (p) => `[${p.hint}]`,
): string {
  return rewrite.parts.map((p) => (p.kind === 'text' ? p.text : fill(p))).join('');
}
