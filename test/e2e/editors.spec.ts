// The hint layer in the editors people really use: real Tiptap (ProseMirror), Lexical, Slate,
// Quill and CKEditor 5 bundled from npm (test/fixtures/pages/editors, built by globalSetup), and
// textareas inside an open shadow root and a same-origin iframe. Each editor is typed into key by
// key; the overlay must flag exactly the vague goal, over its text, without touching the editor's
// DOM; then the card's Apply must land in the editor's own model and one Ctrl+Z must undo it.
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test, type FixturePages } from './fixtures';
import {
  REPORT,
  SMART,
  VAGUE,
  card,
  expectedHints,
  hints,
  overlaps,
  rewriteTextParts,
  shownHints,
  union,
  type Rect,
  type Scope,
} from './editors/hints';
import {
  caretOffsetsAt,
  frames,
  hintLineRects,
  mutationCount,
  mutationsSince,
  startMutationLogs,
  textRects,
} from './editors/probes';

type EditorId = 'editor' | 'twin';

interface EditorCase {
  name: string;
  page: string;
  kind: 'contenteditable' | 'textarea';
  /** Selector of the iframe holding the editors, when they are in one. */
  frame?: string;
  /** The element a person clicks and types in. */
  surface(scope: Scope, id: EditorId): Locator;
  /**
   * The editor's history merges every change made within a time window into one undo step (Quill's
   * `history.delay`, 1 s). The test then edits right before Apply, inside that window: the
   * extension must wait it out so that one Ctrl+Z undoes the Apply and nothing else.
   */
  undoGroupsByTime?: boolean;
}

const CASES: EditorCase[] = [
  {
    name: 'Tiptap (ProseMirror)',
    page: 'editors/tiptap.html',
    kind: 'contenteditable',
    surface: (s, id) => s.locator(`#${id} .ProseMirror`),
  },
  {
    name: 'Lexical',
    page: 'editors/lexical.html',
    kind: 'contenteditable',
    surface: (s, id) => s.locator(`#${id}`),
  },
  {
    name: 'Slate',
    page: 'editors/slate.html',
    kind: 'contenteditable',
    surface: (s, id) => s.locator(`#${id} [data-slate-editor]`),
  },
  {
    name: 'Quill',
    page: 'editors/quill.html',
    kind: 'contenteditable',
    surface: (s, id) => s.locator(`#${id} .ql-editor`),
    undoGroupsByTime: true,
  },
  {
    name: 'CKEditor 5',
    page: 'editors/ckeditor.html',
    kind: 'contenteditable',
    // ClassicEditor hides its source element and puts its UI right after it.
    surface: (s, id) => s.locator(`#${id} + .ck-editor .ck-editor__editable`),
  },
  {
    name: 'textarea in an open shadow root',
    page: 'editors/shadow-textarea.html',
    kind: 'textarea',
    surface: (s, id) => s.locator(`#${id} textarea`),
  },
  {
    name: 'textarea in a same-origin iframe',
    page: 'editors/iframe.html',
    kind: 'textarea',
    frame: 'iframe',
    surface: (s, id) => s.locator(`#${id}`),
  },
];

const LINES = [VAGUE, REPORT, SMART];
const TEXT = LINES.join('\n');

function scopeOf(page: Page, c: EditorCase): Scope {
  return c.frame ? page.frameLocator(c.frame) : page;
}

/** The frame the editors live in, for `evaluate` (the page's or the iframe's). */
async function frameOf(page: Page, c: EditorCase): Promise<Frame> {
  if (!c.frame) return page.mainFrame();
  const content = await (await page.locator(c.frame).elementHandle())?.contentFrame();
  if (!content) throw new Error(`no frame at ${c.frame}`);
  return content;
}

async function open(page: Page, fixturePages: FixturePages, c: EditorCase) {
  const scope = scopeOf(page, c);
  await fixturePages.openWithAssets(page, c.page, scope.locator('html'));
  return scope;
}

function readModel(frame: Frame, id: EditorId = 'editor'): Promise<string> {
  return frame.evaluate((which) => window.editorPage!.readModel(which), id);
}

/** Three paragraphs (lines in a textarea), typed key by key like a person. */
async function typeLines(page: Page, surface: Locator): Promise<void> {
  await surface.click();
  for (const [i, line] of LINES.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await surface.pressSequentially(line);
  }
}

/** Where the flagged text is on screen, measured without the extension's own geometry. */
async function flaggedTextCheck(page: Page, frame: Frame, c: EditorCase, flagged: string) {
  const surface = c.surface(scopeOf(page, c), 'editor');
  if (c.kind === 'contenteditable') {
    return { rects: await surface.evaluate(textRects, flagged), offsets: null };
  }
  // A textarea's text has no DOM: ask the browser which characters sit under the hint's line ends.
  const lines = await frame.evaluate(hintLineRects, flagged);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const points = [
    { x: first.left + 1, y: first.top + first.height / 2 },
    { x: last.left + last.width - 1, y: last.top + last.height / 2 },
  ];
  return { rects: null, offsets: await surface.evaluate(caretOffsetsAt, points) };
}

/** Wait until the editor's model holds `expected` and a few frames have been drawn since. */
async function settle(frame: Frame, id: EditorId, expected: string) {
  await expect.poll(() => readModel(frame, id)).toBe(expected);
  await frame.evaluate(frames, 3);
}

for (const c of CASES) {
  test.describe(c.name, () => {
    test('one hint over the vague goal; the editor DOM is untouched', async ({
      page,
      fixturePages,
    }) => {
      const scope = await open(page, fixturePages, c);
      const doc = await frameOf(page, c);
      const fields = {
        editor: await c.surface(scope, 'editor').elementHandle(),
        twin: await c.surface(scope, 'twin').elementHandle(),
      };
      await doc.evaluate(startMutationLogs, fields);

      // Typing, then the quiet time in which the extension analyses and paints.
      await typeLines(page, c.surface(scope, 'editor'));
      await settle(doc, 'editor', TEXT);
      const quietFrom = await doc.evaluate(mutationCount, 'editor');
      const expected = LINES.flatMap(expectedHints);
      expect(expected).toHaveLength(1);
      expect(expected[0]!.text).toBe(expectedHints(VAGUE)[0]!.text);
      await expect.poll(() => shownHints(scope)).toEqual(expected);
      const hint = hints(scope);
      await expect(hint).toBeVisible();
      // A resize makes the overlay measure again; still nothing may change in the editor.
      await doc.evaluate(() => window.dispatchEvent(new Event('resize')));
      await doc.evaluate(frames, 3);
      const quiet = await doc.evaluate(mutationsSince, { name: 'editor', from: quietFrom });
      const editorLog = await doc.evaluate(mutationsSince, { name: 'editor', from: 0 });

      // The hint lies over the flagged words.
      const flagged = expected[0]!.text;
      const check = await flaggedTextCheck(page, doc, c, flagged);
      const lines: Rect[] = await doc.evaluate(hintLineRects, flagged);
      expect(lines.length).toBeGreaterThan(0);
      if (check.rects) {
        expect(check.rects.length).toBeGreaterThan(0);
        const text = union(check.rects);
        const box = union(lines);
        expect(overlaps(box, text)).toBe(true);
        expect(Math.abs(box.left - text.left), 'left edge').toBeLessThan(2);
        expect(Math.abs(box.width - text.width), 'width').toBeLessThan(2);
        expect(Math.abs(box.top - text.top), 'top edge').toBeLessThan(3);
      } else {
        // The first and last flagged characters, as the browser's hit testing finds them.
        expect(check.offsets).toEqual([0, flagged.length]);
      }

      // The same keystrokes in the opted-out twin: its DOM history must match the editor's.
      const twinFrom = await doc.evaluate(mutationCount, 'twin');
      await typeLines(page, c.surface(scope, 'twin'));
      await settle(doc, 'twin', TEXT);
      const twinQuietFrom = await doc.evaluate(mutationCount, 'twin');
      await doc.evaluate(() => window.dispatchEvent(new Event('resize')));
      await doc.evaluate(frames, 3);
      const twinQuiet = await doc.evaluate(mutationsSince, { name: 'twin', from: twinQuietFrom });
      const twinLog = await doc.evaluate(mutationsSince, { name: 'twin', from: twinFrom });
      expect(quiet, 'editor mutations while the extension analysed and painted').toEqual(twinQuiet);
      // Typing changes a rich editor's DOM (a textarea's value is no DOM): the log is live.
      if (c.kind === 'contenteditable') expect(editorLog.length).toBeGreaterThan(0);
      expect(editorLog.join('\n')).not.toMatch(/smartgoal/i);
      expect(editorLog).toEqual(twinLog);
      // The twin got no hint of its own.
      expect(await shownHints(scope)).toEqual(expected);
    });

    test('card: Apply lands in the editor model, one Ctrl+Z restores it', async ({
      page,
      fixturePages,
    }) => {
      const scope = await open(page, fixturePages, c);
      const doc = await frameOf(page, c);
      const surface = c.surface(scope, 'editor');
      await typeLines(page, surface);
      await settle(doc, 'editor', TEXT);
      const flagged = expectedHints(VAGUE)[0]!.text;
      await expect.poll(() => shownHints(scope)).toEqual(expectedHints(TEXT));

      // Click into the flagged words, as a person would (once the hint is placed over them).
      await expect(hints(scope)).toBeVisible();
      // A last keystroke at the end right before Apply, inside the grouping window: were the Apply
      // merged into its undo step, Ctrl+Z would take the "!" away too.
      const last = c.undoGroupsByTime ? '!' : '';
      if (last) {
        await page.keyboard.type(last);
        await settle(doc, 'editor', TEXT + last);
      }
      await expect.poll(() => doc.evaluate(hintLineRects, flagged)).not.toEqual([]);
      const lines: Rect[] = await doc.evaluate(hintLineRects, flagged);
      const target = lines[0]!;
      const field = await surface.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top };
      });
      await surface.click({
        position: {
          x: target.left - field.left + target.width / 2,
          y: target.top - field.top + target.height / 2,
        },
      });
      const dialog = card(scope);
      await expect(dialog).toBeVisible();

      await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
      await expect(dialog).toBeHidden();
      // The editor's own model holds the rewrite in place of the vague goal; the rest is intact.
      await expect
        .poll(async () => (await readModel(doc)).split('\n').slice(1))
        .toEqual([REPORT, SMART + last]);
      const applied = (await readModel(doc)).split('\n')[0]!;
      expect(applied).not.toBe(VAGUE);
      // The flagged span stops before the sentence's period and the rewrite brings its own: the
      // sentence must still end with exactly one.
      expect(applied).toMatch(/[^.]\.$/);
      let at = 0;
      for (const part of rewriteTextParts(VAGUE)) {
        const found = applied.indexOf(part, at);
        expect(found, `"${part}" in "${applied}"`).toBeGreaterThanOrEqual(0);
        at = found + part.length;
      }
      // The caret is back in the editor, so undo goes to the editor.
      await expect(surface).toBeFocused();

      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => readModel(doc)).toBe(TEXT + last);
    });
  });
}

test.describe('Tiptap: IME composition', () => {
  const CHINESE = '提高品牌知名度。';
  const CONTROL = `${VAGUE} Grow sales soon.`;
  const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);

  test('Chinese composed through the IME is analysed only after compositionend', async ({
    page,
    context,
    fixturePages,
  }) => {
    await fixturePages.openWithAssets(page, 'editors/tiptap.html');
    const frame = page.mainFrame();
    const control = page.locator('#control');
    const surface = page.locator('#editor .ProseMirror');
    // A hint in the other field first: the content script is up and watching both fields.
    await control.click();
    await control.pressSequentially(VAGUE);
    await expect.poll(() => shownHints(page)).toEqual(expectedHints(VAGUE));
    await surface.click();

    // The browser's own IME path (compositionstart/update, isComposing inputs), phrase by phrase.
    const cdp = await context.newCDPSession(page);
    for (const text of ['ti', '提高', '提高pinpai', '提高品牌', '提高品牌知名度', CHINESE]) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await expect(surface).toHaveText(CHINESE);
    // Another field changes after the composition's last update: once its debounced hint shows,
    // an analysis of the composing editor would have had its turn already.
    await control.evaluate((el: HTMLTextAreaElement, text) => {
      el.value = text;
      el.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
    }, CONTROL);
    const control2 = expectedHints(CONTROL);
    expect(control2).toHaveLength(2);
    await expect.poll(() => shownHints(page)).toEqual([...control2].sort(byText));

    // Committing ends the composition: now the Chinese goal is analysed and flagged.
    await cdp.send('Input.insertText', { text: CHINESE });
    await expect.poll(() => readModel(frame)).toBe(CHINESE);
    const chinese = expectedHints(CHINESE);
    expect(chinese).toHaveLength(1);
    await expect.poll(() => shownHints(page)).toEqual([...control2, ...chinese].sort(byText));
  });
});
