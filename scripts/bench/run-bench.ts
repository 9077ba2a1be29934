// `npm run bench` (`npm run eval`: relevance only): search speed at 1k/10k/100k structures against plain Fuse.js in the same run,
// and relevance over the hand-written query set. Prints numbers; fails (exit 1) below target.
import { buildSearchData, restoreSearchIndex, type SearchIndex } from '../../lib/search';
import type { Partner } from '../../lib/schema';
import { generateDirectory } from './generate-directory';
import { plainFuse } from './plain-fuse';
import { RELEVANCE_QUERIES, evaluateNeedWords, evaluateRelevance, relevanceDirectory } from './relevance-set';
import { starterPartners } from './starter';
import { evaluateRealRelevance } from './real-relevance';
import { groupPartners } from '../../lib/directory';

const gc = (globalThis as { gc?: () => void }).gc;
const quick = process.argv.includes('--quick');
const relevanceOnly = process.argv.includes('--relevance-only');
const SIZES = relevanceOnly ? [] : quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
/** Plain Fuse takes seconds per query at 100k: it runs on fewer queries there, ours on the same ones. */
const FUSE_QUERIES: Record<number, number> = { 1_000: 60, 10_000: 30, 100_000: 12 };

const queries = RELEVANCE_QUERIES.map((q) => q.query);
const typed = queries.filter((_, i) => i % 3 === 0);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function memory(): number {
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const rows: string[] = [];
let ok = true;

for (const size of SIZES) {
  const partners: Partner[] = generateDirectory(size);
  const before = memory();
  let data!: ReturnType<typeof buildSearchData>;
  const buildMs = time(() => (data = buildSearchData(partners)));
  const indexBytes = memory() - before;
  let cloned!: typeof data;
  const restoreMs = time(() => (cloned = structuredClone(data)));
  restoreSearchIndex(cloned, partners);

  // Per keystroke: each query typed letter by letter in a fresh index (cold caches).
  const keystrokes: number[] = [];
  for (const query of typed) {
    const index = restoreSearchIndex(data, partners);
    for (let i = 1; i <= query.length; i++) keystrokes.push(time(() => index.search(query.slice(0, i), { limit: 30 })));
  }
  // Whole queries, each on a fresh index.
  const fuseQueries = queries.slice(0, FUSE_QUERIES[size]);
  const ours: number[] = fuseQueries.map((query) => {
    const index: SearchIndex = restoreSearchIndex(data, partners);
    return time(() => index.search(query, { limit: 30 }));
  });
  const fuse = plainFuse(partners);
  const reference = fuseQueries.map((query) => time(() => fuse.search(query, 30)));

  const ratio50 = percentile(reference, 0.5) / percentile(ours, 0.5);
  const ratio95 = percentile(reference, 0.95) / percentile(ours, 0.95);
  const p95 = percentile(keystrokes, 0.95);
  if (size === 100_000 && (p95 > 16 || ratio95 < 10 || ratio50 < 10)) ok = false;
  rows.push(
    `| ${size.toLocaleString('en')} | ${fmt(percentile(keystrokes, 0.5))} / ${fmt(p95)} (${keystrokes.length}) | ${fmt(percentile(ours, 0.5))} / ${fmt(percentile(ours, 0.95))} | ` +
      `${fmt(percentile(reference, 0.5))} / ${fmt(percentile(reference, 0.95))} (${fuseQueries.length}) | ${ratio50.toFixed(0)}× / ${ratio95.toFixed(0)}× | ` +
      `${fmt(buildMs)} ms | ${(indexBytes / 1e6).toFixed(1)} MB | ${fmt(restoreMs)} ms |`,
  );
  console.log(rows[rows.length - 1]);
  // Issue 15: grouping the records of one structure runs before each index build, in the background.
  const groupMs = time(() => groupPartners(partners));
  console.log(`  grouping ${size.toLocaleString('en')} records into structures: ${fmt(groupMs)} ms (before the build above)`);
}

if (SIZES.length > 0) console.log('\nSearch latency in ms, p50 / p95 (samples). Ours: candidate index + ranking; reference: plain Fuse.js, same data, same run.');
if (SIZES.length > 0) console.log('| structures | ours per keystroke | ours whole query | plain Fuse whole query | speed-up p50 / p95 | build | index memory | restore (clone) |');
if (SIZES.length > 0) console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

const directory = relevanceDirectory(5000);
const relevance = evaluateRelevance(restoreSearchIndex(buildSearchData(directory), directory));
const fuse = plainFuse(directory);
let fuseTop1 = 0;
let fuseTop5 = 0;
for (const { query, expect, options } of RELEVANCE_QUERIES) {
  if (options) continue;
  const rank = fuse.search(query, 5).findIndex((hit) => hit.partner.id === `target--${expect}`);
  if (rank === 0) fuseTop1++;
  if (rank >= 0) fuseTop5++;
}
const plainCount = RELEVANCE_QUERIES.filter((q) => !q.options).length;
console.log(`\nRelevance: ${relevance.queries} queries over ${directory.length.toLocaleString('en')} partners (targets + generated distractors)`);
console.log(`  ours:       top-1 ${(relevance.top1 * 100).toFixed(1)} %, top-5 ${(relevance.top5 * 100).toFixed(1)} %  (targets: 88 %, 97 %)`);
console.log(`  plain Fuse: top-1 ${((fuseTop1 / plainCount) * 100).toFixed(1)} %, top-5 ${((fuseTop5 / plainCount) * 100).toFixed(1)} %  (${plainCount} queries without territory)`);
for (const miss of relevance.misses) console.log(`  miss: "${miss.query}" -> ${miss.expect} at ${miss.rank < 0 ? 'none' : miss.rank + 1}; got ${miss.got.join(' | ')}`);
if (relevance.top1 < 0.88 || relevance.top5 < 0.97) ok = false;
// Issue 21: everyday need words, over the same directory plus the embedded national starter (the first day).
const withStarter = [...directory, ...starterPartners()];
const needWords = evaluateNeedWords(restoreSearchIndex(buildSearchData(withStarter), withStarter));
console.log(`  everyday need words (« français », « cours de français », « logement », « permis », with the starter): ${needWords.first}/${needWords.queries} put a partner serving the need first (target: all)`);
for (const miss of needWords.misses) console.log(`  miss: ${miss}`);
if (needWords.first < needWords.queries) ok = false;

// Issue 15: the same figures on real open data (a Paris extract of data·inclusion), grouped as the extension groups it.
const real = evaluateRealRelevance();
console.log(`\nRelevance on real open data: ${real.queries} queries over ${real.records} data·inclusion records of Paris, ${real.groups} structures once grouped (${real.merged.length} groups of several records)`);
console.log(`  ours:       top-1 ${(real.top1 * 100).toFixed(1)} %, top-5 ${(real.top5 * 100).toFixed(1)} %  (targets: 95 %, 100 %)`);
for (const group of real.merged) console.log(`  merged (${group.reasons.join(', ')}): ${group.members.map((m) => `${m.source} « ${m.nom} »`).join(' + ')}`);
for (const [a, b] of real.refused) console.log(`  kept apart: « ${a.nom} » (${a.adresse ?? '?'}, ${a.code_postal}) / « ${b.nom} » (${b.adresse ?? '?'}, ${b.code_postal})`);
for (const miss of real.misses) console.log(`  miss: "${miss.query}" at ${miss.rank < 0 ? 'none' : miss.rank + 1}; got ${miss.got.join(' | ')}`);
if (real.top1 < 0.95 || real.top5 < 1) ok = false;
if (!gc) console.log('(run through `npm run bench` for memory figures: it passes --expose-gc)');
console.log(ok ? '\nbench: targets met' : '\nbench: TARGETS MISSED');
process.exit(ok ? 0 : 1);
