// detectNeeds on a 20,000-character case note: target ≤ 5 ms per call (issue 4).
import { performance } from 'node:perf_hooks';
import { detectNeeds } from '../lib/needs';
import { CASE_NOTES } from '../tests/fixtures/case-notes';

const TARGET_MS = 5;
const LENGTH = 20_000;

let note = '';
for (let i = 0; note.length < LENGTH; i++) note += CASE_NOTES[i % CASE_NOTES.length].text + '\n';
note = note.slice(0, LENGTH);

const first = performance.now();
const needs = detectNeeds(note);
const firstMs = performance.now() - first;

for (let i = 0; i < 50; i++) detectNeeds(note);
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const start = performance.now();
  detectNeeds(note);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const p50 = at(0.5);
const p95 = at(0.95);

console.log(`detectNeeds on ${note.length.toLocaleString('en')} characters: p50 ${p50.toFixed(2)} ms · p95 ${p95.toFixed(2)} ms · first call (builds the lexicon index) ${firstMs.toFixed(2)} ms · ${needs.length} needs found`);
const ok = p95 <= TARGET_MS;
console.log(`${ok ? '✔' : '✘'} target p95 ≤ ${TARGET_MS} ms`);
process.exitCode = ok ? 0 : 1;
