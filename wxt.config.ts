import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { geographyJson } from './scripts/build-geography.mjs';
import { headFirstHtml } from './scripts/head-first.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Manifest V3 for Chrome and Firefox. Permissions stay the narrowest the features need.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // No auto-imports: unimport added `import { storage } from 'wxt/utils/storage'` to modules whose
  // function PARAMETER is named `storage` (lib/territory-read.ts, lib/partnership/reminders.ts),
  // which put WXT's storage chunk in the popup's first load. Every module imports what it uses.
  // `false` only stops the types: WXT 0.21 still runs unimport's Vite plugin (the hook below).
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      chunkSizeWarningLimit: 1024,
      sourcemap: process.env.REPERE_SOURCEMAP === '1',
      // Pages preload their first render's chunks from their HTML; a chunk imported later (the
      // card, the reference, the « Pour ce dossier » panel) brings only its CSS along: inserting a
      // <link rel="modulepreload"> per dependency cost the popup a 60 ms task after its first results.
      modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))) },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // `offscreen` (Chrome): the search host keeps the search index in memory (lib/search/search-host.ts).
    // `activeTab` + `scripting`: « Lire ce dossier » reads the active tab once, and the sites the
    // counsellor switches on get the case-file content script (lib/case-file/background-case.ts).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // A subscribed directory URL is fetched only after the counsellor grants that one origin
    // (asked at run time); plain http is accepted for loopback only (tests, a local server).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Follow-up reminders: asked from the counsellor's click on the board, off by default.
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_actionTitle__' },
    // « rp mission locale sete » in the address bar (background.ts): no permission needed.
    omnibox: { keyword: 'rp' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    // What a structure may preset by policy (lib/managed, docs/deploiement.md). Chrome and Edge read
    // the schema from here; Firefox takes policies.json's 3rdparty values as they are.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'repere@repere-insertion.fr',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT 0.21 keeps unimport's Vite plugin with `imports: false`; `autoImport: false` leaves it
    // resolving `#imports` only, injecting nothing.
    'config:resolved': (wxt) => {
      (wxt.config.imports as { autoImport?: boolean }).autoImport = false;
    },
    // Firefox: the popup's and side panel's <head> script loads before their bundle's chunks
    // (scripts/head-first.mjs, measured there). Chrome's pages are left as Vite wrote them.
    'build:done': (wxt) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const page of ['popup.html', 'sidepanel.html']) {
        const file = join(wxt.config.outDir, page);
        writeFileSync(file, headFirstHtml(readFileSync(file, 'utf8')));
      }
    },
    // The territory picker's communes / EPCI / départements, trimmed from the official data at
    // build time (see scripts/build-geography.mjs) rather than committed.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'data/geography.json', contents: geographyJson() });
      // Firefox takes policies.json's values without a schema file: not shipped there.
      const schema = files.findIndex((file) => file.relativeDest === 'managed-schema.json');
      if (wxt.config.browser === 'firefox' && schema >= 0) files.splice(schema, 1);
    },
  },
  // `npm run zip`: the Chrome Web Store and AMO archives, and AMO's source archive (its build steps
  // in SOURCE_CODE_REVIEW.md); scripts/check-packages.mjs then checks them (README « Publier »).
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'coverage/**', 'node_modules/**', 'store/screenshots/**', '.bench-cache/**'],
  },
});
