import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { createSearchIndex } from '../../lib/search';
import { networksOfName } from '../../lib/search/name-kinds';
import { wordsOf } from '../../lib/search/normalize';
import { NAME_KINDS, NETWORK_ALIASES, RESEAUX_PORTEURS } from '../../lib/taxonomy';
import { structure } from '../fixtures/records';

/** Structures as open data carries them: no réseau porteur, only a name. */
const NAMES: Array<[id: string, nom: string, commune: string, code_postal: string]> = [
  ['ft-tourcoing', 'Agence France Travail Tourcoing', 'Tourcoing', '59200'],
  ['ft-roubaix', 'Pôle emploi Roubaix Gare', 'Roubaix', '59100'],
  ['ml-tourcoing', 'Mission Locale de Tourcoing', 'Tourcoing', '59200'],
  ['utpas-roubaix', 'UTPAS de Roubaix', 'Roubaix', '59100'],
  ['mds-lille', 'Maison départementale des solidarités Lille Moulins', 'Lille', '59000'],
  ['eds-rennes', 'Espace départemental des solidarités Rennes Nord', 'Rennes', '35000'],
  ['cdas-rennes', 'Centre départemental d’action sociale du Blosne', 'Rennes', '35200'],
  ['cms-nantes', 'Centre médico-social Bellevue', 'Nantes', '44100'],
  ['cd-nord', 'Conseil départemental du Nord — direction territoriale de Lille', 'Lille', '59000'],
  ['ccas-tourcoing', 'CCAS de Tourcoing', 'Tourcoing', '59200'],
  ['cias-weppes', 'Centre intercommunal d’action sociale des Weppes', 'La Bassée', '59480'],
  ['ase-lille', 'Aide sociale à l’enfance — antenne de Lille', 'Lille', '59000'],
  ['pjj-lille', 'UEMO Lille Sud', 'Lille', '59000'],
  ['chu-hopital', 'CHU de Lille', 'Lille', '59000'],
  ['chu-housing', 'Centre d’hébergement d’urgence Les Glycines', 'Lille', '59000'],
  ['cafe-lille', 'Café solidaire Tourcoing', 'Tourcoing', '59200'],
];

const { partners } = parseDataInclusion({
  structures: NAMES.map(([id, nom, commune, code_postal]) =>
    structure({ id, nom, commune, code_postal, code_insee: null, reseaux_porteurs: null, description: null, telephone: null }),
  ),
});
const index = createSearchIndex(partners);

/** What counsellors type today -> the structure they mean, first. */
const QUERIES: Array<[query: string, expected: string]> = [
  ['ft tourcoing', 'ft-tourcoing'],
  ['FT Tourcoing', 'ft-tourcoing'],
  ['pe tourcoing', 'ft-tourcoing'],
  ['pole emploi tourcoing', 'ft-tourcoing'],
  ['france travail roubaix', 'ft-roubaix'],
  ['ml tourcoing', 'ml-tourcoing'],
  ['mds roubaix', 'utpas-roubaix'],
  ['utpas lille', 'mds-lille'],
  ['mdsi rennes', 'eds-rennes'],
  ['cdas rennes nord', 'eds-rennes'],
  ['eds blosne', 'cdas-rennes'],
  ['msd nantes', 'cms-nantes'],
  ['utas nantes', 'cms-nantes'],
  ['cd lille', 'cd-nord'],
  ['departement lille', 'cd-nord'],
  ['cias tourcoing', 'ccas-tourcoing'],
  ['ccas la bassee', 'cias-weppes'],
  ['ase lille', 'ase-lille'],
  ['pjj lille', 'pjj-lille'],
  ['chu hebergement', 'chu-housing'],
  ['hebergement d urgence lille', 'chu-housing'],
  ['chu lille', 'chu-hopital'],
];

describe('the words counsellors write', () => {
  it.each(QUERIES)('« %s » finds %s first', (query, expected) => {
    expect(index.search(query, { limit: 5 })[0]?.partner.id).toBe(expected);
  });

  it('does not make a hospital a housing CHU, nor a café a France Travail agency', () => {
    expect(index.search('chu hebergement').map((hit) => hit.partner.id)).not.toContain('chu-hopital');
    expect(index.search('ft tourcoing').map((hit) => hit.partner.id)).not.toContain('cafe-lille');
  });

  it('reads the network a name reveals, whole words only', () => {
    expect(networksOfName(wordsOf('Agence France Travail Tourcoing'))).toEqual(['france-travail']);
    expect(networksOfName(wordsOf('UTPAS de Roubaix'))).toEqual(['maisons-des-solidarites']);
    expect(networksOfName(wordsOf('CHU de Lille'))).toEqual([]);
    expect(networksOfName(wordsOf('Centre d’hébergement d’urgence Les Glycines'))).toEqual(['chu']);
    expect(networksOfName(wordsOf('Cafetéria des Emmaüsiens'))).toEqual([]);
  });

  it('names only networks that exist, each with its aliases', () => {
    const networks = new Set(RESEAUX_PORTEURS.map((r) => r.value));
    expect(Object.keys(NAME_KINDS).filter((n) => !networks.has(n))).toEqual([]);
    for (const [network, words] of [
      ['france-travail', ['FT', 'PE']],
      ['departements', ['CD']],
      ['maisons-des-solidarites', ['MDS', 'MDSI', 'UTPAS', 'UTAS', 'CMS', 'EDS', 'MSD', 'CDAS']],
      ['ccas-cias', ['CCAS', 'CIAS']],
      ['ase', ['ASE']],
      ['pjj', ['PJJ']],
      ['chu', ['CHU']],
    ] as const) {
      expect(NETWORK_ALIASES[network], network).toEqual(expect.arrayContaining([...words]));
    }
  });
});
