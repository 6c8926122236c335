import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The Drafts view of the builder (popup.html): search, filters, rows, import and export. */
class DraftsList {
  readonly search: Locator;
  readonly rows: Locator;
  readonly toast: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search drafts' });
    this.rows = page.getByTestId('draft-row');
    this.toast = page.getByTestId('drafts-toast');
    this.problem = page.getByTestId('drafts-problem');
  }

  titles(): Promise<string[]> {
    return this.rows.locator('.draft-title > span:first-child').allTextContents();
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.page
      .getByLabel('Import JSON')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async exportTo(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
  }
}

const base = {
  content: {},
  parentId: null,
  status: 'active',
  source: null,
  revision: 1,
};
const SEED = [
  {
    id: 'e2e-en',
    title: 'Newsletter',
    lang: 'en',
    text: 'Grow subscribers from 1,200 to 2,000 by June.',
  },
  { id: 'e2e-zh', title: '销售目标', lang: 'zh', text: '在第三季度前将月销售额从50万提高到80万' },
  { id: 'e2e-ru', title: 'Отток', lang: 'ru', text: 'Сократить отток клиентов до 3% к концу года' },
  {
    id: 'e2e-vi',
    title: 'Doanh thu',
    lang: 'vi',
    text: 'Tăng doanh thu quý 3 lên 20% so với quý 2',
  },
  { id: 'e2e-old', title: 'Old plan', lang: 'en', text: 'Ship v1.', status: 'archived' },
].map((d, i) => ({
  ...base,
  ...d,
  createdAt: 1_760_000_000_000 + i,
  updatedAt: 1_760_000_000_000 + i,
}));

const exportFile = (drafts: unknown[]) =>
  JSON.stringify({
    format: 'smart-goals-drafts',
    version: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    drafts,
  });

test.describe('drafts list', () => {
  test('import, search in four languages, filter, export and re-import, broken file, delete and undo', async ({
    popup,
  }) => {
    const page = popup.page;
    await popup.view('Drafts');
    const list = new DraftsList(page);
    await expect(list.search).toBeVisible();

    await list.importFile('seed.json', exportFile(SEED));
    await expect(list.toast).toContainText(
      'Imported. New: 5; already here: 0; saved as copies: 0.',
    );
    // The builder's own blank draft is there too.
    await expect(list.rows).toHaveCount(5);

    for (const [query, title] of [
      ['销售额', '销售目标'],
      ['ОТТОК', 'Отток'],
      ['tang doanh', 'Doanh thu'],
      ['subscribers', 'Newsletter'],
    ]) {
      await list.search.fill(query!);
      await expect.poll(() => list.titles()).toEqual([title]);
    }
    await list.search.fill('');

    await page.getByRole('combobox', { name: /^Show/ }).selectOption('archived');
    await expect.poll(() => list.titles()).toEqual(['Old plan']);
    await page.getByRole('combobox', { name: /^Show/ }).selectOption('active');
    await expect(list.rows).toHaveCount(5);

    // Export everything as JSON, then import that very file: nothing new, nothing lost.
    const exported = await list.exportTo('Export all');
    expect(exported.name).toMatch(/^smart-goals-drafts-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(exported.text) as { version: number; drafts: { id: string }[] };
    expect(parsed.version).toBe(1);
    expect(parsed.drafts.map((d) => d.id)).toEqual(expect.arrayContaining(SEED.map((d) => d.id)));
    await list.importFile('again.json', exported.text);
    await expect(list.toast).toContainText(`already here: ${parsed.drafts.length}`);
    await expect(list.rows).toHaveCount(5);

    // A broken file: nothing imported, each bad record named by index and field.
    await list.importFile(
      'broken.json',
      exportFile([
        { ...SEED[0], id: 'new-ok' },
        { ...SEED[1], id: 'new-bad', lang: 'fr' },
      ]),
    );
    await expect(list.problem).toContainText('Nothing was imported');
    await expect(list.problem).toContainText('drafts[1].lang: expected one of en|zh|ru|vi');
    await expect(list.rows).toHaveCount(5);

    await page.getByRole('button', { name: 'Move “Отток” to the trash' }).click();
    await expect(list.toast).toContainText('Moved “Отток” to the trash.');
    await expect(list.rows).toHaveCount(4);
    await list.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(list.toast).toContainText('Restored “Отток”.');
    await expect(list.rows).toHaveCount(5);

    // Opening a draft takes the builder to it.
    await page.getByRole('button', { name: 'Open “Doanh thu”' }).click();
    await expect(popup.sentence).toBeVisible();
  });

  test('arrow keys move between rows; no serious or critical axe violation', async ({ popup }) => {
    const page = popup.page;
    await popup.view('Drafts');
    const list = new DraftsList(page);
    await list.importFile('seed.json', exportFile(SEED));
    await expect(list.rows).toHaveCount(5);

    await page.getByRole('button', { name: 'Open “Doanh thu”' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Open “Отток”' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Duplicate “Отток”' })).toBeFocused();

    const { violations } = await new AxeBuilder({ page }).include('.drafts-view').analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
  });
});
