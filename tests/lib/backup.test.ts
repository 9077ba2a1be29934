import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import {
  RepereDB,
  addGroup,
  contactsOf,
  listFavourites,
  listGroups,
  listOwnPartners,
  notesOf,
  saveContact,
  saveNote,
  saveOwnPartner,
  setFavouriteGroup,
  toggleFavourite,
} from '../../lib/db';
import { logContact, logOf, savePartnership } from '../../lib/partnership';
import { applyRestore, backupFileName, exportBackup, parseBackup, previewRestore, wipeUserData, type Backup } from '../../lib/backup';

let db: RepereDB;
const territory = { territory: [{ kind: 'commune' as const, code: '34301', label: 'Sète (34)', codes: [] }] };

beforeEach(() => {
  db = openFreshDb('repere-backup');
});
afterEach(() => dropDb(db));

async function fill() {
  await toggleFavourite(db, 'ml', 1);
  await toggleFavourite(db, 'ccas', 2);
  await addGroup(db, 'Logement');
  await setFavouriteGroup(db, 'ccas', 'Logement');
  await saveNote(db, { partnerId: 'ccas', text: 'Appeler avant 10 h' }, 5);
  await saveContact(db, { partnerId: 'ccas', name: 'Samira Benali', role: 'Accueil', lastContact: '2026-05-02' });
  await saveOwnPartner(db, { nom: 'Épicerie solidaire', commune: 'Sète', code_postal: '34200' }, Date.UTC(2026, 4, 2));
  await savePartnership(db, {
    partnerId: 'ccas',
    partnerName: 'CCAS de Sète',
    status: 'convention',
    relanceMonths: 4,
    convention: { objet: 'Accueil des jeunes sans domicile', debut: '2026-01-01', fin: '2026-12-31', prochainBilan: '2026-06-30' },
  }, 6);
  await logContact(db, { partnerId: 'ccas', date: '2026-04-20', kind: 'reunion', note: 'Comité de suivi : 4 orientations ce trimestre' }, { now: 7 });
}

async function snapshot() {
  return {
    favourites: (await listFavourites(db)).map((f) => [f.partnerId, f.group]),
    groups: await listGroups(db),
    notes: (await notesOf(db, 'ccas')).map((n) => n.text),
    contacts: (await contactsOf(db, 'ccas')).map((c) => [c.name, c.role, c.lastContact]),
    own: (await listOwnPartners(db)).map((p) => [p.nom, p.code_postal]),
    partnerships: (await db.partnerships.toArray()).map((p) => [p.partnerId, p.status, p.relanceMonths, p.convention?.fin ?? null]),
    log: (await logOf(db, 'ccas')).map((e) => [e.date, e.kind, e.note]),
  };
}

describe('backup and restore', () => {
  it('exports everything, survives a wipe and restores it all', async () => {
    await fill();
    const before = await snapshot();
    const backup = await exportBackup(db, territory, new Date('2026-05-03T10:00:00Z'));
    expect(backup).toMatchObject({ format: 'repere-backup', version: 3, exportedAt: '2026-05-03T10:00:00.000Z' });
    expect(backupFileName(new Date('2026-05-03T10:00:00Z'))).toBe('repere-sauvegarde-2026-05-03.json');
    const text = JSON.stringify(backup);

    await wipeUserData(db);
    expect(await snapshot()).toEqual({ favourites: [], groups: [], notes: [], contacts: [], own: [], partnerships: [], log: [] });

    const parsed = parseBackup(text);
    expect(parsed.error).toBeUndefined();
    expect(await previewRestore(db, parsed.backup!)).toEqual({
      favourites: { added: 2, replaced: 0 },
      groups: { added: 1, replaced: 0 },
      notes: { added: 1, replaced: 0 },
      contacts: { added: 1, replaced: 0 },
      ownPartners: { added: 1, replaced: 0 },
      partnerships: { added: 1, replaced: 0 },
      contactLog: { added: 1, replaced: 0 },
      territory: true,
    });
    expect(await applyRestore(db, parsed.backup!)).toEqual(territory);
    expect(await snapshot()).toEqual(before);
  });

  it('merges: replaces records with the same key, keeps the others, and says so in the preview', async () => {
    await fill();
    const backup = parseBackup(JSON.stringify(await exportBackup(db, { territory: [] }))).backup!;
    await toggleFavourite(db, 'cidff', 9);
    await saveNote(db, { partnerId: 'ml', text: 'Nouvelle note' });
    const preview = await previewRestore(db, backup);
    expect(preview).toMatchObject({ favourites: { added: 0, replaced: 2 }, notes: { added: 0, replaced: 1 }, ownPartners: { added: 0, replaced: 1 }, territory: false });
    expect(await applyRestore(db, backup)).toBeUndefined();
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['ml', 'ccas', 'cidff']);
    expect((await notesOf(db, 'ml')).map((n) => n.text)).toEqual(['Nouvelle note']);
  });

  it('refuses a corrupt backup with a French message saying what and where, and changes nothing', async () => {
    await fill();
    const before = await snapshot();
    const good = await exportBackup(db, territory);
    const cases: [string, RegExp][] = [
      // Never the engine's own words (« Unexpected end of JSON input »): what is wrong and where, in French.
      ['{"format":"repere-backup",', /^Le fichier n’est pas un JSON lisible : il s’arrête avant la fin \(fichier incomplet ou tronqué \?\)\.$/],
      ['{"format":"repere-backup",\n  "version": 3,\n  x}', /^Le fichier n’est pas un JSON lisible : caractère inattendu ligne 3, colonne 3\.$/],
      ['[1,2]', /n’est pas une sauvegarde Repère/],
      [JSON.stringify({ ...good, version: 9 }), /version plus récente de Repère \(format 9\)/],
      [JSON.stringify({ ...good, notes: [good.notes[0], { ...good.notes[0], id: 'x', text: '' }] }), /notes n° 2, champ « text » : ne doit pas être vide/],
      [JSON.stringify({ ...good, contacts: [{ ...good.contacts[0], email: 'pas@' }] }), /contacts n° 1, champ « email » : n’est pas une adresse e-mail valide/],
      [JSON.stringify({ ...good, ownPartners: [{ ...good.ownPartners[0], site_web: 'javascript:alert(1)' }] }), /partenaires personnels n° 1, champ « site_web »/],
      [JSON.stringify({ ...good, favourites: [good.favourites[0], good.favourites[0]] }), /favori en double pour le partenaire « ml »/],
      [JSON.stringify({ ...good, groups: undefined }), /groupes : est absent/],
      // Issue 13: a field of the wrong type says what it holds, never « est absent ».
      [JSON.stringify({ ...good, notes: [{ ...good.notes[0], text: 42 }] }), /notes n° 1, champ « text » : doit être du texte, pas le nombre 42/],
      [JSON.stringify({ ...good, groups: 'aucun' }), /groupes : doit être une liste, pas le texte « aucun »/],
      [JSON.stringify({ ...good, notes: [{ ...good.notes[0], text: null }] }), /notes n° 1, champ « text » : doit être du texte, pas null/],
    ];
    for (const [text, message] of cases) {
      const parsed = parseBackup(text);
      expect(parsed.backup).toBeUndefined();
      expect(parsed.error).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('restores a backup written in the older format 1 (favourites and one note per partner)', async () => {
    const v1 = {
      format: 'repere-backup',
      version: 1,
      exportedAt: '2025-11-02T09:00:00.000Z',
      favourites: [
        { partnerId: 'ml', addedAt: 1, order: 1, group: 'Emploi' },
        { partnerId: 'ccas', addedAt: 2, order: 2, group: '' },
      ],
      notes: [
        { partnerId: 'ccas', text: 'Demander l’accueil social', updatedAt: 7 },
        { partnerId: 'ml', text: '  ', updatedAt: 8 },
      ],
    };
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.error).toBeUndefined();
    expect(parsed.fromVersion).toBe(1);
    const backup: Backup = parsed.backup!;
    expect(backup.version).toBe(3);
    await applyRestore(db, backup);
    expect(await snapshot()).toEqual({
      favourites: [['ml', 'Emploi'], ['ccas', '']],
      groups: ['Emploi'],
      notes: ['Demander l’accueil social'],
      contacts: [],
      own: [],
      partnerships: [],
      log: [],
    });
  });

  it('restores a backup written in format 2 (before the partnership follow-up) and keeps the follow-up already here', async () => {
    await fill();
    const v3 = await exportBackup(db, territory);
    const { partnerships: _p, contactLog: _l, ...rest } = v3;
    const v2 = { ...rest, version: 2, notes: [{ ...v3.notes[0], text: 'Note de la sauvegarde' }] };
    const parsed = parseBackup(JSON.stringify(v2));
    expect(parsed.error).toBeUndefined();
    expect(parsed.fromVersion).toBe(2);
    expect(parsed.backup).toMatchObject({ version: 3, partnerships: [], contactLog: [] });
    expect(await previewRestore(db, parsed.backup!)).toMatchObject({ partnerships: { added: 0, replaced: 0 }, contactLog: { added: 0, replaced: 0 } });
    await applyRestore(db, parsed.backup!);
    expect((await notesOf(db, 'ccas')).map((n) => n.text)).toEqual(['Note de la sauvegarde']);
    expect((await snapshot()).partnerships).toEqual([['ccas', 'convention', 4, '2026-12-31']]);
    expect((await snapshot()).log).toEqual([['2026-04-20', 'reunion', 'Comité de suivi : 4 orientations ce trimestre']]);
  });

  it('refuses a format 3 backup whose follow-up is wrong, naming the record and field', async () => {
    await fill();
    const good = await exportBackup(db, territory);
    const cases: [unknown, RegExp][] = [
      [{ ...good, partnerships: [{ ...good.partnerships[0], status: 'ami' }] }, /suivi des partenariats n° 1, champ « status » : statut inconnu/],
      [{ ...good, contactLog: [{ ...good.contactLog[0], date: '31/02/2026' }] }, /journal des contacts n° 1, champ « date » : doit être une date au format AAAA-MM-JJ/],
      [{ ...good, partnerships: [good.partnerships[0], good.partnerships[0]] }, /suivi en double pour le partenaire « ccas »/],
    ];
    for (const [value, message] of cases) expect(parseBackup(JSON.stringify(value)).error).toMatch(message);
  });
});

describe('a restored own partner carrying a directory id (issue 23)', () => {
  it('stays the counsellor’s own partner, separate: the directory record is not overridden', async () => {
    const { replaceSourcePartners, getPartner } = await import('../../lib/db');
    const { parseDataInclusion } = await import('../../lib/directory');
    const { structure } = await import('../fixtures/records');
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe' }, parseDataInclusion({ structures: [structure({ id: 'caf-sete', nom: 'CAF de l’Hérault', telephone: '3230' })] }).partners);
    await saveOwnPartner(db, { nom: 'Épicerie solidaire', commune: 'Sète', code_postal: '34200' }, Date.UTC(2026, 4, 2));
    const backup = await exportBackup(db, territory, new Date('2026-05-03T10:00:00Z'));
    const forged = JSON.stringify({ ...backup, ownPartners: [{ ...backup.ownPartners[0], id: 'caf-sete', nom: 'CAF (faux)', telephone: '08 99 00 00 00' }] });
    await applyRestore(db, parseBackup(forged).backup!);
    expect(await getPartner(db, 'caf-sete')).toMatchObject({ origin: 'team', nom: 'CAF de l’Hérault', telephone: '3230' });
    expect((await listOwnPartners(db)).map((p) => [p.id, p.nom])).toContainEqual(['own--caf-sete', 'CAF (faux)']);
  });
});
