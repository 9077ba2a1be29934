import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in headless Chromium; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // What the UI shows settles within a few frames after IndexedDB answers; on a loaded
    // 2-core machine that can exceed poll's 1 s default.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    // One retry for a whole browser test on a shared 2-core machine: a removed feature still
    // fails both attempts. TODO [2027-01-01]: drop once the rare popup-spec timeout seen in a
    // full run (not reproduced in 20 isolated runs) is understood.
    retry: 1,
  },
});
