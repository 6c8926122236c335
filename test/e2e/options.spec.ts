import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { draftsToJson, type Draft } from '../../lib/drafts';
import { ROOT } from './browser.mjs';
import { expect, OptionsPage, test } from './fixtures';

const VAGUE = 'Improve onboarding soon.';

function draft(id: string, text: string): Draft {
  const at = Date.UTC(2026, 10, 1);
  return {
    id,
    title: text.slice(0, 20),
    lang: 'en',
    content: {},
    text,
    parentId: null,
    status: 'active',
    source: null,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}

async function openOptions(page: Page, extensionId: string): Promise<OptionsPage> {
  const options = new OptionsPage(page, extensionId);
  await options.open();
  return options;
}

test.describe('options page', () => {
  test('a changed setting is saved at once and is still there after a reload', async ({
    page,
    extensionId,
  }) => {
    const options = await openOptions(page, extensionId);
    const measurable = page.getByRole('checkbox', { name: /Measurable/ });
    await expect(measurable).toBeChecked();
    await measurable.uncheck();
    await options.expectSaved();
    await page.getByRole('combobox', { name: 'Show' }).selectOption('error');
    await options.expectSaved();
    // Visible where the change was made, not only at the top of the page.
    await page.getByRole('combobox', { name: 'Interface language' }).scrollIntoViewIfNeeded();
    await expect(options.status).toBeInViewport();

    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Measurable/ })).not.toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('error');
  });

  test('a bad host gets a clear message and is not saved', async ({ page, extensionId }) => {
    const options = await openOptions(page, extensionId);
    await options.addHost('Blocked sites', 'example.com/docs');
    const input = options.hostInput('Blocked sites');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      'Leave out the path: type only the site, for example example.com.',
    );
    await expect(input).toHaveValue('example.com/docs');
    await expect(options.status).not.toHaveText('Saved');

    await page.reload();
    await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  });

  test('blocking the site stops the hints on an open page without a reload', async ({
    page,
    context,
    extensionId,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'editors/textarea.html');
    await page.locator('#editor').click();
    await page.keyboard.type(VAGUE);
    const hints = page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');
    await expect(hints).toHaveCount(1);

    const options = await openOptions(await context.newPage(), extensionId);
    await options.addHost('Blocked sites', '127.0.0.1');
    await options.expectSaved();
    await expect(hints).toHaveCount(0);

    await options.page.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await options.expectSaved();
    await expect(hints).toHaveCount(1);
  });

  test('delete everything asks first, then empties drafts, settings and the unsaved-edit journal', async ({
    page,
    extensionId,
  }) => {
    const options = await openOptions(page, extensionId);
    await page.getByRole('checkbox', { name: /Time-bound/ }).uncheck();
    await options.expectSaved();
    const file = draftsToJson(
      [draft('a', 'Grow signups soon'), draft('b', 'Raise NPS from 31 to 35 by June 2027')],
      new Date(),
    );
    await page.getByLabel('Import drafts from a JSON export').setInputFiles({
      name: 'drafts.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(options.dataOutcome).toContainText('Imported: 2 new');
    await expect(options.storageUsed).toContainText('2 drafts.');

    // The builder's journal of unsaved edits lives in the extension origin's localStorage.
    await page.evaluate(() => localStorage.setItem('builder:unsaved:a', '{}'));

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const confirm = page.getByRole('group', { name: /cannot be undone/ });
    await expect(confirm).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(options.storageUsed).toContainText('2 drafts.');

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(options.dataOutcome).toContainText('Everything was deleted.');
    await expect(options.storageUsed).toContainText('0 drafts.');
    await expect(page.getByRole('checkbox', { name: /Time-bound/ })).toBeChecked();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.reload();
    await expect(options.storageUsed).toContainText('0 drafts.');
  });

  test('exports drafts as a file', async ({ page, extensionId }) => {
    const options = await openOptions(page, extensionId);
    await page.getByLabel('Import drafts from a JSON export').setInputFiles({
      name: 'drafts.json',
      mimeType: 'application/json',
      buffer: Buffer.from(draftsToJson([draft('a', 'Grow signups soon')], new Date())),
    });
    await expect(options.storageUsed).toContainText('1 drafts.');
    await page.getByRole('combobox', { name: 'Export format' }).selectOption('markdown');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export drafts' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^smart-goals-drafts-\d{4}-\d{2}-\d{2}\.md$/);
    await expect(options.dataOutcome).toContainText('Exported 1 drafts');
  });

  test('lists the keyboard shortcuts', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    const shortcuts = page.getByTestId('shortcuts');
    await expect(shortcuts).toContainText('Open the goal builder');
    await expect(shortcuts.locator('dt')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Change shortcuts' })).toBeVisible();
  });

  test("shows the built manifest's version, which is package.json's", async ({
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    await expect(page.getByTestId('version')).toHaveText(`SMART Goals ${version}`);
  });

  test('site lists work from the keyboard alone', async ({ page, extensionId }) => {
    const options = await openOptions(page, extensionId);
    const input = options.hostInput('Blocked sites');
    for (
      let presses = 0;
      presses < 40 && !(await input.evaluate((el) => el === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(input).toBeFocused();
    await page.keyboard.type('example.com');
    await page.keyboard.press('Enter');
    await options.expectSaved();
    await expect(input).toBeFocused();
    // The new entry's remove button comes just before the field.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Remove example.com' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove example.com' })).toHaveCount(0);
    await expect(input).toBeFocused();
    await options.expectSaved();
  });

  test('has no serious or critical accessibility violation', async ({ page, extensionId }) => {
    const options = await openOptions(page, extensionId);
    await options.addHost('Blocked sites', 'bad host');
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByText(/built-in sites/).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
