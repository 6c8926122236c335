import type { FrameLocator, Locator, Page } from '@playwright/test';
import { analyze, type Rewrite } from '../../lib/analysis';
import { fillRewrite } from '../../lib/hints/card-text';
import { expect, HintCard, test } from './fixtures';

const VAGUE = 'We want to increase sales soon.';
const OTHER = 'Improve onboarding somehow.';
// Markup inside the goal: the engine keeps the writer's words, so it reaches the rewrite as text.
const XSS = 'Increase sales <img src=x onerror="window.__xss=1"> soon.';

/** The engine's finding for `text` as the content script sees it (default settings). */
function finding(text: string) {
  const d = analyze(text, { unit: 'sentence' }).diagnostics.find((x) => x.rule === 'vague-goal');
  expect(d, `"${text}" is flagged`).toBeDefined();
  return {
    start: d!.span.start,
    end: d!.span.end,
    flagged: text.slice(d!.span.start, d!.span.end),
    criteria: String(d!.message.params.missing),
    rewrite: d!.suggestions[0]!.rewrite as Rewrite,
  };
}

function hints(scope: Page | FrameLocator): Locator {
  return scope.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');
}

/** The hint over exactly `text` (while typing, hints of partial sentences come and go). */
function hintFor(scope: Page | FrameLocator, text: string): Locator {
  return hints(scope).and(scope.locator(`[data-smartgoal-hint=${JSON.stringify(text)}]`));
}

/** Click inside the flagged text (the hint box is `pointer-events: none`: the editor gets it). */
async function clickHint(page: Page, hint: Locator): Promise<void> {
  await expect(hint).toBeVisible();
  await expect.poll(async () => (await hint.boundingBox()) !== null).toBe(true);
  const box = (await hint.boundingBox())!;
  await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
}

async function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.trimEnd(),
  );
}

/** Whether focus is in `#editor` (the card's shadow root would report the overlay host). */
function editorFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.id === 'editor');
}

for (const kind of ['textarea', 'contenteditable'] as const) {
  test.describe(`hint card on a ${kind}`, () => {
    test.beforeEach(async ({ page, fixturePages }) => {
      await fixturePages.open(page, `card-${kind}.html`);
      await page.locator('#editor').click();
      await page.keyboard.type(VAGUE);
      await expect(hintFor(page, finding(VAGUE).flagged)).toBeVisible();
      await expect(hints(page)).toHaveCount(1);
    });

    test('click opens the card; chips, placeholder, Apply, then one undo restores the text', async ({
      page,
    }) => {
      const editor = page.locator('#editor');
      const card = new HintCard(page);
      const f = finding(VAGUE);
      await expect(hints(page)).toHaveAttribute('data-criteria', f.criteria);

      await clickHint(page, hintFor(page, finding(VAGUE).flagged));
      await expect(card.dialog).toBeVisible();
      // Opened by the mouse: typing goes on in the editor.
      expect(await editorFocused(page)).toBe(true);
      const letters = [...'SMAT'].filter((c) => f.criteria.includes(c)).join('');
      expect(await card.chips()).toBe(letters);
      for (const name of ['Apply', 'Open in builder', 'Ignore', 'Disable on this site']) {
        await expect(card.button(name)).toBeVisible();
      }

      // The page's `button { font-size: 40px !important }` does not reach the card.
      expect(await card.button('Apply').evaluate((b) => getComputedStyle(b).fontSize)).toBe('14px');

      const slots = f.rewrite.parts.flatMap((p) => (p.kind === 'placeholder' ? [p.slot] : []));
      expect(slots).toContain('deadline');
      await card.placeholder('deadline').fill('end of Q3 2027');
      const values = slots.map((s) => (s === 'deadline' ? 'end of Q3 2027' : ''));
      const replacement = fillRewrite(f.rewrite.parts, values);
      expect(replacement).toContain('end of Q3 2027');
      expect(await card.rewriteText()).toBe(replacement);

      await card.button('Apply').click();
      // The span stops before the full stop, the rewrite ends with one: the sentence keeps one.
      const applied = VAGUE.slice(0, f.start) + replacement.replace(/\.$/, '') + VAGUE.slice(f.end);
      expect(applied).toMatch(/[^.]\.$/);
      await expect.poll(() => editorText(editor)).toBe(applied);
      await expect(card.dialog).toBeHidden();
      expect(await editorFocused(page)).toBe(true);

      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => editorText(editor)).toBe(VAGUE);
    });

    test('Esc closes the card and gives focus and the caret back to the editor', async ({
      page,
    }) => {
      const card = new HintCard(page);
      await clickHint(page, hintFor(page, finding(VAGUE).flagged));
      await expect(card.dialog).toBeVisible();
      const caret = await page.evaluate(() => {
        const el = document.getElementById('editor')!;
        if (el instanceof HTMLTextAreaElement) return el.selectionStart;
        return window.getSelection()!.focusOffset;
      });
      await card.placeholder('deadline').click();
      await page.keyboard.type('Q3');
      await page.keyboard.press('Escape');
      await expect(card.dialog).toBeHidden();
      expect(await editorFocused(page)).toBe(true);
      const after = await page.evaluate(() => {
        const el = document.getElementById('editor')!;
        if (el instanceof HTMLTextAreaElement) return el.selectionStart;
        return window.getSelection()!.focusOffset;
      });
      expect(after).toBe(caret);
      // Typing goes on where the caret was; nothing from the card reached the text.
      await expect.poll(() => editorText(page.locator('#editor'))).toBe(VAGUE);
    });

    test('hovering the flagged text opens the card', async ({ page }) => {
      const card = new HintCard(page);
      const box = (await hintFor(page, finding(VAGUE).flagged).boundingBox())!;
      await page.mouse.move(box.x + 5, box.y + box.height / 2);
      await page.mouse.move(box.x + 15, box.y + box.height / 2);
      await expect(card.dialog).toBeVisible();
      // The card sits next to the text, inside the viewport.
      const dialog = (await card.dialog.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(dialog.y).toBeGreaterThanOrEqual(box.y + box.height);
      expect(dialog.x + dialog.width).toBeLessThanOrEqual(viewport.width);
      expect(dialog.y + dialog.height).toBeLessThanOrEqual(viewport.height);
    });

    test('Alt+Enter in flagged text opens the card with focus in it; Tab cycles its controls', async ({
      page,
    }) => {
      const card = new HintCard(page);
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Alt+Enter');
      await expect(card.dialog).toBeVisible();
      const focused = () =>
        page.evaluate(() => {
          const el = document.querySelector('smartgoal-overlay')!.shadowRoot!.activeElement;
          return el ? (el.getAttribute('aria-label') ?? el.textContent) : null;
        });
      // Focus starts in the first blank of the rewrite.
      const first = await focused();
      const firstHint = finding(VAGUE).rewrite.parts.find((p) => p.kind === 'placeholder');
      expect(first).toBe(firstHint && 'hint' in firstHint ? firstHint.hint : null);
      const controls = await card.dialog.locator('input, button').count();
      for (let i = 0; i < controls; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(first);
      // Backwards from the first blank: the close button, then round to the last action.
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Close');
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Disable on this site');
      await page.keyboard.press('Escape');
      await expect(card.dialog).toBeHidden();
      expect(await editorFocused(page)).toBe(true);
    });
  });
}

test.describe('hint card actions', () => {
  test('Ignore hides that hint, and it stays hidden after a reload', async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'card-textarea.html');
    const editor = page.locator('#editor');
    const card = new HintCard(page);
    await editor.click();
    await page.keyboard.type(VAGUE);
    await expect(hints(page)).toHaveCount(1);
    await clickHint(page, hintFor(page, finding(VAGUE).flagged));
    await card.button('Ignore').click();
    await expect(hints(page)).toHaveCount(0);
    await expect(card.dialog).toBeHidden();
    expect(await editorFocused(page)).toBe(true);

    await page.reload();
    await editor.click();
    await page.keyboard.type(`${VAGUE} ${OTHER}`);
    // The other goal is still flagged, so analysis ran; the ignored one is not.
    await expect(hints(page)).toHaveCount(1);
    await expect(hints(page)).toHaveAttribute('data-smartgoal-hint', finding(OTHER).flagged);
  });

  test("a full stop typed after the hint appeared reaches the card's rewrite", async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'card-textarea.html');
    const card = new HintCard(page);
    const unfinished = VAGUE.replace(/\.$/, '');
    await page.locator('#editor').click();
    await page.keyboard.type(unfinished);
    // Analysed without its full stop: the same words are flagged, the rewrite has no full stop.
    await expect(hintFor(page, finding(unfinished).flagged)).toBeVisible();
    expect(fillRewrite(finding(unfinished).rewrite.parts, [])).not.toMatch(/\.$/);
    await page.keyboard.type('.');
    await clickHint(page, hintFor(page, finding(VAGUE).flagged));
    await expect(card.dialog).toBeVisible();
    expect(await card.rewriteText()).toBe(fillRewrite(finding(VAGUE).rewrite.parts, []));
    expect(await card.rewriteText()).toMatch(/\.$/);
  });

  test('an open card follows a full stop typed after its words', async ({ page, fixturePages }) => {
    await fixturePages.open(page, 'card-textarea.html');
    const card = new HintCard(page);
    const unfinished = VAGUE.replace(/\.$/, '');
    await page.locator('#editor').click();
    await page.keyboard.type(unfinished);
    await clickHint(page, hintFor(page, finding(unfinished).flagged));
    await expect(card.dialog).toBeVisible();
    expect(await card.rewriteText()).toBe(fillRewrite(finding(unfinished).rewrite.parts, []));
    // Opened by the mouse, the caret is still in the field: finish the sentence there.
    await page.keyboard.press('End');
    await page.keyboard.type('.');
    await expect.poll(() => card.rewriteText()).toBe(fillRewrite(finding(VAGUE).rewrite.parts, []));
    await expect(card.dialog).toBeVisible();
  });

  test('Disable on this site removes every hint at once, without a reload', async ({
    page,
    fixturePages,
    pageServer,
    audit,
  }) => {
    await fixturePages.open(page, 'card-textarea.html');
    const card = new HintCard(page);
    await page.locator('#editor').click();
    await page.keyboard.type(`${VAGUE} ${OTHER}`);
    await expect(hints(page)).toHaveCount(2);
    await clickHint(page, hintFor(page, finding(VAGUE).flagged));
    await card.button('Disable on this site').click();
    await expect(hints(page)).toHaveCount(0);
    await expect(card.dialog).toBeHidden();
    // And nothing comes back while typing on. A frame from another site (the same server named
    // localhost), still enabled, is typed into last: once its hint shows, an analysis of this
    // page's field would have had its turn too.
    await page.keyboard.type(' Grow revenue soon.');
    const otherSite = pageServer.url('card-textarea.html').replace('//127.0.0.1:', '//localhost:');
    audit.allowPrefix(`${new URL(otherSite).origin}/`);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'other-site';
      frame.src = src;
      frame.style.cssText = 'width: 600px; height: 400px';
      document.body.append(frame);
    }, otherSite);
    const other = page.frameLocator('#other-site');
    // The page's fixed cover lies over the frame: focus the field instead of clicking it.
    await other.locator('#editor').focus();
    await page.keyboard.type(OTHER);
    await expect(hintFor(other, finding(OTHER).flagged)).toBeVisible();
    await expect(hints(page)).toHaveCount(0);
  });

  test('markup in a goal is shown as text and never runs', async ({ page, fixturePages }) => {
    await fixturePages.open(page, 'card-textarea.html');
    const card = new HintCard(page);
    await page.locator('#editor').click();
    await page.keyboard.type(XSS);
    await clickHint(page, hintFor(page, finding(XSS).flagged));
    await expect(card.dialog).toBeVisible();
    const inside = await card.dialog.evaluate((el) => ({
      images: el.querySelectorAll('img').length,
      text: el.textContent ?? '',
    }));
    expect(inside.images).toBe(0);
    const { rewrite } = finding(XSS);
    const textParts = rewrite.parts.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    for (const part of textParts) expect(inside.text).toContain(part);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('dark page theme: the card follows prefers-color-scheme', async ({ page, fixturePages }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await fixturePages.open(page, 'card-textarea.html');
    const card = new HintCard(page);
    await page.locator('#editor').click();
    await page.keyboard.type(VAGUE);
    await clickHint(page, hintFor(page, finding(VAGUE).flagged));
    await expect(card.dialog).toBeVisible();
    const background = await card.dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(34, 39, 46)');
  });
});
