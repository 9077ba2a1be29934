import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../../support/fresh-db';
import { parseDataInclusion } from '../../../lib/directory';
import { RepereDB, SCHEMA_VERSIONS, replaceSourcePartners, removeSource, toggleFavourite } from '../../../lib/db';
import { dueItems, getPartnership, loadFollowUpData, logContact, logOf, savePartnership } from '../../../lib/partnership';
import { service, structure } from '../../fixtures/records';
import { reasonText } from '../../../lib/schema/reason';

/** A problem as the card form shows it: its reason (a catalogue key) through t(). */
const shown = (problem?: { field: string; message: string }) => problem && { ...problem, message: reasonText(problem.message) };

let db: RepereDB;
beforeEach(() => {
  db = openFreshDb('repere-partnership');
});
afterEach(() => dropDb(db));

describe('partnership store', () => {
  it('adds version 4 with two new tables and leaves the older versions as they were', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version).slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(SCHEMA_VERSIONS[3].stores)).toEqual(['partnerships', 'contactLog']);
  });

  it('saves a convention, refusing a wrong field with a French message naming it, and keeps the rest on a partial save', async () => {
    const bad = await savePartnership(db, { partnerId: 'ccas', status: 'convention', convention: { debut: '2026-06-01', fin: '2026-01-01' } });
    expect(shown(bad.problem)).toEqual({ field: 'convention.fin', message: 'la date de fin précède la date de début' });
    expect(await getPartnership(db, 'ccas')).toBeUndefined();
    expect(shown((await savePartnership(db, { partnerId: 'ccas', relanceMonths: 0 })).problem)).toEqual({ field: 'relanceMonths', message: 'doit être d’au moins 1 mois' });

    await savePartnership(db, { partnerId: 'ccas', partnerName: 'CCAS', status: 'convention', convention: { objet: 'Accueil', fin: '2026-12-31' } }, 10);
    await savePartnership(db, { partnerId: 'ccas', relanceMonths: 3 }, 11);
    expect(await getPartnership(db, 'ccas')).toMatchObject({ status: 'convention', relanceMonths: 3, partnerName: 'CCAS', convention: { objet: 'Accueil', fin: '2026-12-31', debut: null }, updatedAt: 11 });
  });

  it('logs contacts newest first; the first one starts the relance clock of a partner without status', async () => {
    expect((await logContact(db, { partnerId: 'ml', date: '2026-02-30', kind: 'appel' })).problem?.field).toBe('date');
    expect(shown((await logContact(db, { partnerId: 'ml', date: '2026-03-01', kind: 'bilan' })).problem)).toEqual({ field: 'bilan', message: 'un bilan doit porter une décision' });
    await logContact(db, { partnerId: 'ml', date: '2026-03-01', kind: 'appel', note: 'Premier appel' }, { partnerName: 'Mission Locale', now: 1 });
    await logContact(db, { partnerId: 'ml', date: '2026-05-01', kind: 'bilan', bilan: { worked: 'Les permanences', decision: 'renouveler' } }, { now: 2 });
    expect((await logOf(db, 'ml')).map((e) => [e.date, e.kind])).toEqual([['2026-05-01', 'bilan'], ['2026-03-01', 'appel']]);
    expect(await getPartnership(db, 'ml')).toMatchObject({ status: 'contact', partnerName: 'Mission Locale', relanceMonths: 6 });
  });

  it('keeps every follow-up field through a directory refresh and the removal of the source', async () => {
    const partners = parseDataInclusion({ structures: [structure({ id: 'ccas' })], services: [service()] }).partners;
    const source = { id: 'team', kind: 'file' as const, label: 'Annuaire', priority: 0 };
    await replaceSourcePartners(db, source, partners);
    await toggleFavourite(db, 'ccas');
    await savePartnership(db, { partnerId: 'ccas', status: 'convention', nextContact: '2026-12-01', convention: { fin: '2026-12-31', planAction: 'Permanence\nmensuelle' } }, 5);
    await logContact(db, { partnerId: 'ccas', date: '2026-11-01', kind: 'rencontre', note: 'Visite' }, { now: 6 });
    const before = await loadFollowUpData(db);
    await replaceSourcePartners(db, source, partners);
    await replaceSourcePartners(db, source, []);
    await removeSource(db, 'team');
    expect(await loadFollowUpData(db)).toEqual(before);
    expect(dueItems(before, '2026-12-02').map((i) => i.kind)).toEqual(['next-contact', 'convention-end']);
  });
});
