import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The module a relative specifier names (.ts, .tsx, or a folder's index). */
function resolveSource(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((file) => existsSync(file) && !file.endsWith('/'));
}

/**
 * The packages and the project's modules (paths from the root) a page's entry reaches through
 * static imports (`import … from`, `import '…'`), not through `import type` nor `import()`: what
 * its first load carries.
 */
function staticGraph(entry: string): { packages: Set<string>; modules: Set<string> } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, clause, specifier] of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?'([^']+)'/gm)) {
      if (clause) continue;
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const target = resolveSource(file, specifier);
        if (target) queue.push(target);
      }
    }
  }
  return { packages, modules: new Set([...seen].map((file) => file.slice(ROOT.length + 1))) };
}

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
