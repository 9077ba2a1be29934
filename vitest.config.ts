import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    // The machines are small and shared (2 cores): a test that builds the official geography or
    // runs a property test can take over 5 s under load without being wrong; the import CLI's
    // tests start tsx several times and took 58–70 s beside builds and browsers (load 30). Speed
    // targets live in `npm run bench`, never in a unit test's timeout.
    testTimeout: 180_000,
    setupFiles: ['fake-indexeddb/auto', 'tests/support/french-catalogue.ts'],
    server: { deps: { inline: ['dexie-react-hooks'] } },
  },
});
