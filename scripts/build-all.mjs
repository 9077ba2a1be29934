#!/usr/bin/env node
// `npm start`: builds the extension for Chrome and Firefox, zips both, and says where to load them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
for (const args of [['zip'], ['zip', '-b', 'firefox', '--mv3']]) {
  const result = spawnSync('npx', ['wxt', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const out = join(root, '.output');
const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
console.log(`
Repère est prêt / Repère is built.

Chrome, Edge, Brave : ouvrez chrome://extensions, activez « Mode développeur »,
  « Charger l'extension non empaquetée » et choisissez : ${join(out, 'chrome-mv3')}
Firefox : ouvrez about:debugging#/runtime/this-firefox, « Charger un module complémentaire temporaire »
  et choisissez le fichier : ${join(out, 'firefox-mv3', 'manifest.json')}
Archives à publier : ${zips.map((z) => join(out, z)).join(', ')}
`);
