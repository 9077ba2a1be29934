import { defineConfig } from 'vitest/config';

// Firefox ESR end-to-end tests: the built .output/firefox-mv3 in headless Firefox, driven by
// puppeteer-core over WebDriver BiDi (tests/firefox/support/firefox.ts). One file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
