import { describe, expect, it } from 'vitest';
import { buildSearchSnapshot, restoreSnapshot } from '../../lib/search/snapshot';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';

const partners = relevanceDirectory(3000);
const snapshot = buildSearchSnapshot(partners);
const PHRASES = ['mission locale montpellier', 'france travail sete', 'secours populaire venissieux', 'logement urgence', 'epicerie solidaire', 'ccas de sete', 'france travail m', 'cours de francais'];
const OPTIONS = [{ limit: 30 }, { limit: 30, territory: ['34'] }, { limit: 5, categories: ['logement-hebergement'] }];
const answer = (hits: { partner: { id: string }; score: number }[]) => hits.map((hit) => `${hit.partner.id} ${hit.score}`);

describe('search typed letter by letter', () => {
  it('answers each keystroke exactly as a fresh index does, once the whole words are kept between keys', () => {
    const typing = restoreSnapshot(structuredClone(snapshot)).index;
    let kept = 0;
    for (const phrase of PHRASES) {
      for (let i = 1; i <= phrase.length; i++) {
        const value = phrase.slice(0, i);
        for (const options of OPTIONS) {
          const fresh = restoreSnapshot(snapshot).index.search(value, options);
          expect(answer(typing.search(value, options)), `« ${value} »`).toEqual(answer(fresh));
          typing.warm?.();
          if (value.includes(' ') && !value.endsWith(' ')) kept++;
        }
      }
    }
    expect(kept).toBeGreaterThan(100);
  });

  it('keeps the results of a query whose whole words were kept when the next word is typed', () => {
    const index = restoreSnapshot(structuredClone(snapshot)).index;
    index.search('mission l');
    index.warm?.();
    const first = index.search('mission locale lunel')[0];
    expect(first?.partner.nom).toBe('Mission Locale Petite Camargue');
  });
});
