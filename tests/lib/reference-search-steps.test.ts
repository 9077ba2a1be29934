import { describe, expect, it, vi } from 'vitest';
import { referenceEntries } from '../../lib/reference/entries';

const fresh = async () => {
  vi.resetModules();
  return import('../../lib/reference/search-reference');
};
// Typos: Fuse answers, not the exact-name check.
const QUERIES = ['mision locale', 'plei', 'cap emploie', 'cmu', 'france travial', 'missions locales'];

// Issue 20, « first open »: the popup built the reference's name index in one idle task after its
// first results (the longest task of the opening). It is built a few entries per step now.
describe('the reference names index built in steps', () => {
  it('takes several short steps', async () => {
    const reference = await fresh();
    const steps = [...reference.prepareReferenceSearchSteps(8)].length;
    expect(steps).toBeGreaterThan(3);
    expect(steps).toBe(Math.ceil(referenceEntries().length / 8) - 1);
  });

  it('answers exactly as the index built at once', async () => {
    const stepped = await fresh();
    for (const _ of stepped.prepareReferenceSearchSteps(8));
    const whole = await fresh();
    for (const query of QUERIES) {
      expect(stepped.namedReferenceHit(query)).toEqual(whole.namedReferenceHit(query));
    }
  });

  it('gives way to a question asked between two steps', async () => {
    const reference = await fresh();
    const steps = reference.prepareReferenceSearchSteps(8);
    steps.next();
    const hit = reference.namedReferenceHit('mision locale');
    expect(hit).toBeDefined();
    expect(steps.next().done).toBe(true);
    expect(reference.namedReferenceHit('mision locale')).toEqual(hit);
  });
});
