// Renders assets/icon.svg to the PNG sizes browsers ask for (public/icon/<size>.png), with the
// system Chromium: `node scripts/icons.mjs`. The PNGs are committed; rerun after changing the SVG.
import console from 'node:console';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const out = new URL(`../public/icon/${size}.png`, import.meta.url);
  await page.screenshot({ path: out.pathname, omitBackground: true });
  console.log(out.pathname);
}
await browser.close();
