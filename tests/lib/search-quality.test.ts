import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { createSearchIndex } from '../../lib/search';
import { completenessOf, freshnessScore, qualityOf } from '../../lib/search/quality';
import { structure } from '../fixtures/records';

const bare = { telephone: null, courriel: null, site_web: null, horaires_accueil: null, description: null, adresse: null };
const { partners } = parseDataInclusion({
  structures: [
    // Equally relevant to « mission locale lunel »: the bare, old record has the shorter name.
    structure({ id: 'old-bare', nom: 'Mission Locale Lunel', date_maj: '2019-02-01', commune: 'Lunel', code_postal: '34400', ...bare }),
    structure({ id: 'fresh-full', nom: 'Mission Locale de Lunel', date_maj: '2026-09-01', commune: 'Lunel', code_postal: '34400' }),
    structure({ id: 'scored', nom: 'Mission Locale de Lunel', date_maj: '2019-02-01', commune: 'Lunel', code_postal: '34400', ...bare, score_qualite: 0.9 }),
    // A better match stays first whatever its record's quality.
    structure({ id: 'exact-bare', nom: 'CCAS de Lunel', date_maj: '2018-01-01', commune: 'Lunel', code_postal: '34400', ...bare }),
    structure({ id: 'loose-full', nom: 'Épicerie solidaire de Lunel', description: 'Orientée par le CCAS', date_maj: '2026-09-01', commune: 'Lunel', code_postal: '34400' }),
  ],
});
const index = createSearchIndex(partners);
const ids = (query: string) => index.search(query).map((hit) => hit.partner.id);

describe('quality first, within equal relevance', () => {
  it('puts the complete and fresh record before the bare and old one', () => {
    expect(ids('mission locale lunel')[0]).toBe('fresh-full');
    expect(ids('mission locale lunel').indexOf('scored')).toBeLessThan(ids('mission locale lunel').indexOf('old-bare'));
  });

  it('never puts a poorer match first for a better record', () => {
    expect(ids('ccas lunel')[0]).toBe('exact-bare');
  });

  it('scores completeness, freshness and data·inclusion’s score', () => {
    const now = Date.parse('2026-11-29T00:00:00Z');
    expect(completenessOf(partners[1])).toBe(6 / 7);
    expect(freshnessScore('2026-09-01', now)).toBe(1);
    expect(freshnessScore('2019-02-01', now)).toBe(0);
    expect(qualityOf(partners[2], now)).toBeGreaterThan(qualityOf(partners[0], now));
  });
});
