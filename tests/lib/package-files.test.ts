import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, unneededFiles } from '../../scripts/package-files.mjs';

/** A minimal zip (deflated entries), as `wxt zip` writes them. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(text.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

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
