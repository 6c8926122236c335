import type { BrowserContext, Request, Worker } from '@playwright/test';
import { expect, OptionsPage, PopupPage, test } from './fixtures';

/**
 * The product promise: nothing leaves the machine. Every request of every context (extension
 * pages, the service worker, content scripts running in pages) is recorded across the main flows;
 * the only ones allowed are the extension's own files, in-memory data and the local pages the
 * test itself opens.
 */

const OWN = /^(chrome-extension:\/\/|data:|blob:)/;
const VAGUE = 'Improve onboarding soon.';

interface Recorded {
  url: string;
  from: string;
}

function record(context: BrowserContext): Recorded[] {
  const seen: Recorded[] = [];
  const from = (request: Request) => {
    const worker = request.serviceWorker();
    if (worker) return `service worker ${worker.url()}`;
    try {
      return request.frame().url();
    } catch {
      return 'unknown';
    }
  };
  context.on('request', (request) => seen.push({ url: request.url(), from: from(request) }));
  return seen;
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }))
  );
}

test('no context of the extension sends anything off the machine in the main flows', async ({
  context,
  page,
  extensionId,
  fixturePages,
  pageServer,
  audit,
}) => {
  const requests = record(context);
  const allowed = new Set<string>();

  // The recorder must see the service worker's requests, or an empty list would prove nothing.
  const probe = pageServer.url('favicon.ico?probe');
  allowed.add(probe);
  audit.allow(probe);
  const worker = await serviceWorker(context);
  await worker.evaluate((url) => fetch(url).then((r) => r.status), probe);
  await expect.poll(() => requests.some((r) => r.url === probe)).toBe(true);

  // 1. A page with a textarea: type a vague goal until the hint shows (content script at work).
  const textarea = pageServer.url('editors/textarea.html');
  allowed.add(textarea).add(pageServer.url('favicon.ico'));
  await fixturePages.open(page, 'editors/textarea.html');
  await page.locator('#editor').click();
  await page.keyboard.type(VAGUE);
  await expect(page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]')).toHaveCount(1);

  // 2. The popup: type a goal into the builder.
  const popup = new PopupPage(await context.newPage(), extensionId);
  await popup.open();
  const goal = popup.page.getByRole('textbox').first();
  await goal.click();
  await popup.page.keyboard.type('Grow newsletter signups 20% by Q3 2027');
  await expect(goal).not.toHaveValue('');
  await popup.saved();

  // 3. The options page: change a setting, then export the drafts.
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.open();
  await options.page.getByRole('checkbox', { name: /hedges and vague words/ }).check();
  await options.expectSaved();
  const [download] = await Promise.all([
    options.page.waitForEvent('download'),
    options.page.getByRole('button', { name: 'Export drafts' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);

  // Time for anything deferred (a debounced save, a late beacon) to go out and be counted.
  await page.waitForTimeout(1_000);
  const leaving = requests.filter((r) => !OWN.test(r.url) && !allowed.has(r.url));
  expect(leaving, 'requests leaving the machine').toEqual([]);
  expect(requests.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
});
