import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The analysis engine is a separate module (content-engine.js) that the content script imports
// only once a focused field has text to analyse. Observable: the browser context's requests. The import is fetched
// by the page's renderer, so Playwright reports it like any request of the page (the same
// listener the audit uses; Chrome serves it under a per-session id, then the extension's own id).
const ENGINE = /^chrome-extension:\/\/[^/]+\/content-engine\.js$/;
const VAGUE = 'Improve onboarding soon.';

function engineRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (ENGINE.test(request.url())) seen.push(request.url());
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

const hints = (page: Page) => page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');

test.describe('lazy engine', () => {
  test('a page with no field never loads the engine, until a field appears and is focused', async ({
    page,
    context,
    fixturePages,
  }) => {
    const requested = engineRequests(context);
    await fixturePages.open(page, 'lazy-no-fields.html');
    await contentScriptRunning(context, page);
    // Reading, clicking and focusing things that are not fields load nothing.
    await page.getByText('We want to increase sales soon.').click();
    await page.getByRole('button', { name: 'a button' }).focus();
    await page.mouse.wheel(0, 200);
    // Settings are read, nothing waits: long enough for a load on focus (milliseconds) to show.
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
    expect(requested.length).toBeGreaterThan(0);
  });

  test('a page with a textarea loads the engine once text is typed in it, and hints appear', async ({
    page,
    context,
    fixturePages,
  }) => {
    const requested = engineRequests(context);
    await fixturePages.open(page, 'lazy-textarea.html');
    await contentScriptRunning(context, page);
    expect(requested).toEqual([]);
    // An empty field has nothing to analyse yet.
    await page.getByRole('textbox', { name: 'Goals' }).click();
    await page.waitForTimeout(500);
    expect(requested).toEqual([]);
    await page.keyboard.type(VAGUE);
    await expect(hints(page)).toHaveCount(1);
    await expect(hints(page)).toHaveAttribute('data-smartgoal-hint', /onboarding/);
    expect(requested.length).toBeGreaterThan(0);
  });

  test("a page's Content-Security-Policy (meta) does not block the engine", async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'lazy-csp.html');
    await page.getByRole('textbox', { name: 'Goals' }).click();
    await page.keyboard.type(VAGUE);
    await expect(hints(page)).toHaveCount(1);
  });

  test("a page's Content-Security-Policy (header) does not block the engine", async ({
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
