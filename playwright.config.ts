import { defineConfig } from '@playwright/test';

// E2E runs against the built extension (.output/chrome-mv3) in the system Chromium
// (/usr/bin/chromium or $CHROMIUM_PATH); see test/e2e/fixtures.ts. E2E_REPEAT=N runs every test
// N times to shake out flakiness. globalSetup bundles the real-editor fixture pages (skipped when
// their inputs did not change).
const repeatEach = Number(process.env.E2E_REPEAT ?? '1');
if (!Number.isInteger(repeatEach) || repeatEach < 1) {
  throw new Error(`E2E_REPEAT must be a positive integer, got "${process.env.E2E_REPEAT}"`);
}
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e/output',
  repeatEach,
  retries: 0,
  forbidOnly: ci,
  workers: ci ? 1 : undefined,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  globalTimeout: ci ? 20 * 60_000 : 0,
  globalSetup: './test/e2e/editors/build-pages.mjs',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e/results.json' }]],
  use: {
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
