import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticGraph } from '../support/static-graph';

const ROOT = resolve(import.meta.dirname, '../..');

// Issue 20: the popup's first results need no Dexie (its <head> reads the index, the territory and
// the favourites raw); Dexie's code loads after them (components/lazy-db.tsx).
describe("the popup's first load", () => {
  it('reaches Preact but not Dexie through static imports', () => {
    const { packages } = staticGraph(join(ROOT, 'entrypoints/popup/main.tsx'));
    expect(packages).toContain('preact');
    expect([...packages].filter((name) => name.startsWith('dexie'))).toEqual([]);
  });

  // The rows' reasons (« Trouvé pour : … ») need the need lexicon and the taxonomy's labels, ~50 KB
  // the favourites list shown at opening does not: they load when a list asks for reasons, or in
  // idle time after the first results (components/search/row-reason.ts). A Firefox popup whose
  // event page was suspended is ready once its bundle has run (issue 20).
  it('reaches neither the need lexicon nor the taxonomy', () => {
    const { modules } = staticGraph(join(ROOT, 'entrypoints/popup/main.tsx'));
    expect(modules).toContain('components/search/ResultList.tsx');
    const heavy = [...modules].filter((file) => /^lib\/(taxonomy\/|search\/(need-words|match-reason|token-index|term-matcher)\.ts)/.test(file));
    expect(heavy).toEqual([]);
  });
});
