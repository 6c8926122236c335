import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * "Make this SMART". Playwright cannot click the browser's own context menu, so the test checks
 * that the item exists and then sends, from the service worker, exactly what its click handler
 * sends (`card/open-at-selection` with the selection's text, to the tab and frame of the click).
 */

const GOAL = 'We want to increase sales soon.';

type Chrome = {
  contextMenus: { update(id: string, props: object): Promise<void> };
  tabs: {
    query(info: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId?: number }): Promise<unknown>;
  };
};

async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }))
  );
}

/** A paragraph of plain page text (no field anywhere near it), selected as a person would. */
async function selectProse(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'prose';
    p.textContent = text;
    document.body.prepend(p);
  }, GOAL);
  await page.locator('#prose').selectText();
}

/**
 * Sends to the active tab as the background does (the extension has no `tabs` permission, so it
 * cannot look a tab up by its URL): to one frame for a menu click, to every frame for a shortcut.
 */
async function sendToActiveTab(
  worker: Worker,
  page: Page,
  message: { type: string; payload: unknown },
  frameId?: number,
) {
  await page.bringToFront();
  return worker.evaluate(
    async ({ message, frameId }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs
        .sendMessage(tab!.id!, message, frameId === undefined ? {} : { frameId })
        .then(
          (reply) => ({ reply }),
          (error: Error) => ({ error: error.message }),
        );
    },
    { message, frameId },
  );
}

/** What the menu's click handler sends: the selection's text, to the frame of the click. */
const clickMenu = (worker: Worker, page: Page, text: string) =>
  sendToActiveTab(worker, page, { type: 'card/open-at-selection', payload: { text } }, 0);

test.describe('Make this SMART', () => {
  test('the context menu item is created on install', async ({ context }) => {
    const worker = await backgroundWorker(context);
    const exists = (id: string) =>
      worker.evaluate(
        (id) =>
          (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    // Created by the install event, which may still be running when the test starts.
    await expect.poll(() => exists('make-smart')).toBe(true);
    expect(await exists('no-such-item')).toBe(false);
  });

  test('opens the card at a selection in plain page text, with Copy and Open in builder', async ({
    context,
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'playground.html');
    await selectProse(page);
    const worker = await backgroundWorker(context);
    // The content script starts at document_idle: retry until it answers.
    await expect
      .poll(() => clickMenu(worker, page, GOAL))
      .toEqual({ reply: { ok: true, value: { opened: true } } });

    const card = page.locator('smartgoal-overlay').getByRole('dialog');
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Open in builder' })).toBeVisible();
    // Page text is not editable: nothing offers to change it.
    await expect(card.getByRole('button', { name: 'Apply' })).toHaveCount(0);
  });

  test('"Open in builder" on that card saves the selection as a draft through the background', async ({
    context,
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'playground.html');
    await selectProse(page);
    const worker = await backgroundWorker(context);
    await expect
      .poll(() => clickMenu(worker, page, GOAL))
      .toEqual({ reply: { ok: true, value: { opened: true } } });
    const card = page.locator('smartgoal-overlay').getByRole('dialog');
    await card.getByRole('button', { name: 'Open in builder' }).click();

    // The draft is in the extension's IndexedDB, with the page it came from.
    const drafts = () =>
      worker.evaluate(
        () =>
          new Promise<{ text: string; source: { site: string } | null }[]>((resolve, reject) => {
            const open = indexedDB.open('smart-goals');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const all = db.transaction('drafts').objectStore('drafts').getAll();
              all.onsuccess = () => {
                db.close();
                resolve(all.result);
              };
              all.onerror = () => reject(all.error);
            };
          }),
      );
    await expect.poll(drafts).toEqual([
      expect.objectContaining({
        source: { url: page.url(), site: '127.0.0.1' },
        text: expect.stringMatching(/sales/),
        content: expect.objectContaining({ lang: 'en' }),
      }),
    ]);
  });
});

test.describe('shortcuts', () => {
  // The commands' handler sends these to every frame of the tab; only the focused frame answers.
  test('Alt+Shift+G opens the card at the selection in the focused frame', async ({
    context,
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'playground.html');
    await selectProse(page);
    const worker = await backgroundWorker(context);
    await expect
      .poll(() => sendToActiveTab(worker, page, { type: 'card/open-at-selection', payload: {} }))
      .toEqual({ reply: { ok: true, value: { opened: true } } });
    const card = page.locator('smartgoal-overlay').getByRole('dialog');
    await expect(card.getByRole('button', { name: 'Copy' })).toBeVisible();
  });

  test('Alt+Shift+H opens the card of the next vague goal in the focused field', async ({
    context,
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'playground.html');
    const field = page.getByTestId('textarea');
    await field.click();
    await page.keyboard.press('Control+Home');
    await expect(
      page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]'),
    ).not.toHaveCount(0);
    const worker = await backgroundWorker(context);
    await expect
      .poll(() => sendToActiveTab(worker, page, { type: 'hints/next', payload: {} }))
      .toEqual({ reply: { ok: true, value: { opened: true } } });
    await expect(page.locator('smartgoal-overlay').getByRole('dialog')).toBeVisible();
  });
});
