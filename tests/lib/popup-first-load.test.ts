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
 * The packages a page's entry reaches through static imports (`import … from`, `import '…'`),
 * not through `import type` nor `import()`: what its first load carries.
 */
function staticPackages(entry: string): Set<string> {
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
  return packages;
}

// Issue 20: the popup's first results need no Dexie (its <head> reads the index, the territory and
// the favourites raw); Dexie's code loads after them (components/lazy-db.tsx).
describe("the popup's first load", () => {
  it('reaches Preact but not Dexie through static imports', () => {
    const packages = staticPackages(join(ROOT, 'entrypoints/popup/main.tsx'));
    expect(packages).toContain('preact');
    expect([...packages].filter((name) => name.startsWith('dexie'))).toEqual([]);
  });
});
