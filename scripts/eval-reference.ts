// `npm run eval` (« Qui porte quoi ? »): top-1 and top-3 of lib/reference's search over the
// hand-written questions of scripts/bench/reference-relevance-set.ts, and the misses.
import { referenceEntries, searchReference } from '../lib/reference';
import { REFERENCE_QUESTIONS, REFERENCE_QUESTIONS_BLIND } from './bench/reference-relevance-set';

type Question = { query: string; expected: string };

function evaluate(title: string, questions: readonly Question[]) {
  const started = performance.now();
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { query, expected } of questions) {
    const found = searchReference(query, 3).map((entry) => entry.id);
    if (found[0] === expected) top1++;
    else misses.push(`  « ${query} » → ${found.join(', ') || '(rien)'} (attendu ${expected})`);
    if (found.includes(expected)) top3++;
  }
  const elapsed = performance.now() - started;
  const pct = (n: number) => ((100 * n) / questions.length).toFixed(1);
  console.log(`${title}: top-1 ${pct(top1)} % (${top1}/${questions.length}) · top-3 ${pct(top3)} % · ${(elapsed / questions.length).toFixed(1)} ms per question`);
  for (const miss of misses) console.log(miss);
}

console.log(`${referenceEntries().length} entries`);
evaluate('reference, questions written with the data', REFERENCE_QUESTIONS);
evaluate('reference, questions written afterwards (blind: 90.0 % at first run)', REFERENCE_QUESTIONS_BLIND);
evaluate('reference, all questions', [...REFERENCE_QUESTIONS, ...REFERENCE_QUESTIONS_BLIND]);
