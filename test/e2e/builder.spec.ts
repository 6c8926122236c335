import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PopupPage, expect, test } from './fixtures';

/** The extension API inside the builder page (evaluated there, not in Node). */
declare const chrome: {
  storage: {
    session: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
  };
};

/** Serious and critical axe violations, by rule id and the first offending node. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

test.describe('goal builder: persistence, views, calculators, accessibility', () => {
  test('text typed right before the page closes is there on reopening', async ({
    context,
    extensionId,
  }) => {
    const first = new PopupPage(await context.newPage(), extensionId);
    await first.open();
    await first.goToStep('S');
    const metric = first.field('Specific: metric');
    await metric.click();
    await first.page.keyboard.type('qualified demo requests');
    await first.page.close();

    const again = new PopupPage(await context.newPage(), extensionId);
    await again.open();
    await again.goToStep('S');
    await expect(again.field('Specific: metric')).toHaveValue('qualified demo requests');
    await expect(again.sentence).toHaveText('Improve qualified demo requests.');
    await again.saved();
  });

  test('popup.html and sidepanel.html show the same draft; an edit in one appears in the other', async ({
    context,
    extensionId,
  }) => {
    const popup = new PopupPage(await context.newPage(), extensionId);
    await popup.open();
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('trial signups');
    await popup.saved();

    const panel = new PopupPage(await context.newPage(), extensionId);
    await panel.open('', 'sidepanel');
    await expect(panel.sentence).toHaveText('Improve trial signups.');
    await panel.goToStep('S');
    await panel.field('Scope').fill('in Germany');
    await panel.saved();

    await popup.page.reload();
    await expect(popup.sentence).toHaveText('Improve trial signups in Germany.');
  });

  test('edits to one draft in two open views keep both: the later one becomes a visible copy', async ({
    context,
    extensionId,
  }) => {
    const popup = new PopupPage(await context.newPage(), extensionId);
    await popup.open();
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('shared metric');
    await popup.saved();

    const panel = new PopupPage(await context.newPage(), extensionId);
    await panel.open('', 'sidepanel');
    await panel.goToStep('S');
    await panel.field('Scope').fill('from the panel');
    await panel.saved();

    // The popup still holds the older revision.
    await popup.page.bringToFront();
    await popup.field('Scope').fill('from the popup');
    await expect(popup.notice).toContainText('changed in another view');
    await popup.saved();

    // Reopened, the latest draft is the copy; the panel's version is kept beside it.
    await panel.page.reload();
    await expect(panel.sentence).toHaveText('Improve shared metric from the popup.');
    await panel.view('Drafts');
    await expect(
      panel.page.getByRole('button', { name: 'Open “Improve shared metric from the panel.”' }),
    ).toBeVisible();
  });

  test('the Plan view opens a goal; the full-tab view opens the latest one', async ({ popup }) => {
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('first goal metric');
    await popup.saved();
    await popup.view('New');
    await popup.page.getByRole('button', { name: 'New blank goal' }).click();
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('second goal metric');
    await popup.saved();

    await popup.view('Plan');
    const tree = popup.page.getByTestId('goal-tree');
    await expect(tree).toContainText('first goal metric');
    await tree.getByRole('button', { name: 'Improve first goal metric.', exact: true }).click();
    await expect(popup.sentence).toHaveText('Improve first goal metric.');

    // The most recently updated draft opens by default, in a tab too.
    await popup.page.goto(popup.url('?view=tab'));
    await expect(popup.sentence).toHaveText('Improve second goal metric.');
  });

  test('?draft= and a draft left by the background in storage.session open that draft', async ({
    popup,
    context,
  }) => {
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('pending goal');
    await popup.saved();
    const id = await popup.page.evaluate(async () => {
      const request = indexedDB.open('smart-goals');
      const db = await new Promise<IDBDatabase>((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      const all = await new Promise<{ id: string; title: string }[]>((resolve) => {
        const get = db.transaction('drafts').objectStore('drafts').getAll();
        get.onsuccess = () => resolve(get.result as { id: string; title: string }[]);
      });
      db.close();
      return all.find((d) => d.title.includes('pending goal'))!.id;
    });
    await popup.view('New');
    await popup.page.getByRole('button', { name: 'New blank goal' }).click();
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('newer goal');
    await popup.saved();

    // Left before the builder opens (the background, then action.openPopup()): read on load.
    await popup.page.goto('about:blank');
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(
      (draftId: string) => chrome.storage.session.set({ 'builder:pendingDraft': draftId }),
      id,
    );
    await popup.page.goto(popup.url());
    await expect(popup.sentence).toHaveText('Improve pending goal.');
    // Consumed: the next plain open shows the latest draft again.
    expect(
      await popup.page.evaluate(() => chrome.storage.session.get('builder:pendingDraft')),
    ).toEqual({});
    await popup.page.reload();
    await expect(popup.sentence).toHaveText('Improve newer goal.');

    // Written while the builder is open (the side panel opened before the draft existed).
    await popup.page.evaluate(
      (draftId) => chrome.storage.session.set({ 'builder:pendingDraft': draftId }),
      id,
    );
    await expect(popup.sentence).toHaveText('Improve pending goal.');

    await popup.page.goto(popup.url(`?draft=${id}`, 'sidepanel'));
    await expect(popup.sentence).toHaveText('Improve pending goal.');
    await popup.page.goto(popup.url('?draft=no-such-draft'));
    await expect(popup.notice).toContainText('That draft no longer exists');
    await expect(popup.sentence).toHaveText('Improve newer goal.');
  });

  test('calculators show inline messages for empty, zero and negative input, never NaN', async ({
    popup,
  }) => {
    const { page } = popup;
    await popup.view('Calculators');
    const conversion = page.locator('[data-calculator="conversion-rate"]');
    await conversion.getByLabel('Conversions').fill('30');
    await conversion.getByLabel('Visitors').fill('0');
    await expect(conversion.getByTestId('calc-error')).toHaveText('Cannot be zero (it divides).');
    await expect(conversion.getByLabel('Visitors')).toHaveAttribute('aria-invalid', 'true');

    await conversion.getByLabel('Visitors').fill('-5');
    await expect(conversion.getByTestId('calc-error')).toHaveText('Cannot be negative.');
    await conversion.getByLabel('Visitors').fill('');
    await expect(conversion.getByTestId('calc-error')).toHaveText('Enter a number.');
    await conversion.getByLabel('Visitors').fill('abc');
    await expect(conversion.getByTestId('calc-error')).toHaveText('Not a number.');
    await conversion.getByLabel('Visitors').fill('1200');
    await expect(conversion.getByTestId('calc-result')).toContainText('2.5%');

    const funnel = page.locator('[data-calculator="funnel"]');
    await funnel.getByLabel('Revenue target').fill('1000000');
    await funnel.getByLabel('Average first-year revenue per new customer').fill('25000');
    await funnel.getByLabel('SQL → deal rate, %').fill('20');
    await funnel.getByLabel('MQL → SQL rate, %').fill('0');
    await expect(funnel.getByTestId('calc-error')).toHaveText('Cannot be zero (it divides).');
    await funnel.getByLabel('MQL → SQL rate, %').fill('25');
    await expect(funnel.getByTestId('calc-result')).toContainText('MQLs needed800');

    const compounding = page.locator('[data-calculator="compounding"]');
    await compounding.getByLabel('Growth per period, %').fill('5');
    await compounding.getByLabel('Number of periods').fill('6');
    await expect(compounding.getByTestId('calc-result')).toContainText('+34.01%');

    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  });

  test('a calculator inside the Measurable step fills the baseline', async ({ popup }) => {
    const { page } = popup;
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('checkout conversion rate');
    await popup.goToStep('M');
    await page.getByText('Work it out with a calculator').click();
    const conversion = page.locator('[data-calculator="conversion-rate"]');
    await conversion.getByLabel('Conversions').fill('46');
    await conversion.getByLabel('Visitors').fill('2000');
    await expect(conversion.getByTestId('calc-result')).toContainText('2.3%');
    await conversion.getByRole('button', { name: 'Use as baseline' }).click();
    await expect(popup.field('Measurable: baseline (now)')).toHaveValue('2.3');
    await popup.field('Target level').fill('5');
    await expect(popup.sentence).toHaveText('Increase checkout conversion rate from 2.3% to 5%.');
  });

  test('the Drafts view lists the drafts and opens one in the builder', async ({ popup }) => {
    const { page } = popup;
    await popup.goToStep('S');
    await popup.field('Specific: metric').fill('listed goal');
    await popup.saved();
    await popup.view('New');
    await page.getByRole('button', { name: 'New blank goal' }).click();
    await popup.saved();
    await popup.view('Drafts');
    await page.getByRole('button', { name: /Open.*Improve listed goal\./ }).click();
    await expect(popup.sentence).toHaveText('Improve listed goal.');
  });

  test('the hierarchy nests objectives and the quarter view warns at three focus areas', async ({
    popup,
  }) => {
    const { page } = popup;
    // Three broad goals, each with an objective due in the same quarter.
    for (const area of ['Brand', 'Retention', 'Hiring']) {
      await popup.view('New');
      await page.getByRole('button', { name: 'New blank goal' }).click();
      await popup.field('What (broad goal)').fill(area);
      await popup.saved();
      await page.getByRole('button', { name: 'Add objective under it' }).click();
      await popup.goToStep('S');
      await popup.field('Specific: metric').fill(`${area} metric`);
      await popup.goToStep('T');
      await popup.field('Time-bound: deadline').fill('2099-08-15');
      await popup.saved();
    }
    await popup.view('Plan');
    const tree = page.getByTestId('goal-tree');
    await expect(tree.locator('li li')).toHaveCount(3);
    await expect(page.getByTestId('quarter-warning')).toContainText('2099-Q3 has 3 focus areas');
  });

  test('every view has no serious or critical axe violation', async ({ popup }) => {
    test.setTimeout(120_000);
    const { page } = popup;
    expect(await seriousViolations(page)).toEqual([]);
    for (const step of ['S', 'M', 'A', 'R', 'T', 'DUMB']) {
      await popup.goToStep(step);
      expect(await seriousViolations(page), `step ${step}`).toEqual([]);
    }
    for (const view of ['New', 'Plan', 'Calculators', 'Drafts']) {
      await popup.view(view);
      expect(await seriousViolations(page), `view ${view}`).toEqual([]);
    }
    await popup.open('', 'sidepanel');
    expect(await seriousViolations(page), 'side panel').toEqual([]);
  });
});
