import { describe, expect, it } from 'vitest';
import { groupPartners, mergeGroup, parseDataInclusion, type SplitPair } from '../../lib/directory';
import { foldedName } from '../../lib/directory/grouping-rules';
import type { Partner } from '../../lib/schema';
import { service, structure } from '../fixtures/records';

function partners(records: Array<Record<string, unknown>>, services: Array<Record<string, unknown>> = []): Partner[] {
  const base = { reseaux_porteurs: null, description: null, telephone: null, courriel: null, site_web: null, horaires_accueil: null, adresse: null, code_insee: null, siret: null };
  const { partners: parsed, problems } = parseDataInclusion({ structures: records.map((r) => structure({ ...base, ...r })), services });
  expect(problems.filter((p) => p.severity === 'rejected')).toEqual([]);
  return parsed;
}

const together = (records: Partner[], splits?: SplitPair[]) => groupPartners(records, splits).length === 1;

/** Records as the national data·inclusion API brought them: data·inclusion computed their `doublons`. */
const fromNationalApi = (records: Partner[]) => records.map((r) => ({ ...r, origin: 'api:data-inclusion:75' }));

/** Pairs of records of one real structure, as different sources publish them. */
const MUST_MERGE: Array<[why: string, a: Record<string, unknown>, b: Record<string, unknown>]> = [
  [
    'same SIRET, names written differently (DORA / emplois de l’inclusion, Paris 13e)',
    { source: 'dora', id: 'dora-2c6308db', nom: 'ASSOCIATION D’ENTRAIDE VIVRE AEV', siret: '78566104200354', adresse: '37 Rue Louise Weiss', commune: 'Paris', code_postal: '75013' },
    { source: 'emplois-de-linclusion', id: 'emplois-76713981', nom: 'ASSOCIATION D’ENTRAIDE VIVRE - CENTRE VIVRE EMERGENCE-', siret: '78566104200354', adresse: '37 Rue Louise Weiss', commune: 'Paris', code_postal: '75013', telephone: '0173435122' },
  ],
  [
    'same agency SIRET, one record without address',
    { source: 'dora', id: 'dora-34b01f09', nom: 'Agence France Travail Paris 19ème Armand Carrel', siret: '13000548121826', adresse: '44 Rue Armand Carrel', commune: 'Paris', code_postal: '75019' },
    { source: 'france-travail', id: 'ft-75419', nom: 'France Travail Paris 19e Armand Carrel', siret: '13000548121826', commune: 'Paris', code_postal: '75019' },
  ],
  [
    'data·inclusion lists them as duplicates',
    { source: 'soliguide', id: 'soliguide-28089', nom: 'Accueil de jour Aurore', commune: 'Paris', code_postal: '75013', doublons: [{ source: 'dora', id: 'dora-baf012c1' }] },
    { source: 'dora', id: 'dora-baf012c1', nom: 'AURORE - ESI Austerlitz', commune: 'Paris', code_postal: '75013' },
  ],
  [
    'same folded name and postcode (« C.C.A.S. » / « CCAS »), same street written differently',
    { source: 'soliguide', id: 'soliguide-4410', nom: 'C.C.A.S. de Tourcoing', adresse: '26 rue de Lille', commune: 'Tourcoing', code_postal: '59200' },
    { source: 'dora', id: 'dora-ccas-tourcoing', nom: 'CCAS de Tourcoing', adresse: '26, r. de Lille', commune: 'Tourcoing', code_postal: '59200' },
  ],
  [
    'same local phone and postcode, names written differently',
    { source: 'soliguide', id: 'soliguide-7788', nom: 'Restos du Cœur de Roubaix', telephone: '03 20 70 11 22', commune: 'Roubaix', code_postal: '59100' },
    { source: 'dora', id: 'dora-restos-roubaix', nom: 'Les Restaurants du Coeur - centre de Roubaix', telephone: '+33 3 20 70 11 22', commune: 'Roubaix', code_postal: '59100' },
  ],
];

/** Pairs that look alike but are two structures. */
const MUST_NOT_MERGE: Array<[why: string, a: Record<string, unknown>, b: Record<string, unknown>]> = [
  [
    'two crèches of one network in one town (same name, other street)',
    { source: 'monenfant', id: 'monenfant-12570022', nom: 'Crèche Les Petits Chaperons Rouges', adresse: '12 rue Nationale', commune: 'Lille', code_postal: '59000' },
    { source: 'monenfant', id: 'monenfant-12570495', nom: 'Crèche Les Petits Chaperons Rouges', adresse: '3 place Rihour', commune: 'Lille', code_postal: '59000' },
  ],
  [
    'two crèches of one network in one town, one source listing both without address',
    { source: 'monenfant', id: 'monenfant-33618086', nom: 'Micro-crèche Babilou', commune: 'Lille', code_postal: '59000' },
    { source: 'monenfant', id: 'monenfant-33733787', nom: 'Micro-crèche Babilou', commune: 'Lille', code_postal: '59000' },
  ],
  [
    'the network’s shared phone on two crèches of one town',
    { source: 'monenfant', id: 'monenfant-1', nom: 'Crèche Les Lutins', telephone: '03 20 00 00 01', adresse: '5 rue Solférino', commune: 'Lille', code_postal: '59000' },
    { source: 'dora', id: 'dora-2', nom: 'Crèche Les Farfadets', telephone: '03 20 00 00 01', adresse: '40 rue Gambetta', commune: 'Lille', code_postal: '59000' },
  ],
  [
    'two associations at one address, each with its own SIRET (Paris 1er)',
    { source: 'dora', id: 'dora-db26b037', nom: 'EMMAUS SOLIDARITE', siret: '31723624800017', telephone: '01 44 82 77 20', adresse: '32 Rue des Bourdonnais', commune: 'Paris', code_postal: '75001' },
    { source: 'emplois-de-linclusion', id: 'emplois-703d9682', nom: 'COMMUNAUTE EMMAUS DE PARIS', siret: '53854815700014', telephone: '01 44 82 77 20', adresse: '32 Rue des Bourdonnais', commune: 'Paris', code_postal: '75001' },
  ],
  [
    'one name in two arrondissements (Association Aurore, 13e and 18e)',
    { source: 'emplois-de-linclusion', id: 'emplois-6e666fcd', nom: 'ASSOCIATION AURORE', siret: '77568497002786', adresse: '24 Quai d’Austerlitz', commune: 'Paris', code_postal: '75013' },
    { source: 'dora', id: 'dora-aurore-18', nom: 'ASSOCIATION AURORE', adresse: '5 Rue du Marché Ordener', commune: 'Paris', code_postal: '75018' },
  ],
  [
    'a head office’s SIRET on two agencies at two addresses',
    { source: 'france-travail', id: 'ft-a', nom: 'France Travail Lille Vauban', siret: '13000548100010', adresse: '10 rue Colbert', commune: 'Lille', code_postal: '59000' },
    { source: 'dora', id: 'dora-b', nom: 'France Travail Lille Grand Palais', siret: '13000548100010', adresse: '1 boulevard des Cités Unies', commune: 'Lille', code_postal: '59000' },
  ],
  [
    'the national number 3949 on two agencies of one postcode',
    { source: 'france-travail', id: 'ft-c', nom: 'France Travail Paris 20ème Piat', telephone: '39 49', commune: 'Paris', code_postal: '75020' },
    { source: 'dora', id: 'dora-d', nom: 'France Travail Paris 20ème Belgrand', telephone: '3949', commune: 'Paris', code_postal: '75020' },
  ],
];

describe('grouping records of one structure', () => {
  it.each(MUST_MERGE)('merges: %s', (_why, a, b) => {
    expect(together(fromNationalApi(partners([a, b])))).toBe(true);
  });

  it.each(MUST_NOT_MERGE)('keeps apart: %s', (_why, a, b) => {
    expect(together(partners([a, b]))).toBe(false);
  });

  it('never chains two SIRETs together through a record without one', () => {
    const records = partners([
      { source: 'dora', id: 'a', nom: 'Crèche Arc-en-ciel', siret: '11111111111111', commune: 'Lille', code_postal: '59000' },
      { source: 'soliguide', id: 'b', nom: 'Crèche Arc-en-ciel', commune: 'Lille', code_postal: '59000' },
      { source: 'monenfant', id: 'c', nom: 'Crèche Arc-en-ciel', siret: '22222222222222', commune: 'Lille', code_postal: '59000' },
    ]);
    const groups = groupPartners(records);
    expect(groups.some((g) => g.members.some((m) => m.id === 'a') && g.members.some((m) => m.id === 'c'))).toBe(false);
  });

  it('keeps apart what the counsellor split, in any order', () => {
    const [, a, b] = MUST_MERGE[0];
    const records = partners([a, b]);
    expect(together(records, [{ a: 'emplois-76713981', b: 'dora-2c6308db' }])).toBe(false);
    expect(together([...records].reverse(), [{ a: 'dora-2c6308db', b: 'emplois-76713981' }])).toBe(false);
  });

  it('gives a group a stable id whatever the order of the records', () => {
    const [, a, b] = MUST_MERGE[3];
    expect(groupPartners(partners([a, b]))[0].id).toBe('dora-ccas-tourcoing');
    expect(groupPartners(partners([b, a]))[0].id).toBe('dora-ccas-tourcoing');
  });

  it('folds names as sources write them', () => {
    expect(foldedName('C.C.A.S. de Tourcoing')).toBe(foldedName('CCAS  de  TOURCOING'));
    expect(foldedName('Mission Locale de Lunel')).toBe('mission locale lunel');
  });
});

describe('merging a group into one card', () => {
  const records = partners(
    [
      { source: 'dora', id: 'dora-ml', nom: 'Mission Locale de Tourcoing', date_maj: '2024-03-01', telephone: '03 20 11 11 11', adresse: '2 rue de Guisnes', commune: 'Tourcoing', code_postal: '59200', lien_source: 'https://dora.inclusion.beta.gouv.fr/structures/ml-tourcoing' },
      { source: 'mission-locale', id: 'ml-59200', nom: 'Mission locale Tourcoing', date_maj: '2025-06-10', courriel: 'contact@ml-tourcoing.example', horaires_accueil: 'Mo-Fr 09:00-17:00', commune: 'Tourcoing', code_postal: '59200', telephone: '03 20 11 11 11', reseaux_porteurs: ['mission-locale'] },
      { source: 'soliguide', id: 'soliguide-ml', nom: 'Mission Locale Tourcoing', date_maj: '2023-01-15', telephone: '03 20 11 11 11', site_web: 'https://ml-tourcoing.example', commune: 'Tourcoing', code_postal: '59200' },
    ],
    [
      service({ source: 'dora', structure_id: 'dora-ml', id: 'dora-ml-cej', nom: 'Contrat d’engagement jeune', date_maj: '2024-03-01' }),
      service({ source: 'mission-locale', structure_id: 'ml-59200', id: 'ml-cej', nom: 'Contrat d’Engagement Jeune', date_maj: '2025-06-10' }),
      service({ source: 'soliguide', structure_id: 'soliguide-ml', id: 'soli-mob', nom: 'Aide à la mobilité', date_maj: '2023-01-15' }),
    ],
  );
  const groups = groupPartners(records);
  const merged = mergeGroup(groups[0]);

  it('is one group of three', () => {
    expect(groups).toHaveLength(1);
    expect(merged.group?.members.map((m) => m.source)).toEqual(['mission-locale', 'dora', 'soliguide']);
  });

  it('takes each field’s freshest value and names its source', () => {
    expect(merged.nom).toBe('Mission locale Tourcoing');
    expect(merged.courriel).toBe('contact@ml-tourcoing.example');
    expect(merged.site_web).toBe('https://ml-tourcoing.example');
    expect(merged.group?.members[merged.group.fields.site_web!].source).toBe('soliguide');
    expect(merged.group?.members[merged.group.fields.courriel!].source).toBe('mission-locale');
    expect(merged.date_maj).toBe('2025-06-10');
    expect(merged.reseaux_porteurs).toEqual(['mission-locale']);
  });

  it('takes the address from one record, never a street from one and a town from another', () => {
    expect(merged.adresse).toBe('2 rue de Guisnes');
    expect(merged.commune).toBe('Tourcoing');
    expect(merged.group?.members[merged.group.fields.adresse!].source).toBe('dora');
  });

  it('lists the services of every member once', () => {
    expect(merged.services.map((s) => s.nom).sort()).toEqual(['Aide à la mobilité', 'Contrat d’Engagement Jeune']);
  });

  it('keeps the group id as the card id', () => {
    expect(merged.id).toBe(groups[0].id);
  });
});
