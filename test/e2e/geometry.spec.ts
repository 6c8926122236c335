// Hint boxes over the flagged words when the field is not where a naive layout would put it: a
// textarea scrolled inside itself, in a scaled and translated box, in a positioned and scrolled
// container, and a contenteditable inside a `filter`/`will-change` containing block, each at 100%,
// at 150% browser zoom (`chrome.tabs.setZoom`, as the user's Ctrl+Plus) and under CSS `zoom: 1.5`.
// Where the text really is comes from the browser itself, never from the extension's mirror: for
// the textarea, its own hit testing (`caretPositionFromPoint` answers with offsets in the value);
// for the contenteditable, a DOM Range over the text.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REPORT, VAGUE, expectedHints, type Rect, union } from './editors/hints';
import { caretOffsetsAt, frames, hintLineRects, textRects } from './editors/probes';

/** Long enough to wrap onto a second line in the 380 px textarea. */
const LONG_VAGUE =
  'Improve the onboarding experience for new customers in every regional sales team soon.';

type Zoom = 'none' | 'browser 150%' | 'CSS zoom 1.5';
const ZOOMS: Zoom[] = ['none', 'browser 150%', 'CSS zoom 1.5'];

interface ExtensionWorker {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

async function extensionWorker(context: BrowserContext): Promise<ExtensionWorker> {
  const own = (w: { url(): string }) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(own) ??
    (await context.waitForEvent('serviceworker', { predicate: own }))
  );
}

/** The zoom API as the service worker sees it (the extension needs no permission for it). */
interface TabsZoom {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    setZoom(tabId: number, factor: number): Promise<void>;
  };
}

async function applyZoom(page: Page, context: BrowserContext, zoom: Zoom): Promise<void> {
  if (zoom === 'browser 150%') {
    const worker = await extensionWorker(context);
    await worker.evaluate(async (factor) => {
      const { tabs } = (globalThis as unknown as { chrome: TabsZoom }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      await tabs.setZoom(tab!.id!, factor);
    }, 1.5);
    await expect.poll(() => page.evaluate(() => window.devicePixelRatio)).toBe(1.5);
  } else if (zoom === 'CSS zoom 1.5') {
    await page.evaluate(() => (document.body.style.zoom = '1.5'));
  }
}

/** Where the hint's line ends hit the value (offsets), and whether each is within a character. */
interface TextareaFit {
  lines: number;
  /** No two boxes on the same line (one underline per line, none detached from the words). */
  onePerLine: boolean;
  /** Offsets at the first line's left end and the last line's right end. */
  ends: (number | null)[];
  startOk: boolean;
  endOk: boolean;
  /** Every probe inside the boxes (centre, near the top and bottom of each line) hit the span. */
  inside: boolean;
}

async function textareaFit(page: Page, start: number, end: number): Promise<TextareaFit> {
  const flagged = await page.evaluate(
    ([s, e]) => (document.getElementById('textarea') as HTMLTextAreaElement).value.slice(s, e),
    [start, end],
  );
  const lines = await page.evaluate(hintLineRects, flagged);
  if (lines.length === 0) {
    return { lines: 0, onePerLine: false, ends: [], startOk: false, endOk: false, inside: false };
  }
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const inner = lines.flatMap((r) => [
    { x: r.left + r.width / 2, y: r.top + r.height / 2 },
    { x: r.left + r.width / 2, y: r.top + 3 },
    { x: r.left + r.width / 2, y: r.top + r.height - 3 },
  ]);
  const points = [
    { x: first.left + 1, y: first.top + first.height / 2 },
    { x: last.left + last.width - 1, y: last.top + last.height / 2 },
    ...inner,
  ];
  const offsets = await page.locator('#textarea').evaluate(caretOffsetsAt, points);
  const [left, right, ...rest] = offsets;
  const near = (o: number | null | undefined, want: number) => o != null && Math.abs(o - want) <= 1;
  return {
    lines: lines.length,
    onePerLine: lines.every(
      (r, i) => i === 0 || r.top >= lines[i - 1]!.top + lines[i - 1]!.height / 2,
    ),
    ends: [left ?? null, right ?? null],
    startOk: near(left, start),
    endOk: near(right, end),
    inside: rest.every((o) => o != null && o > start && o < end),
  };
}

/** One box per line the sentence covers; each end within a character of the span's ends. */
const FITS = { onePerLine: true, startOk: true, endOk: true, inside: true };

for (const zoom of ZOOMS) {
  test.describe(`geometry, zoom: ${zoom}`, () => {
    test('textarea scrolled inside itself, in a scaled box in a scrolled container', async ({
      page,
      context,
      fixturePages,
    }) => {
      await fixturePages.open(page, 'editors/geometry.html');
      await applyZoom(page, context, zoom);
      const textarea = page.locator('#textarea');
      const before = Array<string>(4).fill(REPORT);
      const text = [...before, LONG_VAGUE, ...before].join('\n');
      await textarea.fill(text);
      const [hint] = expectedHints(text);
      expect(hint?.text).toBe(LONG_VAGUE.slice(0, -1));
      const start = text.indexOf(hint!.text);
      const end = start + hint!.text.length;

      // Bring the flagged lines into view by scrolling the container, then the field itself.
      await page.evaluate(() => {
        document.getElementById('scroller')!.scrollTop = 150;
        const ta = document.getElementById('textarea') as HTMLTextAreaElement;
        ta.setSelectionRange(0, 0);
      });
      const lineHeight = await textarea.evaluate((el) =>
        parseFloat(getComputedStyle(el).lineHeight),
      );
      await textarea.evaluate((el, top) => (el.scrollTop = top), lineHeight * 4.5);
      await expect.poll(() => textareaFit(page, start, end)).toMatchObject(FITS);
      expect((await textareaFit(page, start, end)).lines, 'the sentence wraps').toBeGreaterThan(1);

      // The field scrolls by a few pixels, the container and the page too: still over the words.
      await textarea.evaluate((el, top) => (el.scrollTop = top), lineHeight * 4);
      await page.evaluate(() => {
        document.getElementById('scroller')!.scrollTop = 170;
        window.scrollBy(0, 20);
      });
      await page.evaluate(frames, 2);
      await expect.poll(() => textareaFit(page, start, end)).toMatchObject(FITS);
    });

    test('contenteditable inside a filter / will-change containing block', async ({
      page,
      context,
      fixturePages,
    }) => {
      await fixturePages.open(page, 'editors/geometry.html');
      await applyZoom(page, context, zoom);
      const editor = page.locator('#editor');
      await editor.click();
      await editor.pressSequentially(`${REPORT} ${VAGUE}`);
      const flagged = expectedHints(VAGUE)[0]!.text;
      await page.evaluate(() => window.scrollBy(0, 30));

      const fit = async () => {
        const lines = await page.evaluate(hintLineRects, flagged);
        const text = await editor.evaluate(textRects, flagged);
        if (lines.length === 0 || text.length === 0) return null;
        const box = union(lines);
        const words = union(text);
        const d = (a: Rect, b: Rect) =>
          Math.max(
            Math.abs(a.left - b.left),
            Math.abs(a.top - b.top),
            Math.abs(a.width - b.width),
            Math.abs(a.height - b.height),
          );
        return { sameLines: lines.length === text.length, withinOnePixel: d(box, words) <= 1 };
      };
      await expect.poll(fit).toEqual({ sameLines: true, withinOnePixel: true });
    });
  });
}
