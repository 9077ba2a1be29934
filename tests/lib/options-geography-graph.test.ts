import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticGraph } from '../support/static-graph';

const ROOT = resolve(import.meta.dirname, '../..');

// Issue 20: reading, checking and indexing the territory picker's ~36,000 communes blocked the
// options page ~200 ms as it opened; a worker of its own does it (lib/geography-service.ts).
describe("the options page's territory picker", () => {
  it('leaves the geography to its worker: the page never loads the index nor its schema', () => {
    const page = staticGraph(join(ROOT, 'entrypoints/options/main.tsx')).modules;
    expect(page).toContain('components/options/TerritorySection.tsx');
    expect(page).not.toContain('lib/geography.ts');
    const worker = staticGraph(join(ROOT, 'entrypoints/options/geography-worker.ts')).modules;
    expect(worker).toContain('lib/geography.ts');
  });
});
