import { describe, expect, it } from 'vitest';
import { referenceEntry, searchReference } from '../../lib/reference';
import { REFERENCE_QUESTIONS, REFERENCE_QUESTIONS_BLIND } from '../../scripts/bench/reference-relevance-set';

const QUESTIONS = [...REFERENCE_QUESTIONS, ...REFERENCE_QUESTIONS_BLIND];

describe('reference relevance (scripts/bench/reference-relevance-set.ts)', () => {
  it('asks at least 30 questions, each about an entry that exists', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    expect(QUESTIONS.filter((q) => !referenceEntry(q.expected)).map((q) => q.expected)).toEqual([]);
  });

  it('puts the expected entry first for at least 95 % of the questions', () => {
    const misses = QUESTIONS.filter((q) => searchReference(q.query, 1)[0]?.id !== q.expected);
    const top1 = 1 - misses.length / QUESTIONS.length;
    expect(top1, `missed: ${misses.map((m) => m.query).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
