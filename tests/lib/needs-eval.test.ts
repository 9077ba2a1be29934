import { describe, expect, it } from 'vitest';
import { detectNeeds, needCategories, scoreDetections } from '../../lib/needs';
import { CATEGORIES } from '../../lib/taxonomy';
import { CASE_NOTES, CATEGORY_CODES, type CaseNote } from '../fixtures/case-notes';
import { BLIND_CASE_NOTES, FRESH_CASE_NOTES, HELDOUT_CASE_NOTES } from '../fixtures/case-notes-heldout';

const LATER_NOTES: CaseNote[] = [...HELDOUT_CASE_NOTES, ...FRESH_CASE_NOTES, ...BLIND_CASE_NOTES];
const ALL_NOTES: CaseNote[] = [...CASE_NOTES, ...LATER_NOTES];
const categories = CATEGORIES.map((c) => c.value);

function evaluate(notes: readonly CaseNote[]) {
  const cases = notes.map((n) => ({ text: n.text, expected: n.expected.map((code) => CATEGORY_CODES[code]) }));
  return scoreDetections(cases, (text) => needCategories(detectNeeds(text)), categories);
}

describe('needs detection on the labelled case notes', () => {
  it('has at least 80 notes and every category labelled somewhere', () => {
    expect(ALL_NOTES.length).toBeGreaterThanOrEqual(80);
    const labelled = new Set(ALL_NOTES.flatMap((n) => n.expected));
    expect(labelled.size).toBe(16);
  });

  it('reaches micro-F1 0.85 on the whole labelled set', () => {
    expect(evaluate(ALL_NOTES).micro.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('reaches micro-F1 0.85 on the notes written after tuning began', () => {
    expect(evaluate(LATER_NOTES).micro.f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('scoreDetections', () => {
  it('computes precision, recall and F1 per category and pooled', () => {
    const report = scoreDetections(
      [
        { text: 'a', expected: ['x'] },
        { text: 'b', expected: ['x', 'y'] },
        { text: 'c', expected: [] },
      ],
      (text) => ({ a: ['x'], b: ['x'], c: ['y'] })[text] ?? [],
      ['x', 'y'],
    );
    expect(report.perCategory[0]).toMatchObject({ category: 'x', truePositives: 2, falsePositives: 0, falseNegatives: 0, f1: 1 });
    expect(report.perCategory[1]).toMatchObject({ category: 'y', truePositives: 0, falsePositives: 1, falseNegatives: 1, f1: 0 });
    expect(report.micro).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(report.micro.f1).toBeCloseTo(2 / 3);
    expect(report.misses).toHaveLength(2);
  });
});
