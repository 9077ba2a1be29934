import { defineConfig } from 'vitest/config';

// Firefox ESR end-to-end tests: the built .output/firefox-mv3 in headless Firefox, driven by
// puppeteer-core over WebDriver BiDi (tests/firefox/support/firefox.ts). One file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    environment: 'node',
    // Sized for a loaded 2-core machine, as the Chromium suite (vitest.e2e.config.ts); no retry.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
