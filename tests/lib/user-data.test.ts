import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import { parseDataInclusion } from '../../lib/directory';
import {
  RepereDB,
  addGroup,
  contactNamesByPartner,
  contactsOf,
  deleteOwnPartner,
  directoryVersion,
  getPartner,
  groupFavourites,
  listFavourites,
  listGroups,
  listOwnPartners,
  loadPartners,
  moveFavourite,
  notesOf,
  placeFavouriteBefore,
  removeGroup,
  removeSource,
  replaceSourcePartners,
  saveContact,
  saveNote,
  saveOwnPartner,
  setFavouriteGroup,
  toggleFavourite,
  OWN_SOURCE_ID,
} from '../../lib/db';
import { OwnContactSchema } from '../../lib/schema';
import { structure } from '../fixtures/records';
import { reasonText } from '../../lib/schema/reason';

/** A problem as the card form shows it: its reason (a catalogue key) through t(). */
const shown = (problem?: { field: string; message: string }) => problem && { ...problem, message: reasonText(problem.message) };

let db: RepereDB;

beforeEach(() => {
  db = openFreshDb('repere-user');
});
afterEach(() => dropDb(db));

describe('notes', () => {
  it('adds, edits and lists a partner’s notes, newest first, and refuses an empty one', async () => {
    const first = await saveNote(db, { partnerId: 'p1', text: 'Demander l’accueil' }, 1);
    await saveNote(db, { partnerId: 'p1', text: 'Appeler avant 10 h' }, 2);
    await saveNote(db, { partnerId: 'p1', id: first.note!.id, text: 'Demander Mme Durand à l’accueil' }, 3);
    expect((await notesOf(db, 'p1')).map((n) => n.text)).toEqual(['Demander Mme Durand à l’accueil', 'Appeler avant 10 h']);
    expect((await notesOf(db, 'p1'))[0]).toMatchObject({ createdAt: 1, updatedAt: 3 });
    expect(shown((await saveNote(db, { partnerId: 'p1', text: '   ' })).problem)).toEqual({ field: 'text', message: 'ne doit pas être vide' });
  });
});

describe('own contacts', () => {
  it('validates each field with a French message naming it', () => {
    const base = { id: 'c', partnerId: 'p', name: 'Samira Benali', updatedAt: 1 };
    expect(OwnContactSchema.parse({ ...base, role: '', phone: ' ', email: '', lastContact: '' })).toMatchObject({ role: null, phone: null, email: null, lastContact: null });
    const bad = OwnContactSchema.safeParse({ ...base, email: 'samira@', lastContact: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], reasonText(i.message)])).toEqual([
      ['email', 'n’est pas une adresse e-mail valide'],
      ['lastContact', 'n’est pas une date réelle'],
    ]);
  });

  it('stores contacts per partner and indexes their names for the search', async () => {
    await saveContact(db, { partnerId: 'ccas', name: 'Samira Benali', role: 'Accueil', phone: '04 67 00 00 01', email: 'sb@ccas.example', lastContact: '2026-05-02' });
    await saveContact(db, { partnerId: 'ccas', name: 'Alain Roux' });
    await saveContact(db, { partnerId: 'ml', name: 'Léa Martin' });
    expect((await contactsOf(db, 'ccas')).map((c) => c.name)).toEqual(['Alain Roux', 'Samira Benali']);
    expect(Object.fromEntries(await contactNamesByPartner(db))).toEqual({ ccas: ['Alain Roux', 'Samira Benali'], ml: ['Léa Martin'] });
    expect(shown((await saveContact(db, { partnerId: 'ml', name: 'X' })).problem)).toEqual({ field: 'name', message: 'doit comporter au moins 2 caractères' });
  });
});

describe('own partners', () => {
  const valid = {
    nom: 'Épicerie solidaire du Barrou',
    commune: 'Sète',
    code_postal: '34200',
    telephone: '04 67 11 22 33',
    courriel: 'contact@epicerie.example',
    service: { nom: 'Aide alimentaire', description: 'Colis et épicerie à petits prix', thematiques: ['equipement-et-alimentation--alimentation'] },
  };

  it('refuses a faulty form, naming every field at fault in French, and stores nothing', async () => {
    const { partner, problems } = await saveOwnPartner(db, { nom: 'Ép', courriel: 'pas-un-mail', code_postal: '342', site_web: 'javascript:alert(1)', service: { nom: 'Aide' } });
    expect(partner).toBeUndefined();
    expect(problems).toEqual([
      { field: 'nom', message: 'doit comporter au moins 3 caractères' },
      { field: 'courriel', message: 'n’est pas une adresse e-mail valide' },
      { field: 'site_web', message: 'doit être une adresse web commençant par http:// ou https://' },
      { field: 'code_postal', message: 'doit comporter 5 chiffres' },
      { field: 'service.description', message: 'est obligatoire' },
    ]);
    expect(await listOwnPartners(db)).toEqual([]);
  });

  it('refuses « 12 » as a phone, in French; takes ten digits, +33 and a short number', async () => {
    const { partner, problems } = await saveOwnPartner(db, { ...valid, telephone: '12' });
    expect(partner).toBeUndefined();
    expect(problems).toEqual([{ field: 'telephone', message: 'n’est pas un numéro de téléphone (10 chiffres comme 04 67 00 00 00, ou un numéro court comme 3949)' }]);
    for (const telephone of ['04 67 11 22 33', '+33 4 67 11 22 33', '3949', '115']) {
      expect((await saveOwnPartner(db, { ...valid, telephone })).problems, telephone).toEqual([]);
    }
  });

  it('creates, edits and deletes an own partner that outranks and survives every import', async () => {
    const { partner } = await saveOwnPartner(db, valid, Date.UTC(2026, 4, 2));
    expect(partner).toMatchObject({ source: 'repere-own', date_maj: '2026-05-02', services: [{ nom: 'Aide alimentaire', structure_id: partner!.id }] });
    expect(await db.sources.get(OWN_SOURCE_ID)).toMatchObject({ kind: 'own', partnerCount: 1 });
    expect((await getPartner(db, partner!.id))?.categories).toEqual(['equipement-et-alimentation']);

    await saveOwnPartner(db, { ...valid, id: partner!.id, nom: 'Épicerie solidaire de l’Île' });
    expect((await loadPartners(db)).map((p) => p.nom)).toEqual(['Épicerie solidaire de l’Île']);

    await expect(replaceSourcePartners(db, { id: OWN_SOURCE_ID, kind: 'own', label: 'x', priority: 0 }, [])).rejects.toThrow(/ne peuvent pas être remplacés/);
    await expect(removeSource(db, OWN_SOURCE_ID)).rejects.toThrow();
    const team = parseDataInclusion({ structures: [structure({ id: partner!.id, nom: 'Version importée' })] }).partners;
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, team);
    expect((await getPartner(db, partner!.id))?.nom).toBe('Épicerie solidaire de l’Île');

    const before = await directoryVersion(db);
    await deleteOwnPartner(db, partner!.id);
    expect(await directoryVersion(db)).toBeGreaterThan(before);
    expect(await listOwnPartners(db)).toEqual([]);
    expect(await db.sources.get(OWN_SOURCE_ID)).toMatchObject({ partnerCount: 0 });
  });
});

describe('favourites: groups and order', () => {
  async function ids() {
    return (await listFavourites(db)).map((f) => `${f.group || '-'}:${f.partnerId}`);
  }

  it('groups, moves within a group with the keyboard and places by drag and drop', async () => {
    for (const [i, id] of ['a', 'b', 'c', 'd'].entries()) await toggleFavourite(db, id, i);
    expect(await addGroup(db, 'Logement')).toEqual({});
    expect(await addGroup(db, ' logement ')).toEqual({ error: 'Le groupe « logement » existe déjà.' });
    expect(await addGroup(db, '')).toEqual({ error: 'Nom du groupe : ne doit pas être vide' });
    await addGroup(db, 'Santé');
    await setFavouriteGroup(db, 'c', 'Logement');
    await setFavouriteGroup(db, 'a', 'Logement');
    expect(await ids()).toEqual(['-:b', '-:d', 'Logement:c', 'Logement:a']);

    await moveFavourite(db, 'a', -1);
    expect(await ids()).toEqual(['-:b', '-:d', 'Logement:a', 'Logement:c']);
    await moveFavourite(db, 'a', -1); // first of its group: stays
    await moveFavourite(db, 'b', 1);
    expect(await ids()).toEqual(['-:d', '-:b', 'Logement:a', 'Logement:c']);

    await placeFavouriteBefore(db, 'd', 'c');
    expect(await ids()).toEqual(['-:b', 'Logement:a', 'Logement:d', 'Logement:c']);

    const grouped = groupFavourites(await listFavourites(db), await listGroups(db), true);
    expect(grouped.map((g) => [g.label, g.favourites.map((f) => f.partnerId)])).toEqual([
      ['Logement', ['a', 'd', 'c']],
      ['Santé', []],
      ['', ['b']],
    ]);
    await removeGroup(db, 'Logement');
    expect(await listGroups(db)).toEqual(['Santé']);
    expect(groupFavourites(await listFavourites(db), await listGroups(db)).map((g) => g.label)).toEqual(['']);
  });

  it('shows a group only a synced favourite still carries', () => {
    const f = (partnerId: string, group: string, order: number) => ({ partnerId, group, order, addedAt: 0 });
    expect(groupFavourites([f('x', 'Mobilité', 2), f('y', '', 1)], []).map((g) => g.label)).toEqual(['Mobilité', '']);
  });
});
