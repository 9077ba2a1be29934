import { describe, expect, it } from 'vitest';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';
import { restoreEarly } from '../../lib/search/early-restore';
import { buildSearchSnapshot, restoreSnapshot } from '../../lib/search/snapshot';
import type { LoadedSnapshot } from '../../lib/search/worker-host';

// Issue 20: a Firefox popup whose event page is suspended restores the stored index in its
// <head>, as soon as it is read, instead of after its main bundle and first render.
const partners = relevanceDirectory(300);
const snapshot = buildSearchSnapshot(partners);
const loaded = (current: boolean, stored = snapshot): LoadedSnapshot => ({
  snapshot: stored,
  builtAt: 7,
  built: { directoryVersion: 1, contactsStamp: 'f5:0:0' },
  current,
  timings: { opened: 1, read: 2 },
});
const names = (hits: { partner: { nom: string } }[]) => hits.map((hit) => hit.partner.nom);

describe('restoreEarly', () => {
  it('restores a current index, answering as the page would from the same stored index', () => {
    const { stored, restored } = restoreEarly(loaded(true));
    expect(stored?.builtAt).toBe(7);
    const own = restoreSnapshot(snapshot);
    for (const query of ['mision locale lunel', 'ccas', 'pole emploi sete']) {
      expect(names(restored!.index.search(query, { limit: 10 }))).toEqual(names(own.index.search(query, { limit: 10 })));
    }
    expect(restored!.summaries.at(restored!.summaries.indexOfId(partners[5].id))?.nom).toBe(partners[5].nom);
  });

  it('does not restore an index built from another directory (the page waits for the new one)', () => {
    const early = restoreEarly(loaded(false));
    expect(early.restored).toBeUndefined();
    expect(early.stored?.current).toBe(false);
  });

  it('leaves a damaged index to the page instead of throwing in the <head>', () => {
    const damaged = { ...snapshot, data: { ...snapshot.data, postings: snapshot.data.postings.slice(0, 10) } };
    const early = restoreEarly(loaded(true, damaged));
    expect(early.restored).toBeUndefined();
    expect(early.stored?.snapshot).toBe(damaged);
  });

  it('has nothing to restore without a stored index', () => {
    expect(restoreEarly(undefined)).toEqual({ stored: undefined });
  });
});
