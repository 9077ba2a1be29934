import { readFileSync } from 'node:fs';
import english from '../../lib/taxonomy/data-inclusion/labels-en.json';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber, t, tn, uiLocale } from '../../lib/i18n';
import { translateFrench } from '../../lib/i18n-french';
import { freshnessOf } from '../../lib/freshness';
import { CSV_COLUMNS, parseDirectoryFile, describeProblem } from '../../lib/import';
import { DATA_INCLUSION_ATTRIBUTION, CATEGORIES, FRAIS, MODES_ACCUEIL, MODES_MOBILISATION, PERSONNES_MOBILISATRICES, PUBLICS, THEMATIQUES, TYPES_DE_SERVICES, displayLabel, labelOf, type TaxonomyEntry, type TaxonomyKind } from '../../lib/taxonomy';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Catalogue;

/** The browser's i18n API with the English catalogue, as Chrome gives it to an English-speaking counsellor. */
function speakEnglish() {
  (globalThis as { browser?: unknown }).browser = {
    i18n: {
      getMessage(key: string, subs: string[] = []) {
        const entry = en[key];
        if (!entry) return '';
        return entry.message
          .replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole)
          .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
      },
    },
  };
}
afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('plurals (Intl.PluralRules in the interface language)', () => {
  it.each([
    [0, '0 partenaire prêt à importer'],
    [1, '1 partenaire prêt à importer'],
    [2, '2 partenaires prêts à importer'],
    [12345, '12 345 partenaires prêts à importer'],
  ])('French: %i -> %s', (count, text) => {
    expect(tn(count, 'importReadyOne', 'importReadyOther').replace(/\u202f/g, ' ')).toBe(text);
  });

  it.each([
    [0, '0 partners ready to import'],
    [1, '1 partner ready to import'],
    [12345, '12,345 partners ready to import'],
  ])('English: %i -> %s', (count, text) => {
    speakEnglish();
    expect(tn(count, 'importReadyOne', 'importReadyOther')).toBe(text);
  });
});

describe('one date format, in the interface language', () => {
  const day = new Date(2026, 2, 12);
  it('French by default, English when the browser speaks English', () => {
    expect(uiLocale()).toBe('fr-FR');
    expect(formatDate(day)).toBe('12 mars 2026');
    expect(freshnessOf('2026-03-12', new Date(2026, 10, 22)).date).toBe('12 mars 2026');
    speakEnglish();
    expect(uiLocale()).toBe('en-GB');
    expect(formatDate(day)).toBe('12 March 2026');
    expect(formatNumber(1234)).toBe('1,234');
    expect(freshnessOf('2026-03-12', new Date(2026, 10, 22))).toMatchObject({ date: '12 March 2026', age: '8 months ago' });
    expect(freshnessOf('2026-11-21', new Date(2026, 10, 22, 10)).age).toBe('yesterday');
    expect(freshnessOf('2025-06-01', new Date(2026, 10, 22)).age).toBe('over a year ago');
  });
});

describe('import problems', () => {
  const csv = 'nom;courriel;frais;thematiques\nCCAS de Sète;pas-un-courriel;gratuite;mobilite--preparer-un-permis\n;a@b.fr;;\n';

  it('lead with the problem and list the accepted values of a short list', () => {
    const { problems } = parseDirectoryFile(utf8(csv), 'equipe.csv');
    const texts = problems.map((p) => describeProblem(p));
    expect(texts).toContainEqual('Ligne 2 · « CCAS de Sète » — Champ « Frais » ignoré, le reste est gardé : valeur inconnue de la liste des frais ; valeurs acceptées : gratuit, payant');
    expect(texts).toContainEqual('Ligne 3 — Structure non importée : champ obligatoire « Nom » vide ou absent');
  });

  it('carry a message key, so that every one renders in English', () => {
    const files = [
      ['a.csv', csv],
      ['b.csv', 'foo;bar\n1;2\n'],
      ['c.json', '{"structures": [1, {"id": "x", "nom": "ab"}], "services": [{"id": "s", "structure_id": "nowhere", "nom": "Aide"}]}'],
      ['d.json', '{ "structures": [ '],
      ['e.json', '[]'],
      ['f.pdf', '%PDF-1.7'],
    ] as const;
    const problems = files.flatMap(([name, text]) => parseDirectoryFile(utf8(text), name).problems);
    expect(problems.length).toBeGreaterThan(8);
    for (const problem of problems) expect(problem.key, problem.message).toBeTruthy();
    speakEnglish();
    const english = problems.map((p) => describeProblem(p, true));
    expect(english).toContainEqual('Line 2 · “CCAS de Sète” — Field “Fees” ignored, the rest is kept: unknown value in the list of fees; accepted values: gratuit, payant');
    expect(english).toContainEqual('Line 3 — Structure not imported: required field “Name” empty or missing');
    expect(english).toContainEqual('Line 2 · “CCAS de Sète” — Field “E-mail address” ignored, the rest is kept: is not a valid e-mail address');
    for (const text of english) expect(text, text).not.toMatch(/ignorée?|rejetée?|Ligne|obligatoire|doit |n’est pas| : /);
  });

  it('translates the validation reasons the catalogue holds, and keeps other text', () => {
    speakEnglish();
    expect(translateFrench('doit comporter 5 chiffres')).toBe('must have 5 digits');
    expect(translateFrench('Mission Locale de Sète')).toBe('Mission Locale de Sète');
    expect(t('reasonEmpty')).toBe('must not be empty');
  });
});

describe('data·inclusion labels', () => {
  const lists: [TaxonomyKind, readonly TaxonomyEntry[]][] = [
    ['categorie', CATEGORIES], ['thematique', THEMATIQUES], ['public', PUBLICS], ['type', TYPES_DE_SERVICES],
    ['frais', FRAIS], ['modeAccueil', MODES_ACCUEIL], ['modeMobilisation', MODES_MOBILISATION], ['personneMobilisatrice', PERSONNES_MOBILISATRICES],
  ];

  it('show the official French label by default and an English one for every value in English', () => {
    expect(displayLabel('public', 'jeunes')).toBe('Jeunes');
    speakEnglish();
    expect(displayLabel('public', 'jeunes')).toBe('Young people');
    for (const [kind, list] of lists) {
      for (const entry of list) expect(displayLabel(kind, entry.value), `${kind} ${entry.value}`).toBe((english as Record<string, Record<string, string>>)[kind][entry.value]);
    }
    expect(displayLabel('thematique', 'mobilite--preparer-un-permis')).toBe('Preparing a driving licence');
    // The value stored and searched is still the official French label.
    expect(labelOf('public', 'jeunes')).toBe('Jeunes');
  });
});

describe('texts lib/ keeps in French', () => {
  it('are in the catalogue, so the page shows them in English', () => {
    speakEnglish();
    for (const column of CSV_COLUMNS) expect(translateFrench(column.help), column.column).not.toBe(column.help);
    expect(t('aboutAttribution')).toMatch(/^data·inclusion reference lists/);
    delete (globalThis as { browser?: unknown }).browser;
    expect(t('aboutAttribution')).toBe(DATA_INCLUSION_ATTRIBUTION);
  });
});
