import { describe, expect, it } from 'vitest';
import type { StoredPartner } from '../../../lib/db';
import { PartnershipSchema } from '../../../lib/schema';
import { boardRows, filterChoices, filterRows, onePerPartner, sortRows, type DueItem } from '../../../lib/partnership';

const partner = (id: string, nom: string, commune: string, categories: string[]) => ({ id, nom, commune, categories }) as unknown as StoredPartner;
const partners = new Map([
  ['ccas', partner('ccas', 'CCAS de Sète', 'Sète', ['logement-hebergement'])],
  ['adil', partner('adil', 'ADIL 34', 'Montpellier', ['logement-hebergement'])],
  ['ml', partner('ml', 'Mission Locale', 'Sète', ['choisir-un-metier'])],
]);
const items: DueItem[] = [
  { partnerId: 'ml', kind: 'relance', date: '2026-09-01' },
  { partnerId: 'ccas', kind: 'convention-end', date: '2026-12-20' },
  { partnerId: 'adil', kind: 'never-contacted', date: null },
  { partnerId: 'gone', kind: 'relance', date: '2026-10-01' },
];
const rows = boardRows(items, partners, [PartnershipSchema.parse({ partnerId: 'gone', partnerName: 'Ancienne épicerie', updatedAt: 1 })]);
const names = (list: typeof rows) => list.map((r) => r.partner.nom);

describe('the follow-up board', () => {
  it('names every line, keeping the saved name of a partner gone from the directory', () => {
    expect(rows.map((r) => [r.partner.nom, r.partner.inDirectory])).toEqual([
      ['Mission Locale', true], ['CCAS de Sète', true], ['ADIL 34', true], ['Ancienne épicerie', false],
    ]);
  });

  it('sorts by any column, both ways, ties by date then name', () => {
    expect(names(sortRows(rows, 'date'))).toEqual(['Mission Locale', 'Ancienne épicerie', 'CCAS de Sète', 'ADIL 34']);
    expect(names(sortRows(rows, 'name'))).toEqual(['ADIL 34', 'Ancienne épicerie', 'CCAS de Sète', 'Mission Locale']);
    expect(names(sortRows(rows, 'name', true))).toEqual(['Mission Locale', 'CCAS de Sète', 'Ancienne épicerie', 'ADIL 34']);
    expect(names(sortRows(rows, 'commune'))).toEqual(['ADIL 34', 'Mission Locale', 'CCAS de Sète', 'Ancienne épicerie']);
    expect(names(sortRows(rows, 'kind'))).toEqual(['CCAS de Sète', 'Mission Locale', 'Ancienne épicerie', 'ADIL 34']);
  });

  it('lists a partner once, with every action due for it, the most urgent first', () => {
    const twice = boardRows([...items, { partnerId: 'ccas', kind: 'never-contacted', date: null }], partners, []);
    const lines = onePerPartner(sortRows(twice, 'date'));
    expect(lines.map((line) => [line.partner.nom, line.kinds])).toEqual([
      ['Mission Locale', ['relance']], ['gone', ['relance']], ['CCAS de Sète', ['convention-end', 'never-contacted']], ['ADIL 34', ['never-contacted']],
    ]);
  });

  it('filters by need and by commune, offering only the values present', () => {
    expect(filterChoices(rows)).toEqual({ communes: ['Montpellier', 'Sète'], categories: ['choisir-un-metier', 'logement-hebergement'] });
    expect(names(filterRows(rows, { category: 'logement-hebergement' }))).toEqual(['CCAS de Sète', 'ADIL 34']);
    expect(names(filterRows(rows, { category: 'logement-hebergement', commune: 'Sète' }))).toEqual(['CCAS de Sète']);
    expect(names(filterRows(rows, {}))).toHaveLength(4);
  });
});
