import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in headless Chromium; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    // Sized for a loaded 2-core machine (issue 23: `npm test` beside a CPU-bound process): the
    // longest test (case-file's options → badge → popup → axe → screenshots in three themes)
    // takes 12 s idle and went past 60 s at a load average of 20. A timeout is no assertion:
    // a passing run never waits for it. No retry: a test that needs luck must be fixed, not rerun.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // What the UI shows settles within a few frames after IndexedDB answers; on a loaded
    // 2-core machine that can exceed poll's 1 s default by far.
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
