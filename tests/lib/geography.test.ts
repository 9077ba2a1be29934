import { describe, expect, it } from 'vitest';
import { createGeographyIndex, GeographySchema, type Geography } from '../../lib/geography';
import { geographyJson } from '../../scripts/build-geography.mjs';

const small: Geography = {
  source: 'test',
  departements: [['34', 'Hérault'], ['75', 'Paris']],
  epci: [['200066355', 'CA Sète Agglopôle Méditerranée'], ['200054781', 'Métropole du Grand Paris']],
  communes: [
    ['75056', 'Paris', '75001 75002', 1],
    ['34301', 'Sète', '34200', 0],
    ['34108', 'Frontignan', '34110', 0],
    ['75101', 'Paris 1er Arrondissement', '75001', 1, '75056'],
    ['34200', 'Pézènes-les-Mines', '34600', -1],
  ],
};

describe('territory picker geography', () => {
  const index = createGeographyIndex(small);

  it('finds communes, EPCI and départements by name without accents, by postal code and by code', () => {
    expect(index.search('sete').map((o) => o.label)).toEqual(['Sète (34) — 34200', 'CA Sète Agglopôle Méditerranée (EPCI)']);
    expect(index.search('HERAULT')).toEqual([{ kind: 'departement', code: '34', label: 'Hérault (34)' }]);
    expect(index.search('34200').map((o) => o.code)).toEqual(['34301', '34200']);
    expect(index.search('paris').map((o) => o.label)).toEqual(['Paris (75)', 'Paris (75) — 75001…', 'Paris 1er Arrondissement (75) — 75001', 'Métropole du Grand Paris (EPCI)']);
    expect(index.search('  ')).toEqual([]);
  });

  it('expands an EPCI to its member communes, and Paris to its arrondissements', () => {
    const [thau] = index.search('agglopole');
    expect(index.toPlace(thau)).toEqual({ kind: 'epci', code: '200066355', label: 'CA Sète Agglopôle Méditerranée (EPCI)', codes: ['34301', '34108'] });
    expect(index.toPlace({ kind: 'commune', code: '75056', label: 'Paris' }).codes).toEqual(['75101']);
    expect(index.toPlace({ kind: 'epci', code: '200054781', label: 'MGP' }).codes).toEqual(['75056', '75101']);
  });

  it('is built from the official data, trimmed and valid', () => {
    const json = geographyJson();
    const geo = GeographySchema.parse(JSON.parse(json));
    expect(geo.communes.length).toBeGreaterThan(34000);
    expect(geo.departements.length).toBeGreaterThanOrEqual(101);
    expect(json.length).toBeLessThan(1_600_000);
    const real = createGeographyIndex(geo);
    expect(real.search('sete', 1)).toEqual([{ kind: 'commune', code: '34301', label: 'Sète (34) — 34200' }]);
    const agglo = real.search('Sète Agglopôle', 1)[0];
    expect(real.toPlace(agglo).codes).toContain('34301');
  });
});
