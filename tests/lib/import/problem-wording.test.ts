import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeProblem, parseDirectoryFile } from '../../../lib/import';
import { serviceShape, structureShape } from '../../../lib/schema';
import { fieldLabel } from '../../../lib/schema/field-labels';
import { service, structure } from '../../fixtures/records';

// Issue 21: the directory import preview showed record slugs (« mission-locale-de-sete--34200 »),
// data·inclusion field names (courriel, site_web, date_maj, id) and nested parentheses, and its
// first (file-level) remark had no line.

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = JSON.parse(readFileSync(join(__dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Catalogue;

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

/** The team spreadsheet of the issue: no id column, so each row's id is a slug of its name and postcode. */
const teamCsv = [
  'Nom;E-mail;Site web;Code postal;Ville;Thématiques;Horaires;Frais;Remarque',
  'Mission Locale de Sète;pas-un-courriel;ftp://ml.example;34200;Sète;mobilite--preparer-un-permis;;gratuite;x',
  ';a@b.fr;;;;;;;',
  'CCAS de Sète;;;34200;Sète;pas-une-thematique;;;',
  'Mission Locale de Sète;;;34200;Sète;;;;',
].join('\n');

/** Deepest nesting of parentheses in a text. */
function parenthesisDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    if (char === ')') depth--;
  }
  return deepest;
}

const FIELD_NAMES = [...new Set([...Object.keys(structureShape), ...Object.keys(serviceShape)])];

function expectReadable(texts: string[], wholeFile: RegExp, line: RegExp, slugs: string[]) {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    for (const slug of slugs) expect(text, text).not.toContain(slug);
    // No field name as data·inclusion spells it, quoted or in the « where » part.
    for (const field of FIELD_NAMES) {
      if (fieldLabel(field) === field) continue;
      expect(text, text).not.toMatch(new RegExp(`[«“] ?${field} ?[»”]|· ${field} —`));
    }
    expect(parenthesisDepth(text), text).toBeLessThanOrEqual(1);
    expect(text, text).toMatch(new RegExp(`^(?:${line.source}|${wholeFile.source})`));
  }
}

describe('import problems as the preview lists them', () => {
  it('name the structure by its name and commune, the field by its French label, without nested parentheses', () => {
    const result = parseDirectoryFile(utf8(teamCsv), 'equipe.csv', { today: '2026-12-06' });
    const slugs = result.problems.map((p) => p.recordId).filter((id): id is string => Boolean(id));
    expect(slugs).toContain('mission-locale-de-sete--34200');
    const texts = result.problems.map((p) => describeProblem(p));
    expectReadable(texts, /Fichier entier — /, /Ligne \d+ (?:· |— )/, slugs);
    expect(texts).toContain('Ligne 2 · « Mission Locale de Sète », Sète — Champ « Adresse e-mail » ignoré, le reste est gardé : n’est pas une adresse e-mail valide');
    expect(texts).toContain('Ligne 2 · « Mission Locale de Sète », Sète — Champ « Site web » ignoré, le reste est gardé : doit être une adresse web commençant par http:// ou https://');
    expect(texts).toContain('Ligne 3 — Structure non importée : champ obligatoire « Nom » vide ou absent');
    expect(texts).toContain('Ligne 4 · « CCAS de Sète », Sète — Valeur « pas-une-thematique » ignorée dans « Thématiques », le reste est gardé : valeur inconnue de la liste des thématiques, voir le référentiel data·inclusion');
    expect(texts).toContain('Ligne 5 · « Mission Locale de Sète », Sète — Structure non importée : même identifiant que « Mission Locale de Sète », plus haut dans le fichier, qui est gardée');
    // The file's first remarks, about its headings, point at the heading line.
    expect(texts[0]).toBe('Ligne 1 — Colonne « Remarque » (n° 9) inconnue : ignorée');
    expect(texts).toContain('Ligne 1 — Pas de colonne « Date de mise à jour » : la date de l’import, 2026-12-06, est utilisée pour chaque partenaire');
  });

  it('say the same in English, with the labels and dates of the interface', () => {
    const result = parseDirectoryFile(utf8(teamCsv), 'equipe.csv', { today: '2026-12-06' });
    const slugs = result.problems.map((p) => p.recordId).filter((id): id is string => Boolean(id));
    speakEnglish();
    const texts = result.problems.map((p) => describeProblem(p, true));
    expectReadable(texts, /Whole file — /, /Line \d+ (?:· |— )/, slugs);
    expect(texts).toContain('Line 2 · “Mission Locale de Sète”, Sète — Field “E-mail address” ignored, the rest is kept: is not a valid e-mail address');
    expect(texts).toContain('Line 3 — Structure not imported: required field “Name” empty or missing');
    expect(texts).toContain('Line 1 — No “Update date” column: the import date, 6 December 2026, is used for every partner');
  });

  it('a remark about the whole file says so; a data·inclusion file names structures and their services, never their ids', () => {
    const onlyServices = parseDirectoryFile(utf8(JSON.stringify({ services: [service()] })), 'services.json');
    expect(describeProblem(onlyServices.problems[0])).toMatch(/^Fichier entier — Seuls des services/);
    speakEnglish();
    expect(describeProblem(onlyServices.problems[0], true)).toMatch(/^Whole file — Only services were found/);
    delete (globalThis as { browser?: unknown }).browser;

    const json = JSON.stringify({
      structures: [
        structure({ id: 'di--a1b2c3', nom: 'Restos du Cœur de Lunel', commune: 'Lunel', date_maj: '2099-12-31' }),
        structure({ id: 'di--d4e5f6', nom: 'CCAS de Lunel', commune: 'Lunel', code_insee: '3' }),
      ],
      services: [
        service({ id: 'di--s1', structure_id: 'di--d4e5f6', nom: 'Aide alimentaire', publics: ['tous-publics', 'jeunes'] }),
        service({ id: 'di--s2', structure_id: 'di--nowhere', nom: 'Épicerie' }),
      ],
    }, null, 1);
    const texts = parseDirectoryFile(utf8(json), 'annuaire.json', { today: '2026-12-06' }).problems.map((p) => describeProblem(p));
    expectReadable(texts, /Fichier entier — /, /Ligne \d+ (?:· |— )/, ['di--a1b2c3', 'di--d4e5f6', 'di--s1', 'di--s2']);
    expect(texts).toContainEqual(expect.stringMatching(/^Ligne \d+ · « Restos du Cœur de Lunel », Lunel — Structure non importée : date de mise à jour dans le futur, 2099-12-31$/));
    expect(texts).toContainEqual(expect.stringMatching(/^Ligne \d+ · « CCAS de Lunel », Lunel — Champ « Code INSEE » ignoré/));
    expect(texts).toContainEqual(expect.stringMatching(/^Ligne \d+ · « CCAS de Lunel », Lunel · service « Aide alimentaire » — « Tous publics » retiré des publics/));
    // The missing structure is named by the only thing the file gives: the id the service points to.
    expect(texts).toContainEqual(expect.stringMatching(/^Ligne \d+ · service « Épicerie » — Service non importé : sa structure, d’identifiant « di--nowhere », n’est pas dans le fichier$/));
  });
});
