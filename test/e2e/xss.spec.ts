import type { Page } from '@playwright/test';
import { expect, OptionsPage, test } from './fixtures';

/**
 * Markup-looking goals reach every view that shows user or page text: the builder (pasted), the
 * options page (site lists) and the in-page card. They must show as text: no element made from
 * them, no handler run. Extension pages also have a CSP that blocks inline handlers, so the
 * element count is the real check there; `window.__xss` is the check in web pages.
 */

const IMG = '<img src=x onerror="window.__xss=1">Increase sales soon';
/** The engine does not flag `IMG` (markup first reads as no goal): here the markup is inside. */
const IMG_INSIDE = 'Increase sales <img src=x onerror="window.__xss=1"> soon';
const SCRIPT = '<script>window.__xss=2</script>Grow revenue soon';

async function expectNothingRan(page: Page): Promise<void> {
  // Locators pierce open shadow roots, so this also looks inside the overlay.
  await expect(page.locator('img[src="x"], script:text("__xss")')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
}

test('a pasted goal in the builder is text', async ({ popup, page }) => {
  // The `popup` fixture has opened the builder and waited for its draft.
  await popup.view('New');
  const paste = page.getByLabel('Paste a goal', { exact: true });
  for (const goal of [IMG, SCRIPT]) {
    await paste.click();
    await paste.clear();
    // A real paste: the clipboard event carries HTML as well as plain text.
    await paste.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      data.setData('text/html', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, goal);
    if ((await paste.inputValue()) === '') await page.keyboard.insertText(goal);
    await expect(paste).toHaveValue(goal);
    await page.getByRole('button', { name: 'Split into fields' }).click();
    await expect(page.getByTestId('goal-sentence')).toBeVisible();
    await expectNothingRan(page);
    await popup.view('New');
  }
  // What was pasted is kept as text somewhere in the draft.
  await popup.view('Goal');
  await expect(page.locator('body')).toContainText('Grow revenue');
  await expectNothingRan(page);
});

test('markup typed into the site lists is refused and shown as text', async ({
  page,
  extensionId,
}) => {
  const options = new OptionsPage(page, extensionId);
  await options.open();
  for (const [list, goal] of [
    ['Blocked sites', IMG],
    ['Allowed sites', SCRIPT],
  ] as const) {
    await options.addHost(list, goal);
    await expect(options.hostInput(list)).toHaveAccessibleDescription(
      `“${goal}” is not a site name. Type a host such as docs.example.com.`,
    );
  }
  await expectNothingRan(page);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
});

test('a flagged goal with markup opens a card that shows it as text', async ({
  page,
  fixturePages,
}) => {
  await fixturePages.open(page, 'editors/textarea.html');
  await page.locator('#editor').click();
  await page.keyboard.type(IMG_INSIDE);
  const hint = page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');
  await expect(hint).toHaveCount(1);
  await expect(hint).toHaveAttribute('data-smartgoal-hint', IMG_INSIDE);
  // The hint box lets clicks through to the textarea, where the flagged text is.
  const box = (await hint.boundingBox())!;
  await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  const card = page.locator('smartgoal-overlay').getByRole('dialog');
  await expect(card).toBeVisible();
  await expect(card.locator('img')).toHaveCount(0);
  // The rewrite keeps the writer's words, markup included, as text.
  await expect(card).toContainText('<img src=x onerror="window.__xss=1">');
  await expectNothingRan(page);
  await expect(page.locator('#editor')).toHaveValue(IMG_INSIDE);
});
