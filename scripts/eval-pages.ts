// `npm run eval`, case pages: precision, recall, F1 and exact pages of readPageNeeds over the
// labelled case-management pages (tests/fixtures/pages) and over the pages rendered from the real
// tools' own markup (tests/fixtures/pages/real), each beside the whole-text baseline (detectNeeds
// on the page's whole text, what a reader that ignores the page's structure gets).
import { Window } from 'happy-dom';
import { CATEGORIES } from '../lib/taxonomy';
import { detectNeeds, needCategories, readPageNeeds, scoreDetections } from '../lib/needs';
import { CATEGORY_CODES } from '../tests/fixtures/case-notes';
import { CASE_PAGES, REAL_PAGES, loadCasePage, type CasePage } from '../tests/fixtures/pages/index';

const pct = (x: number) => x.toFixed(2);
const showMisses = process.argv.includes('--misses');
const categories = CATEGORIES.map((c) => c.value);

async function detectOnPage(file: string, reader: (doc: Document) => string[]): Promise<string[]> {
  const window = new Window({ url: 'http://127.0.0.1/' });
  try {
    return reader(loadCasePage(window as unknown as { document: Document }, file));
  } finally {
    await window.happyDOM.close();
  }
}

async function evaluate(title: string, pages: CasePage[]): Promise<void> {
  const structured = new Map<string, string[]>();
  const wholeText = new Map<string, string[]>();
  for (const page of pages) {
    // happy-dom computes styles from the page's stylesheets, as the browser the content script runs in.
    structured.set(page.file, await detectOnPage(page.file, (doc) => needCategories(readPageNeeds(doc, { computedStyle: true }))));
    wholeText.set(page.file, await detectOnPage(page.file, (doc) => needCategories(detectNeeds(doc.body.textContent ?? ''))));
  }
  const cases = pages.map((page) => ({ text: page.file, expected: page.expected.map((code) => CATEGORY_CODES[code]) }));
  const report = scoreDetections(cases, (file) => structured.get(file)!, categories);
  const baseline = scoreDetections(cases, (file) => wholeText.get(file)!, categories);
  const exact = (r: typeof report) => cases.length - r.misses.length;

  console.log(`\n${title}: ${cases.length} labelled pages\n`);
  console.log('| reader | precision | recall | F1 | exact pages |');
  console.log('|---|---|---|---|---|');
  for (const [name, r] of [['readPageNeeds (page structure)', report], ['detectNeeds on the whole text (baseline)', baseline]] as const) {
    console.log(`| ${name} | ${pct(r.micro.precision)} | ${pct(r.micro.recall)} | ${pct(r.micro.f1)} | ${exact(r)}/${cases.length} |`);
  }
  if (showMisses) {
    for (const miss of report.misses) console.log(`\n- ${miss.text}\n  missing: ${miss.missing.join(', ') || '—'} · extra: ${miss.extra.join(', ') || '—'}`);
  }
}

await evaluate('Case pages (tests/fixtures/pages)', CASE_PAGES);
await evaluate('Real tools’ markup (tests/fixtures/pages/real)', REAL_PAGES);
