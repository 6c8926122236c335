// How to start Chromium with the built extension loaded. Shared by the Playwright fixture
// (test/e2e/fixtures.ts) and `npm run play` (scripts/playground.mjs), so both see the same browser.
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  const file = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(file)) {
    throw new Error(
      `Chromium not found at ${file}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return file;
}

/** The unpacked Chrome build: $EXTENSION_DIR, else .output/chrome-mv3 as `npm run build` writes it. */
export function extensionDir() {
  const dir = path.resolve(ROOT, process.env.EXTENSION_DIR || '.output/chrome-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

/** Options for `chromium.launchPersistentContext('', …)`. */
export function launchOptions({ headless, dir = extensionDir() }) {
  return {
    headless,
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // Without these Chromium keeps trying to reach Google's hosts; the product itself needs no network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  };
}

const isExtensionWorker = (worker) => worker.url().startsWith('chrome-extension://');

/** The id of the loaded extension, read off its background service worker's URL. */
export async function extensionId(context) {
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', {
      predicate: isExtensionWorker,
      timeout: 15_000,
    }));
  return new URL(worker.url()).host;
}
