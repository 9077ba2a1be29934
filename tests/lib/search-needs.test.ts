import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { createSearchIndex } from '../../lib/search';
import { service, structure } from '../fixtures/records';

const { partners } = parseDataInclusion({
  structures: [
    structure({ id: 't--mob', nom: 'Plateforme mobilité' }),
    structure({ id: 't--log', nom: 'ADIL' }),
    structure({ id: 't--both', nom: 'Accueil global' }),
    structure({ id: 't--none', nom: 'Club de foot' }),
  ],
  services: [
    service({ id: 's1', structure_id: 't--mob', thematiques: ['mobilite--preparer-un-permis'] }),
    service({ id: 's2', structure_id: 't--log', thematiques: ['logement-hebergement--louer-un-logement'] }),
    service({ id: 's3', structure_id: 't--both', thematiques: ['mobilite--acceder-a-un-vehicule', 'logement-hebergement--louer-un-logement'] }),
    service({ id: 's4', structure_id: 't--none', thematiques: [] }),
  ],
});
const index = createSearchIndex(partners);
const ids = (options: Parameters<typeof index.search>[1]) => index.search('', options).map((hit) => hit.partner.id);

describe('search by needs (empty query, categories)', () => {
  it('lists every partner serving the needs, those serving more of them first', () => {
    expect(ids({ categories: ['mobilite', 'logement-hebergement'] })).toEqual(['t--both', 't--log', 't--mob']);
  });

  it('puts partners offering the precise thematique first', () => {
    expect(ids({ categories: ['mobilite'], thematiques: ['mobilite--preparer-un-permis'] })).toEqual(['t--mob', 't--both']);
  });

  it('puts the counsellor’s favourites first among partners serving the needs equally', () => {
    // Without favourites the partner focused on housing comes first (ADIL, not « Accueil global »)…
    expect(ids({ categories: ['logement-hebergement'] })).toEqual(['t--log', 't--both']);
    // …a favourite goes before it.
    expect(ids({ categories: ['logement-hebergement'], favourites: new Set(['t--both']) })).toEqual(['t--both', 't--log']);
  });

  it('returns nothing for an empty query without needs', () => {
    expect(ids({})).toEqual([]);
    expect(ids({ categories: [] })).toEqual([]);
  });
});
