import { describe, expect, it } from 'vitest';
import { readZip, unneededFiles } from '../../scripts/package-files.mjs';
import { zip as handZip } from '../support/hand-zip';

/** A minimal zip (deflated entries), as `wxt zip` writes them. */
const zip = (files: Record<string, string>): Buffer => handZip(Object.entries(files).map(([name, text]) => [name, Buffer.from(text)]));

const manifest = JSON.stringify({ background: { service_worker: 'background.js' }, action: { default_popup: 'popup.html' }, icons: { 16: 'icons/16.png' } });

describe('store package contents (npm run zip)', () => {
  it('reads the archive’s files back', () => {
    const entries = readZip(zip({ 'manifest.json': manifest, 'popup.html': '<script src="/chunks/popup-1.js"></script>' }));
    expect([...entries.keys()]).toEqual(['manifest.json', 'popup.html']);
    expect(entries.get('popup.html')!.toString()).toContain('popup-1.js');
  });

  it('accepts a package whose every file is named by the manifest or another packaged file', () => {
    const entries = readZip(
      zip({
        'manifest.json': manifest,
        'background.js': 'fetch(getURL("/data/geography.json"))',
        'popup.html': '<script src="/chunks/popup-1.js"></script>',
        'chunks/popup-1.js': 'import "./dexie-2.js"',
        'chunks/dexie-2.js': '',
        'data/geography.json': '{}',
        'icons/16.png': 'png',
        '_locales/fr/messages.json': '{}',
        'data/README.md': 'Licence Ouverte',
      }),
    );
    expect(unneededFiles(entries)).toEqual([]);
  });

  it('names a file nothing uses and development files', () => {
    const entries = readZip(zip({ 'manifest.json': manifest, 'background.js': '', 'popup.html': '', 'notes.txt': 'brouillon', 'background.js.map': '{}', 'lib/settings.ts': '' }));
    expect(unneededFiles(entries)).toEqual([
      { file: 'notes.txt', reason: 'named by no manifest entry nor packaged file' },
      { file: 'background.js.map', reason: 'development file' },
      { file: 'lib/settings.ts', reason: 'development file' },
    ]);
  });
});
