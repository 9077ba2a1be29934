// Import pipeline timings in Node (fake IndexedDB): parse + validate, store, search index.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { performance } from 'node:perf_hooks';
import { parseDirectoryFile, toDataInclusion } from '../lib/import';
import { RepereDB, replaceSourcePartners, loadPartners } from '../lib/db';
import { createSearchIndex } from '../lib/search';
import { benchCsv } from './bench-data.mjs';

const ms = (start: number) => Math.round(performance.now() - start);

async function run(count: number) {
  const csv = new TextEncoder().encode(benchCsv(count));
  let t = performance.now();
  const parsed = parseDirectoryFile(csv, 'bench.csv');
  const parseMs = ms(t);
  const json = new TextEncoder().encode(JSON.stringify(toDataInclusion(parsed.partners)));
  t = performance.now();
  parseDirectoryFile(json, 'bench.json');
  const jsonMs = ms(t);
  const name = `bench-${count}`;
  const db = new RepereDB(name);
  t = performance.now();
  await replaceSourcePartners(db, { id: 'file:bench', kind: 'file', label: 'bench', priority: 0 }, parsed.partners);
  const storeMs = ms(t);
  const partners = await loadPartners(db);
  t = performance.now();
  const index = createSearchIndex(partners);
  const indexMs = ms(t);
  index.search('structure 42 sete');
  db.close();
  await Dexie.delete(name);
  const total = parseMs + storeMs + indexMs;
  console.log(`RESULT ${JSON.stringify({ where: 'node', count, parseMs, jsonMs, storeMs, indexMs })}`);
  console.log(`node  ${count.toLocaleString('en')} structures (${(csv.length / 1048576).toFixed(1)} MB CSV): parse+validate ${parseMs} ms (JSON ${(json.length / 1048576).toFixed(1)} MB: ${jsonMs} ms), store (fake-indexeddb) ${storeMs} ms, index ${indexMs} ms, total ${total} ms` +
    (count === 10_000 ? ` — target ≤ 3000 ms: ${total <= 3000 ? 'OK' : 'MISSED'}` : ''));
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
for (const count of sizes.length ? sizes : [10_000, 100_000]) await run(count);
