import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    server: { deps: { inline: ['dexie-react-hooks'] } },
  },
});
