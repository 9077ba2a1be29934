import { describe, expect, it } from 'vitest';
import { CATEGORIES, NEED_LEXICON, NETWORK_ALIASES, RESEAUX_PORTEURS, THEMATIQUES, categoryOfThematique, labelOf } from '../../lib/taxonomy';

describe('taxonomy', () => {
  it('has data·inclusion’s 16 categories and 69 thematiques', () => {
    expect(CATEGORIES).toHaveLength(16);
    expect(THEMATIQUES).toHaveLength(69);
  });

  it('labels values in French and shows unknown values as they are', () => {
    expect(labelOf('categorie', 'mobilite')).toBe('Mobilité');
    expect(labelOf('reseau', 'mission-locale')).toBe('Mission Locale');
    expect(labelOf('reseau', 'inconnu')).toBe('inconnu');
  });

  it('only aliases networks that exist', () => {
    const networks = new Set(RESEAUX_PORTEURS.map((r) => r.value));
    expect(Object.keys(NETWORK_ALIASES).filter((n) => !networks.has(n))).toEqual([]);
  });

  it('maps every lexicon entry to a real category and a thematique of that category', () => {
    const categories = new Set(CATEGORIES.map((c) => c.value));
    const thematiques = new Set(THEMATIQUES.map((t) => t.value));
    for (const entry of NEED_LEXICON) {
      expect(categories.has(entry.category), entry.category).toBe(true);
      if (entry.thematique) {
        expect(thematiques.has(entry.thematique), entry.thematique).toBe(true);
        expect(categoryOfThematique(entry.thematique)).toBe(entry.category);
      }
    }
  });
});
