import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../../lib/directory';
import { parseDirectoryFile } from '../../../lib/import';
import { stripInvisible } from '../../../lib/schema/invisible-characters';
import { service, structure } from '../../fixtures/records';

// « CCAS de Sète » written so that it displays reversed (RLO … PDF), plus zero-width spaces.
const SPOOFED = 'CCAS de \u202eetèS\u202c';
const ZERO_WIDTH = 'Mission\u200b Locale\u2060 de\ufeff Thau';

describe('bidi and zero-width controls are removed at import (issue 13)', () => {
  it('strips every bidi override, isolate, mark and zero-width character', () => {
    expect(stripInvisible('a\u202ab\u202bc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl\u200bm\u200cn\u200do\u2060p\ufeffq\u00adr')).toEqual({ text: 'abcdefghijklmnopqr', changed: true });
    expect(stripInvisible('Épicerie « Le Panier » – 04 67')).toEqual({ text: 'Épicerie « Le Panier » – 04 67', changed: false });
  });

  it('cleans structure and service text fields and reports each as a corrected value', () => {
    const result = parseDataInclusion({
      structures: [structure({ id: 's1', nom: SPOOFED, commune: ZERO_WIDTH })],
      services: [service({ id: 'v1', structure_id: 's1', nom: 'Aide\u200f alimentaire' })],
    });
    expect(result.partners[0].nom).toBe('CCAS de etèS');
    expect(result.partners[0].commune).toBe('Mission Locale de Thau');
    expect(result.partners[0].services[0].nom).toBe('Aide alimentaire');
    const corrected = result.problems.filter((p) => p.severity === 'corrected').map((p) => `${p.recordId}/${p.field}`);
    expect(corrected).toEqual(expect.arrayContaining(['s1/nom', 's1/commune', 'v1/nom']));
    expect(result.problems.find((p) => p.field === 'nom')?.message).toMatch(/^Caractères invisibles retirés de « Nom »/);
  });

  it('a name made only of invisible characters is an empty name: the record is refused', () => {
    const result = parseDataInclusion({ structures: [structure({ id: 's2', nom: '\u202e\u200b' })] });
    expect(result.partners).toEqual([]);
    expect(result.problems.some((p) => p.severity === 'rejected' && p.field === 'nom')).toBe(true);
  });

  it('applies to CSV files too', () => {
    const csv = `Nom;Commune;Code postal;date_maj\r\n${SPOOFED};Sète;34200;2026-10-01\r\n`;
    const result = parseDirectoryFile(new TextEncoder().encode(csv), 'equipe.csv');
    expect(result.partners.map((p) => p.nom)).toEqual(['CCAS de etèS']);
    expect(result.problems.some((p) => p.severity === 'corrected' && /invisibles/.test(p.message))).toBe(true);
  });
});

describe('control and blank characters are removed at import too (issue 23)', () => {
  it.each([
    ['C0 controls', 'CCAS\u0001 de\u001f Sète'],
    ['a Hangul filler', 'CCAS de\u3164 Sète'],
    ['an invisible operator', 'CCAS\u2062 de Sète'],
    ['a grapheme joiner', 'CCAS de\u034f Sète'],
    ['tag characters', 'CCAS de Sète\u{e0001}\u{e0073}\u{e0074}'],
  ])('%s: the name is cleaned and the problem listed', (_what, nom) => {
    const result = parseDataInclusion({ structures: [structure({ id: 's3', nom })] });
    expect(result.partners[0].nom).toBe('CCAS de Sète');
    expect(result.problems.find((p) => p.recordId === 's3' && p.field === 'nom')?.message).toMatch(/^Caractères invisibles retirés de « Nom »/);
  });

  it('keeps the line breaks and tabs of a description', () => {
    expect(stripInvisible('Accueil :\n\tsur rendez-vous')).toEqual({ text: 'Accueil :\n\tsur rendez-vous', changed: false });
  });
});
