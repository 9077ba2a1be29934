import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in headless Chromium; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
