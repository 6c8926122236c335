#!/usr/bin/env node
// `npm run screenshots`: the store screenshots (1280×800 PNG) from the last build and the E2E
// fixture pages, so they show the extension as it is: the builder popup, the hint card over an
// editor, the options page. Writes store/screenshots/{popup,card,options}.png.
//
// Uses the build in $EXTENSION_DIR or .output/chrome-mv3 (run `npm run build` first).
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
const OUT = path.join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };
/** Browsers draw action popups at most 800×600; the builder is laid out for about 420 wide. */
const POPUP = { width: 420, height: 600 };
const GOAL = 'Grow newsletter signups soon.';
const VAGUE = 'We want to increase sales soon. Improve onboarding somehow.';
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

class ShotError extends Error {}

/** test/fixtures/pages on loopback only, nothing outside that folder. */
function serve() {
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(PAGES, path.normalize(decodeURIComponent(pathname)));
    const type = TYPES[path.extname(file)];
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!file.startsWith(PAGES + path.sep) || !type || !found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits for `locator`; on timeout says which part of the product is missing from the build. */
async function need(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new ShotError(`${what} did not appear; is it in this build? (${locator})`);
  }
  return locator.first();
}

/** The popup at its real size, framed on a 1280×800 canvas with a caption beside it. */
async function popupShot(context, id, file) {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const nav = popup.getByRole('navigation');
  await (await need(nav.getByRole('button', { name: 'New', exact: true }), 'the builder')).click();
  await (
    await need(popup.getByLabel('Paste a goal', { exact: true }), 'the paste field')
  ).fill(GOAL);
  await popup.getByRole('button', { name: 'Split into fields' }).click();
  await need(popup.getByTestId('goal-sentence'), 'the goal summary');
  const image = (await popup.screenshot()).toString('base64');
  await popup.close();

  const canvas = await context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(`<!doctype html><meta charset="utf-8">
    <body style="margin:0;height:100vh;display:flex;align-items:center;justify-content:center;gap:72px;
      background:linear-gradient(135deg,#eef3fb,#dfe8f6);font:20px/1.5 system-ui,sans-serif;color:#1d2733">
      <div style="max-width:460px">
        <h1 style="font-size:40px;line-height:1.2;margin:0 0 16px">From a wish to a goal, step by step</h1>
        <p style="margin:0">Metric, baseline, target and deadline, checked against your own numbers.
          Drafts are saved on your device as you type.</p>
      </div>
      <img alt="" src="data:image/png;base64,${image}" width="${POPUP.width}" height="${POPUP.height}"
        style="border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.25);background:#fff">
    </body>`);
  await canvas.screenshot({ path: file });
  await canvas.close();
}

async function cardShot(context, origin, file) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(`${origin}/editors/textarea.html`);
  await page.locator('#editor').click();
  await page.keyboard.type(VAGUE);
  const hint = await need(
    page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]'),
    'an inline hint',
  );
  const box = await hint.boundingBox();
  await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  await need(page.locator('smartgoal-overlay').getByRole('dialog'), 'the hint card');
  await page.screenshot({ path: file });
  await page.close();
}

async function optionsShot(context, id, file) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(`chrome-extension://${id}/options.html`);
  await need(page.getByTestId('storage-used'), 'the options page');
  await page.screenshot({ path: file });
  await page.close();
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await chromium.launchPersistentContext('', {
  ...launchOptions({ headless: true }),
  viewport: SIZE,
});
const errors = [];
context.on('page', (page) =>
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`)),
);

try {
  const id = await extensionId(context);
  await mkdir(OUT, { recursive: true });
  const shots = [
    ['popup.png', (file) => popupShot(context, id, file)],
    ['card.png', (file) => cardShot(context, origin, file)],
    ['options.png', (file) => optionsShot(context, id, file)],
  ];
  for (const [name, shoot] of shots) {
    const file = path.join(OUT, name);
    await shoot(file);
    console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
  }
} catch (error) {
  if (!(error instanceof ShotError)) throw error;
  console.error(`screenshots: ${error.message}`);
  process.exitCode = 1;
} finally {
  await context.close();
  server.close();
}

if (errors.length) {
  console.error(`uncaught errors in pages:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
