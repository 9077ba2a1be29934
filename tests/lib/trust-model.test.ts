import { describe, expect, it } from 'vitest';
import { groupPartners, mergeGroup, parseDataInclusion } from '../../lib/directory';
import { rankOfSources } from '../../lib/db/partner-groups';
import { scopeIds } from '../../lib/db/directory-store';
import type { StoredPartner } from '../../lib/db';
import type { DirectorySource } from '../../lib/schema';
import { structure } from '../fixtures/records';

/**
 * The trust model for merged records (issue 23), as one flat table: the directory sources in the
 * order they were added (most trusted first, as by default), the records each brings, and what
 * the counsellor must then see — how many results, and the phone, site and name of the card that
 * holds the trusted record.
 */
const SOURCES = ['starter', 'team', 'hostile', 'api:data-inclusion:34'] as const;
type Origin = (typeof SOURCES)[number];

const sources: DirectorySource[] = SOURCES.map((id, index) => ({ id, kind: 'url', label: id, partnerCount: 0, updatedAt: index, priority: -index }));

const blank = { reseaux_porteurs: null, description: null, courriel: null, horaires_accueil: null, code_insee: null, siret: null, adresse: null, commune: null, code_postal: null, telephone: null, site_web: null };

function rec(origin: Origin, fields: Record<string, unknown>): StoredPartner {
  const { partners, problems } = parseDataInclusion({ structures: [structure({ ...blank, ...fields })], doublonsComputed: true });
  expect(problems.filter((p) => p.severity === 'rejected')).toEqual([]);
  return { ...partners[0], origin, categories: [] };
}

const FT = { source: 'repere', id: 'repere--france-travail', nom: 'France Travail', telephone: '3949', site_web: 'https://www.francetravail.fr' };
const CAF = { source: 'repere', id: 'repere--caf', nom: 'CAF (Caisse d’allocations familiales)', telephone: '3230', site_web: 'https://www.caf.fr' };
const ML = { source: 'dora', id: 'ml-thau', nom: 'Mission Locale du Bassin de Thau', siret: '41234567800011', telephone: '04 67 00 00 00', site_web: 'https://ml-thau.example', adresse: '2 rue du Port', commune: 'Sète', code_postal: '34200' };
const CCAS = { source: 'dora', id: 'ccas-sete', nom: 'CCAS de Sète', telephone: '04 67 46 00 00', site_web: 'https://ccas-sete.example', adresse: '1 rue Paul Valéry', commune: 'Sète', code_postal: '34200' };
const HOSTILE = { source: 'annuaire-bis', date_maj: '2026-03-12', telephone: '08 99 12 34 56', site_web: 'https://arnaque.example' };

interface Row {
  why: string;
  records: StoredPartner[];
  /** Search results once grouped. */
  results: number;
  /** The card holding the first record: what it shows. */
  card: { telephone?: string | null; site_web?: string | null; nom?: string };
  /** Members on that card. */
  members: number;
}

const TABLE: Row[] = [
  {
    why: 'a subscription’s doublons claim on France Travail is ignored (data·inclusion did not compute it, France Travail does not claim it back)',
    records: [rec('starter', FT), rec('hostile', { ...HOSTILE, id: 'h-ft', nom: 'France Travail Sète', doublons: [{ source: 'repere', id: 'repere--france-travail' }] })],
    results: 2,
    card: { telephone: '3949', site_web: 'https://www.francetravail.fr' },
    members: 1,
  },
  {
    why: 'a doublons claim from the national API is honoured, the starter’s values still shown',
    records: [rec('starter', FT), rec('api:data-inclusion:34', { ...HOSTILE, source: 'france-travail', id: 'ft-34', nom: 'France Travail Sète', doublons: [{ source: 'repere', id: 'repere--france-travail' }] })],
    results: 1,
    card: { telephone: '3949', site_web: 'https://www.francetravail.fr', nom: 'France Travail' },
    members: 2,
  },
  {
    why: 'a doublons claim the other side agrees with is honoured',
    records: [
      rec('team', { ...CCAS, doublons: [{ source: 'soliguide', id: 's-ccas' }] }),
      rec('hostile', { ...HOSTILE, source: 'soliguide', id: 's-ccas', nom: 'Centre communal d’action sociale', doublons: [{ source: 'dora', id: 'ccas-sete' }] }),
    ],
    results: 1,
    card: { telephone: '04 67 46 00 00', site_web: 'https://ccas-sete.example' },
    members: 2,
  },
  {
    why: 'the starter’s id reused for the CAF under the same name: joined, the starter’s phone and site shown',
    records: [rec('starter', CAF), rec('hostile', { ...HOSTILE, ...{ source: 'repere', id: 'repere--caf', nom: 'CAF (Caisse d’allocations familiales)' } })],
    results: 1,
    card: { telephone: '3230', site_web: 'https://www.caf.fr' },
    members: 2,
  },
  {
    why: 'the starter’s id reused under another name: two records, the CAF untouched',
    records: [rec('starter', CAF), rec('hostile', { ...HOSTILE, source: 'repere', id: 'repere--caf', nom: 'Aides express' })],
    results: 2,
    card: { telephone: '3230', site_web: 'https://www.caf.fr' },
    members: 1,
  },
  {
    why: 'a Mission Locale’s SIRET under another name and no address: not the same structure',
    records: [rec('team', ML), rec('hostile', { ...HOSTILE, id: 'h-ml', nom: 'Jeunes Emploi Express', siret: ML.siret })],
    results: 2,
    card: { telephone: '04 67 00 00 00', site_web: 'https://ml-thau.example' },
    members: 1,
  },
  {
    why: 'a Mission Locale’s SIRET at the same address: joined, the team’s values shown',
    records: [rec('team', ML), rec('hostile', { ...HOSTILE, id: 'h-ml', nom: 'ML Thau', siret: ML.siret, adresse: '2, rue du Port', code_postal: '34200' })],
    results: 1,
    card: { telephone: '04 67 00 00 00', site_web: 'https://ml-thau.example' },
    members: 2,
  },
  {
    why: 'within one source, the SIRET alone still joins two records',
    records: [rec('api:data-inclusion:34', ML), rec('api:data-inclusion:34', { source: 'emplois', id: 'e-ml', nom: 'ML Bassin de Thau', siret: ML.siret, code_postal: '34200', date_maj: '2025-01-01' })],
    results: 1,
    card: { telephone: '04 67 00 00 00' },
    members: 2,
  },
  {
    why: 'eight made-up records sharing a SIRET do not split two real duplicates',
    records: [
      rec('starter', { ...ML, id: 'ml-thau-starter', source: 'repere', telephone: '04 67 11 11 11' }),
      rec('team', ML),
      ...Array.from({ length: 8 }, (_, i) => rec('hostile', { ...HOSTILE, id: `fake-${i}`, nom: `Faux ${i}`, siret: ML.siret })),
    ],
    results: 9,
    card: { telephone: '04 67 11 11 11', site_web: 'https://ml-thau.example' },
    members: 2,
  },
  {
    why: 'a CCAS claimed by name and postcode: joined, the team’s phone and site shown, fresher or not',
    records: [rec('team', { ...CCAS, date_maj: '2024-01-01' }), rec('hostile', { ...HOSTILE, id: 'h-ccas', nom: 'C.C.A.S. de Sète', code_postal: '34200', commune: 'Sète', date_maj: '2026-11-30' })],
    results: 1,
    card: { telephone: '04 67 46 00 00', site_web: 'https://ccas-sete.example', nom: 'CCAS de Sète' },
    members: 2,
  },
  {
    why: 'between two records of one source, the fresher wins',
    records: [
      rec('api:data-inclusion:34', { ...CCAS, date_maj: '2024-01-01' }),
      rec('api:data-inclusion:34', { ...CCAS, source: 'soliguide', id: 's-ccas', telephone: '04 67 46 99 99', date_maj: '2026-01-01' }),
    ],
    results: 1,
    card: { telephone: '04 67 46 99 99' },
    members: 2,
  },
];

function directory(records: StoredPartner[]) {
  const rankOf = rankOfSources(sources);
  return groupPartners(scopeIds(records, sources)).map((group) => mergeGroup(group, rankOf));
}

describe('merged records: no source speaks for another (issue 23)', () => {
  it.each(TABLE)('$why', ({ records, results, card, members }) => {
    const shown = directory(records);
    expect(shown).toHaveLength(results);
    const trusted = records[0];
    const holding = shown.find((p) => (p.group ? p.group.members.some((m) => m.id === trusted.id) : p.id === trusted.id));
    expect(holding).toBeDefined();
    expect(holding).toMatchObject(card);
    expect(holding!.group?.members.length ?? 1).toBe(members);
    // « Signaler une erreur » writes to the source of what the card shows.
    expect(holding!.origin).toBe(trusted.origin);
  });

  it('lists the values a less trusted source gives, with their source', () => {
    const [card] = directory([rec('starter', CAF), rec('hostile', { ...HOSTILE, source: 'repere', id: 'repere--caf', nom: CAF.nom })]);
    expect(card.group?.members.map((m) => [m.origin, m.others])).toEqual([
      ['starter', undefined],
      ['hostile', { telephone: '08 99 12 34 56', site_web: 'https://arnaque.example' }],
    ]);
  });

  it('refuses a record dated in the future, with a French problem line, and keeps the others', () => {
    const { partners, problems } = parseDataInclusion({
      structures: [structure({ id: 'a', date_maj: '2099-12-31' }), structure({ id: 'b' })],
      latestDate: '2026-12-07',
    });
    expect(partners.map((p) => p.id)).toEqual(['b']);
    expect(problems.map((p) => p.message)).toEqual(['Structure non importée : date de mise à jour dans le futur, 2099-12-31']);
  });

  it('says at import that a file’s doublons count only when confirmed', () => {
    const claim = structure({ id: 'a', doublons: [{ source: 'repere', id: 'repere--caf' }] });
    expect(parseDataInclusion({ structures: [claim] }).problems.map((p) => p.message)).toEqual([
      'Doublons déclarés pris en compte seulement si l’autre fiche les confirme : seule l’API nationale data·inclusion les calcule',
    ]);
    expect(parseDataInclusion({ structures: [claim], doublonsComputed: true }).problems).toEqual([]);
  });
});
