// Helpers shared by the editor and geometry specs: what the overlay should show (the engine's own
// verdict) and what it shows (the `data-smartgoal-hint` elements in its shadow root).
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { analyze } from '../../../lib/analysis';

/** A page or a frame in it: where a field, its overlay and its card live. */
export type Scope = Page | FrameLocator;

export const VAGUE = 'Improve onboarding soon.';
export const REPORT = 'Last quarter we increased signups by 12%.';
export const SMART = 'Raise the mobile conversion rate from 2.3% to 5% by Q3 2027.';

export interface HintInfo {
  text: string;
  criteria: string;
}

/** What the overlay must show for `text`: the engine's `vague-goal` diagnostics. */
export function expectedHints(text: string): HintInfo[] {
  return analyze(text, { unit: 'sentence' })
    .diagnostics.filter((d) => d.rule === 'vague-goal')
    .map((d) => ({
      text: text.slice(d.span.start, d.span.end),
      criteria: String(d.message.params.missing),
    }));
}

/** The literal text parts of the engine's rewrite of `text`'s first vague goal, in order. */
export function rewriteTextParts(text: string): string[] {
  const diagnostic = analyze(text, { unit: 'sentence' }).diagnostics.find(
    (d) => d.rule === 'vague-goal',
  );
  const rewrite = diagnostic?.suggestions.find((s) => s.rewrite)?.rewrite;
  if (!rewrite) throw new Error(`no rewrite for ${JSON.stringify(text)}`);
  return rewrite.parts.flatMap((p) => (p.kind === 'text' && p.text.trim() ? [p.text.trim()] : []));
}

/** Every hint element in the scope's overlay (Playwright locators pierce open shadow roots). */
export function hints(scope: Scope): Locator {
  return scope.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');
}

/** The hints as data, sorted, for polling the whole overlay state at once. */
export async function shownHints(scope: Scope): Promise<HintInfo[]> {
  const all = await hints(scope).evaluateAll((els) =>
    els.map((el) => ({
      text: el.getAttribute('data-smartgoal-hint') ?? '',
      criteria: el.getAttribute('data-criteria') ?? '',
    })),
  );
  return all.sort((a, b) => a.text.localeCompare(b.text));
}

/** The card: a dialog in the overlay's shadow root. */
export function card(scope: Scope): Locator {
  return scope.locator('smartgoal-overlay').getByRole('dialog');
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** The smallest rect holding all of `rects`. */
export function union(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
}
