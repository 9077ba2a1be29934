import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirectoryFile, parseDirectoryFiles, summarizeImport, toDataInclusion, csvTemplate } from '../../../lib/import';
import { columnOfHeading } from '../../../lib/import/columns';
import { detectDelimiter } from '../../../lib/import/csv';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const today = '2026-11-22';

describe('CSV as French Excel writes it (Windows-1252, ;, CRLF, French headings)', () => {
  const result = parseDirectoryFile(fixture('excel-fr-1252.csv'), 'excel-fr-1252.csv', { today });

  it('reads every row with its accents', () => {
    expect(result).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', recordCount: 3 });
    expect(result.partners.map((p) => p.nom)).toEqual(['Mission Locale du Bassin de Thau', 'CCAS de Frontignan', 'Épicerie sociale « Le Panier »']);
  });

  it('maps French labels to data·inclusion values and fixes what Excel breaks', () => {
    const [ml, ccas, epicerie] = result.partners;
    expect(ml).toMatchObject({ reseaux_porteurs: ['mission-locale'], commune: 'Sète', telephone: '0467000000', date_maj: '2026-03-12' });
    expect(ml.services[0]).toMatchObject({ thematiques: ['mobilite--preparer-un-permis', 'mobilite--acceder-a-un-vehicule'], publics: ['jeunes'], contact_nom_prenom: 'Samira Benali' });
    expect(ccas.adresse).toBe('Hôtel de ville\r\nplace de l\'Hôtel de ville');
    expect(ccas.reseaux_porteurs).toEqual(['ccas-cias']);
    expect(epicerie.code_postal).toBe('01000');
  });

  it('derives a stable id from name and postcode when the file has none', () => {
    expect(result.partners[0].id).toBe('mission-locale-du-bassin-de-thau--34200');
    const again = parseDirectoryFile(fixture('excel-fr-1252.csv'), 'renamed.csv', { today });
    expect(again.partners.map((p) => p.id)).toEqual(result.partners.map((p) => p.id));
  });

  it('names the line of the row after a multi-line cell, and reports the unknown column', () => {
    const unknownValue = result.problems.find((p) => p.field === 'thematiques' && p.message.includes('Aide alimentaire'));
    expect(unknownValue).toMatchObject({ line: 3, severity: 'corrected' });
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 1, field: 'Remarque' }));
  });
});

describe('other CSV dialects', () => {
  it('LibreOffice: UTF-8, comma, quoted cells, data·inclusion names', () => {
    const result = parseDirectoryFile(fixture('libreoffice-utf8.csv'), 'libreoffice-utf8.csv', { today });
    expect(result).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(result.partners.map((p) => p.id)).toEqual(['lo-1', 'lo-2']);
    expect(result.partners[0].description).toBe('Aide à la gestion du budget, dettes, surendettement.');
    expect(result.problems.filter((p) => p.severity === 'rejected')).toEqual([]);
  });

  it('UTF-8 with BOM, and "Date MAJ" as heading', () => {
    const result = parseDirectoryFile(fixture('excel-utf8-bom.csv'), 'excel-utf8-bom.csv', { today });
    expect(result.partners).toHaveLength(1);
    expect(result.partners[0]).toMatchObject({ nom: 'France services de Mèze', commune: 'Mèze', date_maj: '2026-05-01' });
  });

  it('tab-separated, upper-case headings', () => {
    const result = parseDirectoryFile(fixture('tabs.tsv'), 'tabs.tsv', { today });
    expect(result.delimiter).toBe('\t');
    expect(result.partners[0]).toMatchObject({ nom: 'Garage solidaire Wimoov', code_postal: '34070' });
  });

  it('UTF-16 (Excel "texte Unicode")', () => {
    const text = 'Nom\tCommune\tdate_maj\r\nCIDFF de l’Hérault\tMontpellier\t2026-01-01\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(parseDirectoryFile(bytes, 'export.txt', { today }).partners[0].nom).toBe('CIDFF de l’Hérault');
  });

  it('uses the import date when there is no date column, and says so', () => {
    const result = parseDirectoryFile(utf8('Nom\nCCAS de Sète\n'), 'a.csv', { today });
    expect(result.partners[0].date_maj).toBe(today);
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'date_maj', severity: 'corrected' }));
  });

  it('matches headings whatever the case, accents and spacing', () => {
    for (const heading of ['Code postal', 'CODE_POSTAL', 'code-postal', ' codepostal ', 'CP']) expect(columnOfHeading(heading)?.column).toBe('code_postal');
    for (const heading of ['Téléphone', 'TEL', 'tél.']) expect(columnOfHeading(heading)?.column).toBe('telephone');
    expect(columnOfHeading('Site web')?.column).toBe('site_web');
    expect(columnOfHeading('Courriel')?.column).toBe('courriel');
  });

  it('detects the separator from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b,c;d')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });
});

describe('data·inclusion JSON', () => {
  it('one object with structures and services', () => {
    const result = parseDirectoryFile(fixture('data-inclusion.json'), 'data-inclusion.json');
    expect(result.format).toBe('json');
    expect(result.partners.map((p) => p.id)).toEqual(['di-1', 'di-2']);
    expect(result.partners[0].services.map((s) => s.id)).toEqual(['di-1--cej']);
  });

  it('the two published files chosen together', () => {
    const result = parseDirectoryFiles([
      { name: 'services.json', bytes: fixture('services.json') },
      { name: 'structures.json', bytes: fixture('structures.json') },
    ]);
    expect(result.partners.map((p) => [p.id, p.services.length])).toEqual([['di-1', 1], ['di-2', 0]]);
  });

  it('the services file alone: asks for the structures file', () => {
    const result = parseDirectoryFile(fixture('services.json'), 'services.json');
    expect(result.partners).toEqual([]);
    expect(result.problems.map((p) => p.message).join()).toMatch(/fichier des structures/);
  });

  it('names the line of a bad record in a JSON file', () => {
    const json = [
      '{ "structures": [',
      '  { "source": "s", "id": "a", "nom": "Bonne structure", "date_maj": "2026-01-01" },',
      '  {',
      '    "source": "s", "id": "b", "nom": "Mauvaise date", "date_maj": "hier"',
      '  }',
      '] }',
    ].join('\n');
    const result = parseDirectoryFile(utf8(json), 'x.json');
    expect(result.problems.find((p) => p.recordId === 'b')).toMatchObject({ line: 3, field: 'date_maj', severity: 'rejected' });
  });

  it('an API page ({ items }) is read as structures', () => {
    const result = parseDirectoryFile(utf8(JSON.stringify({ items: [{ source: 's', id: 'a', nom: 'Structure A', date_maj: '2026-01-01' }], total: 1 })), 'page.json');
    expect(result.partners).toHaveLength(1);
  });
});

describe('round trip: template, convert', () => {
  it('the template imports as one valid partner with a service', () => {
    const result = parseDirectoryFile(utf8(csvTemplate()), 'modele.csv', { today });
    expect(result.problems.filter((p) => p.severity)).toEqual([]);
    expect(result.partners).toHaveLength(1);
    expect(result.partners[0].services).toHaveLength(1);
  });

  it('convert writes data·inclusion JSON that imports to the same partners', () => {
    const first = parseDirectoryFile(fixture('excel-fr-1252.csv'), 'excel.csv', { today });
    const json = utf8(JSON.stringify(toDataInclusion(first.partners)));
    const second = parseDirectoryFile(json, 'annuaire.json');
    expect(second.partners).toEqual(first.partners);
    expect(summarizeImport(second)).toMatchObject({ partners: 3, rejected: 0, corrected: 0 });
  });
});
