// Node profile of the worker's side of a keystroke at 100,000 partners (issue 20): each prefix of
// the popup-open bench's typed phrases ranked as the search worker does (search, then warm once
// the answer has left), printed as p50 / p95 / max and the slowest prefixes. A diagnostic.
//   npx tsx scripts/bench/keystroke-rank.ts [--size 100000] [--dump file.json] [--base <git ref>]
// With --base, that commit's lib/ (git archive into a temporary folder) ranks the same directory
// in the same process, its passes alternated with this checkout's, and the answers are compared.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as here from '../../lib/search';
import { relevanceDirectory } from './relevance-set';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const size = Number(option('--size') ?? 100_000);
const baseRef = option('--base');
export const TYPED_PHRASES = ['mission locale montpellier', 'france travail sete', 'ccas beziers', 'secours populaire', 'plie', 'logement urgence', 'epicerie solidaire', 'qui porte le plie'];
const ROUNDS = Number(option('--rounds') ?? 7);

/** A commit's lib/search, from a `git archive` of its lib/ beside this checkout's node_modules. */
async function libAt(ref: string): Promise<typeof here> {
  const root = resolve(import.meta.dirname, '../..');
  const commit = execFileSync('git', ['rev-parse', ref], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `repere-keystroke-base-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'lib/search/index.ts'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} lib public | tar -x -C ${dir}`], { cwd: root });
  }
  return (await import(pathToFileURL(join(dir, 'lib/search/index.ts')).href)) as typeof here;
}

const directory = relevanceDirectory(size);
const builds = [{ name: 'this checkout', lib: here }];
if (baseRef) builds.unshift({ name: `base ${baseRef}`, lib: await libAt(baseRef) });
const runs = builds.map(({ name, lib }) => {
  const { index } = lib.restoreSnapshot(lib.buildSearchSnapshot(directory));
  index.search('emploi logement');
  return { name, index, best: new Map<string, number>(), answers: {} as Record<string, Array<[string, number]>> };
});
// Each query's fastest of the passes over the same sequence (same caches): less noise from a loaded machine.
for (let round = 0; round < ROUNDS; round++) {
  for (const run of round % 2 ? [...runs].reverse() : runs) {
    for (const phrase of TYPED_PHRASES) {
      for (let i = 1; i <= phrase.length; i++) {
        const query = phrase.slice(0, i);
        if (query.endsWith(' ')) continue;
        const start = performance.now();
        const hits = run.index.search(query, { limit: 30, territory: [] });
        const ms = performance.now() - start;
        run.best.set(query, Math.min(ms, run.best.get(query) ?? Infinity));
        run.index.warm?.();
        run.answers[query] = hits.map((hit) => [hit.partner.id, hit.score]);
      }
    }
  }
}
for (const run of runs) {
  const times = [...run.best].map(([query, ms]) => ({ query, ms }));
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log(`${run.name}, rank at ${size}: p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${q(1).toFixed(2)} ms over ${times.length} (best of ${ROUNDS})`);
  console.log('  slowest:', [...times].sort((a, b) => b.ms - a.ms).slice(0, 12).map((t) => `${t.query} ${t.ms.toFixed(1)}`).join(' · '));
}
if (runs.length === 2) {
  const differ = Object.keys(runs[1].answers).filter((query) => JSON.stringify(runs[1].answers[query]) !== JSON.stringify(runs[0].answers[query]));
  console.log(differ.length ? `answers differ from the base for ${differ.length} queries: ${differ.slice(0, 10).join(' · ')}` : 'answers: identical to the base for every query');
}
const dump = option('--dump');
if (dump) writeFileSync(dump, JSON.stringify(runs[runs.length - 1].answers));
