#!/usr/bin/env node
// `npm run play`: Chromium with the built extension, on the bundled playground page
// (test/fixtures/pages/playground.html, served on 127.0.0.1) plus the popup in a second tab.
//
// With a display: a headed browser that stays until you close it.
// Without one (no $DISPLAY / $WAYLAND_DISPLAY on Linux), or with --screenshot: headless; pastes a
// sample goal into the builder, opens the hint card on the page, saves screenshots to test-results/playground/ and exits.
import console from 'node:console';
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT, extensionId, launchOptions } from '../test/e2e/browser.mjs';

const PAGES = path.join(ROOT, 'test/fixtures/pages');
const SHOTS = path.join(ROOT, 'test-results/playground');
const SAMPLE = 'Improve onboarding soon.';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.some((a) => a !== '--screenshot')) {
  console.log('usage: npm run play [-- --screenshot]');
  process.exit(argv.includes('--help') ? 0 : 2);
}
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const screenshotMode = argv.includes('--screenshot') || !hasDisplay;

/** Static files from test/fixtures/pages, on loopback only, nothing outside that folder. */
function serve() {
  const server = http.createServer(async (req, res) => {
    let file;
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      file = path.join(PAGES, path.normalize(decodeURIComponent(pathname)));
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const type = TYPES[path.extname(file)];
    if (!file.startsWith(PAGES + path.sep) || !type || !(await isFile(file))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const server = await serve();
const playgroundUrl = `http://127.0.0.1:${server.address().port}/playground.html`;
const context = await chromium.launchPersistentContext('', {
  ...launchOptions({ headless: screenshotMode }),
  // Headed: pages follow the window size; headless: a laptop-sized page.
  viewport: screenshotMode ? { width: 1280, height: 900 } : null,
});

const errors = [];
const watch = (page) =>
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
context.pages().forEach(watch);
context.on('page', watch);

try {
  const id = await extensionId(context);
  const popupUrl = `chrome-extension://${id}/popup.html`;
  const playground = context.pages()[0] ?? (await context.newPage());
  await playground.goto(playgroundUrl);
  const popup = await context.newPage();
  await popup.goto(popupUrl);
  console.log(`playground: ${playgroundUrl}\npopup:      ${popupUrl}`);

  if (screenshotMode) {
    await mkdir(SHOTS, { recursive: true });
    // The popup's own size: browsers cap action popups at 800×600.
    await popup.setViewportSize({ width: 420, height: 600 });
    // The builder: paste a vague goal and let it split into fields.
    await popup.getByRole('navigation').getByRole('button', { name: 'New', exact: true }).click();
    await popup.getByLabel('Paste a goal', { exact: true }).fill(SAMPLE);
    await popup.getByRole('button', { name: 'Split into fields' }).click();
    await popup.getByTestId('goal-sentence').waitFor();
    // The page: hints over the sample fields; the card opens on the first one.
    await playground.bringToFront();
    await playground.locator('#objective').focus();
    const hint = playground.locator('smartgoal-overlay [data-smartgoal-hint]').first();
    await hint.waitFor({ state: 'attached', timeout: 15_000 });
    const box = await hint.boundingBox();
    if (box)
      await playground.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
    await playground.locator('smartgoal-overlay').getByRole('dialog').waitFor({ timeout: 15_000 });
    const shots = [
      [playground, path.join(SHOTS, 'playground.png')],
      [popup, path.join(SHOTS, 'popup.png')],
    ];
    for (const [page, file] of shots) {
      await page.bringToFront();
      await page.screenshot({ path: file, fullPage: true });
      console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
    }
  } else {
    await playground.bringToFront();
    console.log('Close the browser window to stop.');
    // Ctrl+C also works: Playwright closes the browser on SIGINT/SIGTERM.
    await new Promise((resolve) => context.once('close', resolve));
  }
} finally {
  await context.close();
  server.close();
}

if (errors.length) {
  console.error(`uncaught errors in pages:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
