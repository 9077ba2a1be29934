import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import { parseDataInclusion } from '../../lib/directory';
import {
  RepereDB,
  contactsOf,
  getGroupedPartner,
  isFavourite,
  listFavourites,
  listGroupSplits,
  notesOf,
  readSearchSnapshot,
  refreshSearchSnapshot,
  replaceSourcePartners,
  saveContact,
  saveNote,
  splitFromGroup,
  toggleFavourite,
} from '../../lib/db';
import { restoreSnapshot } from '../../lib/search';
import { applyRestore, exportBackup, parseBackup, wipeUserData } from '../../lib/backup';
import { structure } from '../fixtures/records';

let db: RepereDB;
beforeEach(() => {
  db = openFreshDb('repere-groups');
});
afterEach(() => dropDb(db));

/** One CCAS as three sources publish it. */
function record(source: string, id: string, extra: Record<string, unknown> = {}) {
  const { partners } = parseDataInclusion({
    structures: [
      structure({
        source,
        id,
        nom: 'CCAS de Tourcoing',
        reseaux_porteurs: null,
        commune: 'Tourcoing',
        code_postal: '59200',
        code_insee: '59599',
        adresse: '26 rue de Lille',
        telephone: null,
        courriel: null,
        site_web: null,
        horaires_accueil: null,
        description: null,
        ...extra,
      }),
    ],
  });
  return partners;
}

async function loadThreeSources(dates: [string, string, string] = ['2024-01-10', '2025-03-02', '2023-06-01']) {
  await replaceSourcePartners(db, { id: 'dora', kind: 'file', label: 'DORA', priority: 0 }, record('dora', 'dora-ccas', { date_maj: dates[0], telephone: '03 20 00 00 10' }));
  await replaceSourcePartners(db, { id: 'soliguide', kind: 'file', label: 'Soliguide', priority: 0 }, record('soliguide', 'soliguide-ccas', { date_maj: dates[1], courriel: 'ccas@tourcoing.example' }));
  await replaceSourcePartners(db, { id: 'national', kind: 'file', label: 'data·inclusion', priority: 0 }, record('mes-aides', 'mes-aides-ccas', { date_maj: dates[2], site_web: 'https://ccas.tourcoing.example' }));
  await refreshSearchSnapshot(db);
}

async function search(query: string) {
  const stored = await readSearchSnapshot(db);
  return restoreSnapshot(stored!.snapshot).index.search(query).map((hit) => hit.partner.id);
}

describe('one structure from three sources', () => {
  it('is one search result and one card listing the three sources', async () => {
    await loadThreeSources();
    expect(await search('ccas tourcoing')).toEqual(['dora-ccas']);
    const card = await getGroupedPartner(db, 'dora-ccas');
    // In trust order: the sources in the order they were added (issue 23), not the freshest first.
    expect(card?.group?.members.map((m) => m.source)).toEqual(['dora', 'soliguide', 'mes-aides']);
    expect(card?.telephone).toBe('03 20 00 00 10');
    expect(card?.courriel).toBe('ccas@tourcoing.example');
    expect(card?.site_web).toBe('https://ccas.tourcoing.example');
    // Opened by any member's id, the card is the group's.
    expect((await getGroupedPartner(db, 'mes-aides-ccas'))?.id).toBe('dora-ccas');
  });

  it('keeps a star, a note and a contact on any member with the group, through a refresh', async () => {
    await loadThreeSources();
    await toggleFavourite(db, 'soliguide-ccas');
    await saveNote(db, { partnerId: 'mes-aides-ccas', text: 'Demander Mme Roussel à l’accueil' });
    await saveContact(db, { partnerId: 'soliguide-ccas', name: 'Karim Haddad', role: 'Travailleur social', phone: null, email: null, lastContact: null });
    expect(await isFavourite(db, 'dora-ccas')).toBe(true);
    expect((await notesOf(db, 'dora-ccas')).map((n) => n.text)).toEqual(['Demander Mme Roussel à l’accueil']);
    expect((await contactsOf(db, 'dora-ccas')).map((c) => c.name)).toEqual(['Karim Haddad']);
    // The contact's name finds the group.
    await refreshSearchSnapshot(db);
    expect(await search('haddad')).toEqual(['dora-ccas']);

    // One source refreshed: fresher data, same records.
    await replaceSourcePartners(db, { id: 'soliguide', kind: 'file', label: 'Soliguide', priority: 0 }, record('soliguide', 'soliguide-ccas', { date_maj: '2026-01-05', telephone: '03 20 99 99 99' }));
    await refreshSearchSnapshot(db);
    expect(await isFavourite(db, 'dora-ccas')).toBe(true);
    // The most trusted source's phone stays; the fresher one is shown as another number (issue 23).
    const refreshed = await getGroupedPartner(db, 'dora-ccas');
    expect(refreshed?.telephone).toBe('03 20 00 00 10');
    expect(refreshed?.group?.members.find((m) => m.source === 'soliguide')?.others).toEqual({ telephone: '03 20 99 99 99' });
    expect(await search('ccas tourcoing')).toEqual(['dora-ccas']);

    // Unstarring the group unstars it whichever record held the star.
    expect(await toggleFavourite(db, 'dora-ccas')).toBe(false);
    expect(await listFavourites(db)).toEqual([]);
  });

  it('splits on « Ce ne sont pas les mêmes », keeps the split as user data and loses nothing', async () => {
    await loadThreeSources();
    await toggleFavourite(db, 'soliguide-ccas');
    await saveNote(db, { partnerId: 'dora-ccas', text: 'Permanence le mardi' });
    await splitFromGroup(db, 'soliguide-ccas', ['dora-ccas', 'mes-aides-ccas']);
    expect((await listGroupSplits(db)).map((s) => s.id).sort()).toEqual(['dora-ccas|soliguide-ccas', 'mes-aides-ccas|soliguide-ccas']);
    // Already apart on the card, before the index is rebuilt.
    expect((await getGroupedPartner(db, 'soliguide-ccas'))?.group).toBeUndefined();

    await refreshSearchSnapshot(db);
    expect((await search('ccas tourcoing')).sort()).toEqual(['dora-ccas', 'soliguide-ccas']);
    expect((await getGroupedPartner(db, 'dora-ccas'))?.group?.members.map((m) => m.id)).toEqual(['dora-ccas', 'mes-aides-ccas']);
    // The star stays with the record it was put on; the note with its own.
    expect(await isFavourite(db, 'soliguide-ccas')).toBe(true);
    expect(await isFavourite(db, 'dora-ccas')).toBe(false);
    expect((await notesOf(db, 'dora-ccas')).map((n) => n.text)).toEqual(['Permanence le mardi']);

    // A refresh of every source does not join them again.
    await loadThreeSources(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect((await search('ccas tourcoing')).sort()).toEqual(['dora-ccas', 'soliguide-ccas']);
  });
});

describe('splits in the backup', () => {
  it('are exported, survive a wipe and are restored', async () => {
    await splitFromGroup(db, 'soliguide-ccas', ['dora-ccas'], 7);
    const text = JSON.stringify(await exportBackup(db, { territory: [] }));
    await wipeUserData(db);
    expect(await listGroupSplits(db)).toEqual([]);
    const parsed = parseBackup(text);
    await applyRestore(db, parsed.backup!);
    expect(await listGroupSplits(db)).toEqual([{ id: 'dora-ccas|soliguide-ccas', a: 'soliguide-ccas', b: 'dora-ccas', createdAt: 7 }]);
  });

  it('are optional: a backup written before them still reads, with none', async () => {
    const { groupSplits: _none, ...older } = await exportBackup(db, { territory: [] });
    const parsed = parseBackup(JSON.stringify(older));
    expect(parsed.error).toBeUndefined();
    expect(parsed.backup?.groupSplits).toEqual([]);
  });

  it('are refused with a French message naming where when broken', () => {
    const parsed = parseBackup(JSON.stringify({ format: 'repere-backup', version: 2, exportedAt: '', favourites: [], groups: [], notes: [], contacts: [], ownPartners: [], settings: { territory: [] }, groupSplits: [{ id: 'x', a: '', b: 'y', createdAt: 1 }] }));
    expect(parsed.error).toMatch(/séparations « Ce ne sont pas les mêmes » n° 1, champ « a »/);
  });
});

describe('a merged structure in the search', () => {
  it('is found by the name each source gives it, dotted acronyms included', async () => {
    await replaceSourcePartners(db, { id: 'dora', kind: 'file', label: 'DORA', priority: 0 }, record('dora', 'dora-ccas', { nom: 'Centre communal d’action sociale', siret: '26590599100016' }));
    await replaceSourcePartners(db, { id: 'soliguide', kind: 'file', label: 'Soliguide', priority: 0 }, record('soliguide', 'soliguide-ccas', { nom: 'C.C.A.S. de Tourcoing', siret: '26590599100016' }));
    await replaceSourcePartners(db, { id: 'national', kind: 'file', label: 'data·inclusion', priority: 0 }, record('mes-aides', 'mes-aides-ccas', { nom: 'Action sociale Tourcoing', siret: '26590599100016', date_maj: '2026-02-01' }));
    // A directory where « ccas » is a known word elsewhere: it must match this structure's names.
    await replaceSourcePartners(db, { id: 'other', kind: 'file', label: 'Autre', priority: 0 }, record('dora', 'ccas-roubaix', { nom: 'CCAS de Roubaix', commune: 'Roubaix', code_postal: '59100', adresse: '1 place de la Liberté' }));
    await refreshSearchSnapshot(db);
    expect(await search('ccas tourcoing')).toEqual(['dora-ccas']);
    expect(await search('c.c.a.s. tourcoing')).toEqual(['dora-ccas']);
    expect(await search('centre communal action sociale tourcoing')).toEqual(['dora-ccas']);
  });
});
