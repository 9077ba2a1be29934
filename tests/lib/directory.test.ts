import { describe, expect, it } from 'vitest';
import { categoriesOfPartner, newestDate, parseDataInclusion } from '../../lib/directory';
import { service, structure } from '../fixtures/records';

describe('parseDataInclusion', () => {
  it('turns each valid structure into a partner with its services attached', () => {
    const { partners, problems } = parseDataInclusion({
      structures: [structure(), structure({ id: 'test--ccas', nom: 'CCAS de Sète' })],
      services: [service(), service({ id: 'test--ccas--domiciliation', structure_id: 'test--ccas', nom: 'Domiciliation' })],
    });
    expect(problems).toEqual([]);
    expect(partners.map((p) => p.id)).toEqual(['test--ml-sete', 'test--ccas']);
    expect(partners[0].services.map((s) => s.id)).toEqual(['test--ml-sete--cej']);
    expect(partners[1].services[0].nom).toBe('Domiciliation');
  });

  it('keeps the valid records and reports every invalid one with its id and field', () => {
    const { partners, problems } = parseDataInclusion({
      structures: [structure(), structure({ id: 'test--bad', nom: undefined }), 'garbage'],
      services: [service({ id: 'test--s2', date_maj: 'hier' })],
      structureLines: [2, 3, 4],
    });
    expect(partners).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ recordId: 'test--bad', field: 'nom', line: 3, severity: 'rejected' }),
      expect.objectContaining({ line: 4, severity: 'rejected' }),
      expect.objectContaining({ recordId: 'test--s2', field: 'date_maj', severity: 'rejected' }),
    ]);
  });

  it('reports duplicate structure ids instead of merging them silently', () => {
    const { partners, problems } = parseDataInclusion({
      structures: [structure(), structure({ nom: 'Autre nom' })],
    });
    expect(partners).toHaveLength(1);
    expect(partners[0].nom).toBe('Mission Locale du Bassin de Thau');
    expect(problems[0]).toMatchObject({ recordId: 'test--ml-sete', field: 'id' });
    expect(problems[0].message).toBe('Structure non importée : même identifiant que « Mission Locale du Bassin de Thau », plus haut dans le fichier, qui est gardée');
    expect(problems[0]).toMatchObject({ recordName: 'Autre nom' });
  });

  it('reports a service whose structure is missing, and a duplicate service', () => {
    const { partners, problems } = parseDataInclusion({
      structures: [structure()],
      services: [service(), service(), service({ id: 'test--orphan', structure_id: 'test--nowhere' })],
    });
    expect(partners[0].services).toHaveLength(1);
    expect(problems.map((p) => p.recordId)).toEqual(['test--ml-sete--cej', 'test--orphan']);
    expect(problems[1].message).toContain('test--nowhere');
  });

  it('removes "tous-publics" when combined with specific publics, and says so', () => {
    const { partners, problems } = parseDataInclusion({
      structures: [structure()],
      services: [service({ publics: ['tous-publics', 'jeunes'] })],
    });
    expect(partners[0].services[0].publics).toEqual(['jeunes']);
    expect(problems[0]).toMatchObject({ field: 'publics', severity: 'corrected' });
  });

  it.each([undefined, null, 'x', { a: 1 }])('never throws when structures is %s', (structures) => {
    const result = parseDataInclusion({ structures });
    expect(result.partners).toEqual([]);
    expect(result.problems[0].message).toMatch(/structures/);
  });

  it('ignores services given as something other than a list, with a problem', () => {
    const result = parseDataInclusion({ structures: [structure()], services: { not: 'a list' } });
    expect(result.partners).toHaveLength(1);
    expect(result.problems[0].field).toBe('services');
  });

  it('renders HTML in text fields as data, unchanged', () => {
    const { partners } = parseDataInclusion({ structures: [structure({ nom: '<img src=x onerror=alert(1)> CCAS' })] });
    expect(partners[0].nom).toBe('<img src=x onerror=alert(1)> CCAS');
  });
});

describe('partner facts', () => {
  it('derives the categories served from the services’ thematiques', () => {
    const { partners } = parseDataInclusion({ structures: [structure()], services: [service()] });
    expect(categoriesOfPartner(partners[0]).sort()).toEqual(['mobilite', 'trouver-un-emploi']);
  });

  it('finds the newest date among structures and services', () => {
    const { partners } = parseDataInclusion({
      structures: [structure({ date_maj: '2025-01-01' })],
      services: [service({ date_maj: '2026-06-30' })],
    });
    expect(newestDate(partners)).toBe('2026-06-30');
    expect(newestDate([])).toBeUndefined();
  });
});
