import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    // Whole-corpus and property tests take seconds on a busy CI machine; this is a hang guard, not a speed check.
    testTimeout: 30_000,
  },
});
