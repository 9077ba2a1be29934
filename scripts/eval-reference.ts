// `npm run eval` (« Qui porte quoi ? »): top-1 and top-3 of lib/reference's search over the
// hand-written questions of scripts/bench/reference-relevance-set.ts, and the misses.
import { referenceEntries, searchReference } from '../lib/reference';
import { REFERENCE_QUESTIONS } from './bench/reference-relevance-set';

const started = performance.now();
let top1 = 0;
let top3 = 0;
const misses: string[] = [];
for (const { query, expected } of REFERENCE_QUESTIONS) {
  const found = searchReference(query, 3).map((entry) => entry.id);
  if (found[0] === expected) top1++;
  else misses.push(`  « ${query} » → ${found.join(', ') || '(rien)'} (attendu ${expected})`);
  if (found.includes(expected)) top3++;
}
const elapsed = performance.now() - started;
const pct = (n: number) => ((100 * n) / REFERENCE_QUESTIONS.length).toFixed(1);
console.log(`${referenceEntries().length} entries, ${REFERENCE_QUESTIONS.length} questions`);
console.log(`reference top-1 ${pct(top1)} % (${top1}/${REFERENCE_QUESTIONS.length}) · top-3 ${pct(top3)} % · ${(elapsed / REFERENCE_QUESTIONS.length).toFixed(1)} ms per question (index built on the first)`);
for (const miss of misses) console.log(miss);
