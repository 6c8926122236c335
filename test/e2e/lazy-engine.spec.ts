import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

// The content script is a small stub; the hint layer (content-hints.js) is imported when a field
// first gets focus or the background sends a command, and the analysis engine (content-engine.js)
// when a focused field first has text to analyse. Observable: the browser context's requests. The
// imports are fetched by the page's renderer, so Playwright reports them like any request of the
// page (the same listener the audit uses; Chrome serves them under a per-session id, then the
// extension's own id).
const LAZY = /^chrome-extension:\/\/[^/]+\/(content-hints|content-engine)\.js$/;
const VAGUE = 'Improve onboarding soon.';

type Module = 'content-hints' | 'content-engine';

/** The lazy modules requested in `context` so far, by name, each once (the dynamic URL redirects). */
function lazyRequests(context: BrowserContext): Module[] {
  const seen: Module[] = [];
  context.on('request', (request) => {
    const name = LAZY.exec(request.url())?.[1] as Module | undefined;
    if (name && !seen.includes(name)) seen.push(name);
  });
  return seen;
}

/** Resolves once the content script runs in the page (its isolated world exists). */
async function contentScriptRunning(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const names: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => {
    if (world.auxData?.type === 'isolated') names.push(world.name);
  });
  await cdp.send('Runtime.enable');
  await expect.poll(() => names).toContain('SMART Goals');
}

async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }))
  );
}

/** What the context menu's click handler sends (context-menu.spec.ts): to the tab's top frame. */
async function clickMenu(worker: Worker, page: Page, text: string) {
  await page.bringToFront();
  return worker.evaluate(async (text) => {
    type Tabs = {
      query(info: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
    };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.sendMessage(
      tab!.id!,
      { type: 'card/open-at-selection', payload: { text } },
      { frameId: 0 },
    );
  }, text);
}

const hints = (page: Page) => page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');

test.describe('lazy content script', () => {
  test('a page with no field loads nothing more, until a field appears and is focused', async ({
    page,
    context,
    fixturePages,
  }) => {
    const requested = lazyRequests(context);
    await fixturePages.open(page, 'lazy-no-fields.html');
    await contentScriptRunning(context, page);
    // Reading, clicking and focusing things that are not fields load nothing.
    await page.getByText('We want to increase sales soon.').click();
    await page.getByRole('button', { name: 'a button' }).focus();
    await page.mouse.wheel(0, 200);
    // Long enough for a load on focus (milliseconds) to show.
    await page.waitForTimeout(1000);
    expect(requested).toEqual([]);

    // The same page, now with a field: the observation above could have seen a load.
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.setAttribute('aria-label', 'Goals');
      document.body.append(field);
    });
    await page.getByRole('textbox', { name: 'Goals' }).click();
    await page.keyboard.type(VAGUE);
    await expect(hints(page)).toHaveCount(1);
    expect(requested).toEqual(['content-hints', 'content-engine']);
  });

  test('focusing an empty textarea loads the hint layer; typing in it loads the engine, and hints appear', async ({
    page,
    context,
    fixturePages,
  }) => {
    const requested = lazyRequests(context);
    await fixturePages.open(page, 'lazy-textarea.html');
    await contentScriptRunning(context, page);
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    // An empty field has nothing to analyse yet: the hint layer only.
    await page.getByRole('textbox', { name: 'Goals' }).click();
    await expect.poll(() => requested).toEqual(['content-hints']);
    await page.waitForTimeout(500);
    expect(requested).toEqual(['content-hints']);
    await page.keyboard.type(VAGUE);
    await expect(hints(page)).toHaveCount(1);
    await expect(hints(page)).toHaveAttribute('data-smartgoal-hint', /onboarding/);
    expect(requested).toEqual(['content-hints', 'content-engine']);
  });

  test('the context menu on a page without fields loads both, and the card opens at the selection', async ({
    page,
    context,
    fixturePages,
  }) => {
    const requested = lazyRequests(context);
    await fixturePages.open(page, 'lazy-no-fields.html');
    await contentScriptRunning(context, page);
    await page.locator('#prose').selectText();
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    const worker = await backgroundWorker(context);
    // Sent before anything is loaded: answered once the hint layer is, not dropped.
    expect(await clickMenu(worker, page, 'We want to increase sales soon.')).toEqual({
      ok: true,
      value: { opened: true },
    });
    const card = page.locator('smartgoal-overlay').getByRole('dialog');
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: 'Copy' })).toBeVisible();
    expect(requested).toEqual(['content-hints', 'content-engine']);
  });

  test("a page's Content-Security-Policy (meta) blocks neither lazy module", async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'lazy-csp.html');
    await page.getByRole('textbox', { name: 'Goals' }).click();
    await page.keyboard.type(VAGUE);
    await expect(hints(page)).toHaveCount(1);
  });

  test("a page's Content-Security-Policy (header) blocks neither lazy module", async ({
    page,
    audit,
  }) => {
    // The fixture server sends no headers of its own: this page comes with a policy header.
    const server = http.createServer((req, res) => {
      if (req.url !== '/') return void res.writeHead(204).end();
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'",
        })
        .end(
          '<!doctype html><html lang="en"><title>CSP header</title>' +
            '<label for="editor">Goals</label><textarea id="editor"></textarea></html>',
        );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      audit.allowPrefix(`${origin}/`);
      await page.goto(`${origin}/`);
      await page.getByRole('textbox', { name: 'Goals' }).click();
      await page.keyboard.type(VAGUE);
      await expect(hints(page)).toHaveCount(1);
    } finally {
      // The browser keeps its connection open: end it, or close() waits for it.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
