import Dexie from 'dexie';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { RepereDB, replaceSourcePartners, saveNote, OWN_SOURCE_ID } from '../../lib/db';
import { translateFrench } from '../../lib/i18n-french';
import { parseDirectoryFile } from '../../lib/import';
import { commitImport } from '../../lib/import/commit';
import { reasonText } from '../../lib/schema/reason';
import { FRENCH_MARKS, speakEnglishInEachTest } from '../support/english-catalogue';

// lib/db's refusals on an English browser: through t() in pages and the background, French from
// the catalogue in the import worker (which the page translates), a schema's reason as a key.
speakEnglishInEachTest();

let db: RepereDB | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});
const freshDb = () => (db = new RepereDB(`repere-english-db-${Math.random().toString(36).slice(2)}`));
const ownSource = { id: OWN_SOURCE_ID, kind: 'own' as const, label: 'Mes partenaires', priority: 0 };

describe('lib/db messages, on an English browser', () => {
  it('an import over your own partners is refused in English', async () => {
    await expect(replaceSourcePartners(freshDb(), ownSource, [])).rejects.toThrow(/^Your own partners cannot be replaced by an import\.$/);
  });

  it('the import worker refuses it in French from the catalogue, which the page shows in English', async () => {
    const result = parseDirectoryFile(new TextEncoder().encode('nom;commune;code_postal\nCCAS;Sète;34200\n'), 'team.csv');
    const error = await commitImport(freshDb(), ownSource, result).catch((e: Error) => e);
    expect((error as Error).message).toBe('Vos propres partenaires ne peuvent pas être remplacés par un import.');
    expect(translateFrench((error as Error).message)).toBe('Your own partners cannot be replaced by an import.');
  });

  it('an empty note’s reason reads in English where the card shows it', async () => {
    const { problem } = await saveNote(freshDb(), { partnerId: 'ml', text: '   ' });
    expect(problem?.field).toBe('text');
    expect(reasonText(problem!.message)).toBe('must not be empty');
    expect(FRENCH_MARKS.test(reasonText(problem!.message))).toBe(false);
  });
});
