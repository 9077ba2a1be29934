import { describe, expect, it } from 'vitest';
import { backupTooBig, BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from '../../lib/backup';
import { translateFrench } from '../../lib/i18n-french';
import { FRENCH_MARKS, speakEnglishInEachTest } from '../support/english-catalogue';

// The restore worker has no browser i18n: it writes French from the catalogue, and the options
// page shows it in the interface's language (BackupSection, translateFrench).
speakEnglishInEachTest();

const empty = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-12-06T20:00:00.000Z', favourites: [], groups: [], notes: [], contacts: [], ownPartners: [], groupSplits: [], partnerships: [], contactLog: [], settings: { territory: [] } };
const refusal = (text: string) => translateFrench(parseBackup(text).error ?? '');

describe('a refused backup, on an English page', () => {
  it('says what is wrong and where in English', () => {
    const note = { id: 'n1', partnerId: 'ml', text: 'Rappeler', createdAt: 1, updatedAt: 1 };
    const cases: [string, string][] = [
      ['{"format":"repere-backup",', 'The file is not readable JSON: it stops before the end (incomplete or truncated file?).'],
      ['{"format":"repere-backup",\n  "version": 3,\n  x}', 'The file is not readable JSON: unexpected character at line 3, column 3.'],
      ['[1,2]', 'This file is not a Repère backup (“repere-backup” mark missing).'],
      [JSON.stringify({ ...empty, version: 9 }), 'This backup comes from a newer version of Repère (format 9): update the extension.'],
      [JSON.stringify({ ...empty, groups: 'none' }), 'Invalid backup — groups: must be a list, not the text “none”.'],
      [JSON.stringify({ ...empty, groups: undefined }), 'Invalid backup — groups: is missing.'],
      [JSON.stringify({ ...empty, notes: [{ ...note, text: 42 }] }), 'Invalid backup — notes no. 1, field “text”: must be text, not the number 42.'],
      [JSON.stringify({ ...empty, notes: [note, note] }), 'Invalid backup — two notes have the identifier “n1”.'],
    ];
    for (const [text, english] of cases) expect(refusal(text), text).toBe(english);
  });

  it('refuses a file too big to be a backup, in English', () => {
    const text = backupTooBig(1024 * 1024 * 1024);
    expect(text).toBe('The file weighs 1,024 MB: a Repère backup is far smaller (limit 50 MB). It was not read; choose the file repere-sauvegarde-….json.');
    expect(text.replace('Repère', '')).not.toMatch(FRENCH_MARKS);
  });
});
