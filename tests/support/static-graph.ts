import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The module a relative specifier names (.ts, .tsx, or a folder's index). */
function resolveSource(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((file) => existsSync(file) && !file.endsWith('/'));
}

/**
 * What a page's entry reaches through static imports (`import … from`, `import '…'`), not
 * through `import type`, `import()` nor a worker's `new URL(…)`: what its first load carries, as
 * the project's modules (paths from the project's root) and the packages they name.
 */
export function staticGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file) || !/\.tsx?$/.test(file)) continue;
    files.add(file);
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
  return { modules: new Set([...files].map((file) => file.slice(ROOT.length + 1))), packages };
}
