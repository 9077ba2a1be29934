// Runs detectNeeds over the labelled case notes and prints precision/recall/F1 per category:
// first on the set the lexicon was tuned on, then on the held-out set it never saw.
import { CATEGORIES, NEED_LEXICON } from '../lib/taxonomy';
import { detectNeeds, needCategories, scoreDetections, type EvalReport } from '../lib/needs';
import { CASE_NOTES, CATEGORY_CODES, type CaseNote } from '../tests/fixtures/case-notes';
import { BLIND_CASE_NOTES, FRESH_CASE_NOTES, HELDOUT_CASE_NOTES } from '../tests/fixtures/case-notes-heldout';

const pct = (x: number) => x.toFixed(2);
const showMisses = process.argv.includes('--misses');

const fold = (s: string) => ` ${s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
const KEYWORDS = NEED_LEXICON.flatMap((entry) => entry.terms.map((term) => ({ term: fold(term), category: entry.category })));

/** The comparison point: the same lexicon as a plain keyword list (no negation, no context). */
function keywordBaseline(text: string): string[] {
  const folded = fold(text);
  return [...new Set(KEYWORDS.filter((k) => folded.includes(k.term)).map((k) => k.category))];
}

function evaluate(title: string, notes: readonly CaseNote[]): EvalReport {
  const cases = notes.map((note) => ({ text: note.text, expected: note.expected.map((code) => CATEGORY_CODES[code]) }));
  const categories = CATEGORIES.map((c) => c.value);
  const report = scoreDetections(cases, (text) => needCategories(detectNeeds(text)), categories);
  const baseline = scoreDetections(cases, keywordBaseline, categories);
  console.log(`\n${title}: ${cases.length} labelled case notes\n`);
  console.log('| category | support | precision | recall | F1 |');
  console.log('|---|---|---|---|---|');
  for (const c of report.perCategory) {
    console.log(`| ${c.category} | ${c.truePositives + c.falseNegatives} | ${pct(c.precision)} | ${pct(c.recall)} | ${pct(c.f1)} |`);
  }
  const m = report.micro;
  console.log(`| **micro** | ${m.truePositives + m.falseNegatives} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} |`);
  console.log(`\nmicro-F1 ${pct(m.f1)} · macro-F1 ${pct(report.macroF1)} · TP ${m.truePositives} FP ${m.falsePositives} FN ${m.falseNegatives}`);
  console.log(`plain keyword list, same lexicon: micro-F1 ${pct(baseline.micro.f1)} (precision ${pct(baseline.micro.precision)}, recall ${pct(baseline.micro.recall)})`);
  if (showMisses) {
    for (const miss of report.misses) console.log(`\n- ${miss.text}\n  missing: ${miss.missing.join(', ') || '—'} · extra: ${miss.extra.join(', ') || '—'}`);
  }
  return report;
}

evaluate('Tuning set', CASE_NOTES);
evaluate('Second set (blind micro-F1 was 0.77 before it guided general fixes)', HELDOUT_CASE_NOTES);
evaluate('Third set (blind micro-F1 was 0.74 before it guided general fixes)', FRESH_CASE_NOTES);
evaluate('Fourth set (blind micro-F1 0.77; only a heading bug it revealed was fixed)', BLIND_CASE_NOTES);
evaluate('All notes', [...CASE_NOTES, ...HELDOUT_CASE_NOTES, ...FRESH_CASE_NOTES, ...BLIND_CASE_NOTES]);
