// Node profile of the worker's side of a keystroke at 100,000 partners (issue 20): each prefix of
// the popup-open bench's typed phrases ranked as the search worker does (search, then warm once
// the answer has left), printed as p50 / p95 / max and the slowest prefixes. A diagnostic.
//   npx tsx scripts/bench/keystroke-rank.ts [--size 100000] [--dump file.json]
import { writeFileSync } from 'node:fs';
import { buildSearchSnapshot, restoreSnapshot } from '../../lib/search';
import { relevanceDirectory } from './relevance-set';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const size = Number(option('--size') ?? 100_000);
export const TYPED_PHRASES = ['mission locale montpellier', 'france travail sete', 'ccas beziers', 'secours populaire', 'plie', 'logement urgence', 'epicerie solidaire', 'qui porte le plie'];

const { index } = restoreSnapshot(buildSearchSnapshot(relevanceDirectory(size)));
index.search('emploi logement');
const best = new Map<string, number>();
const answers: Record<string, Array<[string, number]>> = {};
// Each query's fastest of five passes over the same sequence (same caches): less noise from a loaded machine.
for (let round = 0; round < 5; round++) {
  for (const phrase of TYPED_PHRASES) {
    for (let i = 1; i <= phrase.length; i++) {
      const query = phrase.slice(0, i);
      if (query.endsWith(' ')) continue;
      const start = performance.now();
      const hits = index.search(query, { limit: 30, territory: [] });
      const ms = performance.now() - start;
      best.set(query, Math.min(ms, best.get(query) ?? Infinity));
      index.warm?.();
      answers[query] = hits.map((hit) => [hit.partner.id, hit.score]);
    }
  }
}
const times = [...best].map(([query, ms]) => ({ query, ms }));
const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(`rank at ${size}: p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${q(1).toFixed(2)} ms over ${times.length}`);
console.log('slowest:', [...times].sort((a, b) => b.ms - a.ms).slice(0, 12).map((t) => `${t.query} ${t.ms.toFixed(1)}`).join(' · '));
const dump = option('--dump');
if (dump) writeFileSync(dump, JSON.stringify(answers));
