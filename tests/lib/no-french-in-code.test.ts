import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Stop 25: sentences written in French straight into lib/ showed French on an English browser.
// Interface text lives in public/_locales; this fails when a new French sentence appears in code.

const root = join(__dirname, '../..');

/** French data, not interface text: vocabularies, reference records, names, what a file's columns mean. */
const FRENCH_DATA = [
  'lib/reference/data/',
  'lib/taxonomy/need-terms/',
  'lib/taxonomy/network-aliases.ts',
  'lib/taxonomy/structure-kinds.ts',
  'lib/taxonomy/data-sources.ts',
  'lib/taxonomy/index.ts', // data·inclusion's attribution, as its licence words it (also in the catalogue)
  'lib/needs/cues.ts',
  'lib/import/columns.ts', // CSV columns' help, French for `npm run validate`, translated by the page (CsvColumnsHelp)
  'lib/import/report.ts', // `npm run validate`'s report, French by design
  'lib/reference/schema.ts', // checks of the reference data, for its authors
  'lib/db/starter.ts', // the starter's stored name; the page names it through t('sourceLabelStarter')
  'lib/partnership/sheet-columns.ts', // the follow-up spreadsheet's French headings and values: the file's format
  'lib/import/subscriptions.ts', // the national source's stored name (« data·inclusion — département 34 »)
  'components/follow-up/HeldLines.tsx', // « » around a value
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** String and template literals (comments left out) that read as a French sentence of three words or more. */
export function frenchSentences(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const match of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const text = (match[1] ?? match[2]).replace(/\$\{[^}]*\}/g, 'X');
    // The product's name is no French sentence (« Repère: policy not applied » is a developer's log).
    if (/[«»]|\p{L}’\p{L}|[éèêàâçùûôîœ]/iu.test(text.replace(/Repère/g, '')) && (text.match(/ /g) ?? []).length >= 2) found.push(text);
  }
  return found;
}

describe('code without French sentences', () => {
  it('finds a French sentence and leaves code and English alone', () => {
    expect(frenchSentences("const a = `Réglage ${key} : ignoré`; // « commentaire »")).toEqual(['Réglage X : ignoré']);
    expect(frenchSentences("t('managedNotList', nameOf(key)); const b = 'Repère: policy not applied';")).toEqual([]);
  });

  it('holds none in lib/ or components/ outside French data', () => {
    const allowed = FRENCH_DATA;
    const leaks = [join(root, 'lib'), join(root, 'components')]
      .flatMap(sourceFiles)
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => !allowed.some((prefix) => file.startsWith(prefix)))
      .flatMap((file) => frenchSentences(readFileSync(join(root, file), 'utf8')).map((text) => `${file}: ${text}`));
    expect(leaks).toEqual([]);
  });
});
