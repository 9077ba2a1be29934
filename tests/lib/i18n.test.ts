import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';

const root = join(__dirname, '../..');
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('interface strings', () => {
  const fr = catalogue('fr');
  const en = catalogue('en');

  it('has the same keys and placeholders in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr)) {
      expect(Object.keys(en[key].placeholders ?? {}), key).toEqual(Object.keys(fr[key].placeholders ?? {}));
    }
  });

  it('defines every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints', 'lib'].flatMap((d) => sourceFiles(join(root, d)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !(key in fr))).toEqual([]);
  });

  it('substitutes placeholders in the French fallback', () => {
    expect(t('favouriteAdd', 'CCAS de Sète')).toBe('Ajouter CCAS de Sète aux favoris');
    expect(t('cardUpdated', '3 mars 2026', 'il y a 8 mois')).toBe('Fiche mise à jour le 3 mars 2026 (il y a 8 mois)');
  });
});
