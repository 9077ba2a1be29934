// What may go into the store packages: every file of the Chrome archive must be used by the
// extension (named by the manifest or by another packaged file), nothing built for development.
import { inflateRawSync } from 'node:zlib';

/** Files kept although nothing names them, and why. */
export const KEPT_UNREFERENCED = new Map([
  ['data/README.md', 'attribution and licence of the embedded data (Licence Ouverte 2.0), shipped with it'],
]);

/** Never in a store package. */
const FORBIDDEN = [/\.map$/, /\.tsx?$/, /(^|\/)\.DS_Store$/, /(^|\/)node_modules\//, /(^|\/)tests?\//, /\.spec\.|\.test\./, /(^|\/)\.vite\//];

/** Entries (name → bytes) of a zip archive, read from its central directory (stored or deflated). */
export function readZip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (name.endsWith('/')) continue;
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
  }
  return entries;
}

const TEXT = /\.(html|js|mjs|css|json)$/;

/**
 * The files of a package nothing uses, with the reason: forbidden by kind, or named neither by the
 * manifest nor by any other packaged text file (html, js, css, json). `_locales` is the browser's.
 */
export function unneededFiles(entries) {
  const problems = [];
  const texts = [...entries].filter(([name]) => TEXT.test(name)).map(([name, bytes]) => [name, bytes.toString('utf8')]);
  for (const name of entries.keys()) {
    if (FORBIDDEN.some((pattern) => pattern.test(name))) {
      problems.push({ file: name, reason: 'development file' });
      continue;
    }
    if (name === 'manifest.json' || name.startsWith('_locales/') || KEPT_UNREFERENCED.has(name)) continue;
    const base = name.split('/').pop();
    const named = texts.some(([other, text]) => other !== name && (text.includes(name) || text.includes(base)));
    if (!named) problems.push({ file: name, reason: 'named by no manifest entry nor packaged file' });
  }
  return problems;
}
