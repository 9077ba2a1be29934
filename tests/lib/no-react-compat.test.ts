import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Issue 20: importing preact/compat (directly, or through a package written for React, which
// Preact's Vite preset points at compat) installs a hook that rewrites the props of every element
// every page creates; the popup's keystrokes paid it on each row. Preact's core serves this code.
describe('React compatibility stays out of the pages', () => {
  it('no module imports preact/compat, react or a React package', () => {
    const offenders = ['components', 'entrypoints', 'lib'].flatMap((dir) =>
      sources(join(ROOT, dir)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from\s+'((?:preact\/compat|react|react-dom|dexie-react-hooks)(?:\/[^']*)?)'/g)].map((m) => `${relative(ROOT, file)}: ${m[1]}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('no dependency is a React package', () => {
    const { dependencies = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(dependencies).filter((name) => /(?<!p)react/.test(name))).toEqual([]);
  });
});
