import type { Partner, Settings } from '../schema';
import type { RepereDB } from '../db/database';
import { listFavourites } from '../db/favourites';
import { listGroups, setGroups } from '../db/favourite-groups';
import { listOwnPartners, putOwnPartners, OWN_SOURCE_ID } from '../db/own-partners';
import { bumpDirectoryVersion } from '../db/directory-store';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** Everything the counsellor owns, as one versioned object ready for JSON. */
export async function exportBackup(db: RepereDB, settings: Settings, now = new Date()): Promise<Backup> {
  const [favourites, groups, notes, contacts, own, partnerships, contactLog, groupSplits] = await Promise.all([
    listFavourites(db),
    listGroups(db),
    db.notes.orderBy('updatedAt').toArray(),
    db.contacts.toArray(),
    listOwnPartners(db),
    db.partnerships.toArray(),
    db.contactLog.orderBy('date').toArray(),
    db.groupSplits.toArray(),
  ]);
  const ownPartners: Partner[] = own.map(({ origin: _origin, categories: _categories, ...partner }) => partner);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    favourites,
    groups,
    notes,
    contacts,
    ownPartners,
    settings,
    partnerships,
    contactLog,
    groupSplits,
  };
}

export function backupFileName(now = new Date()): string {
  return `repere-sauvegarde-${now.toISOString().slice(0, 10)}.json`;
}

export interface Change {
  added: number;
  replaced: number;
}

export interface RestorePreview {
  favourites: Change;
  groups: Change;
  notes: Change;
  contacts: Change;
  ownPartners: Change;
  partnerships: Change;
  contactLog: Change;
  /** Whether the backup's territory will replace the current one. */
  territory: boolean;
}

function change(existing: ReadonlySet<string>, incoming: readonly string[]): Change {
  const replaced = incoming.filter((id) => existing.has(id)).length;
  return { added: incoming.length - replaced, replaced };
}

/** What a restore would add and replace; nothing is written. Restoring merges: nothing is deleted. */
export async function previewRestore(db: RepereDB, backup: Backup): Promise<RestorePreview> {
  const [favourites, groups, notes, contacts, own, partnerships, contactLog] = await Promise.all([
    db.favourites.toCollection().primaryKeys(),
    listGroups(db),
    db.notes.toCollection().primaryKeys(),
    db.contacts.toCollection().primaryKeys(),
    listOwnPartners(db),
    db.partnerships.toCollection().primaryKeys(),
    db.contactLog.toCollection().primaryKeys(),
  ]);
  return {
    favourites: change(new Set(favourites), backup.favourites.map((f) => f.partnerId)),
    groups: change(new Set(groups), backup.groups),
    notes: change(new Set(notes), backup.notes.map((n) => n.id)),
    contacts: change(new Set(contacts), backup.contacts.map((c) => c.id)),
    ownPartners: change(new Set(own.map((p) => p.id)), backup.ownPartners.map((p) => asOwnPartner(p).id)),
    partnerships: change(new Set(partnerships), backup.partnerships.map((p) => p.partnerId)),
    contactLog: change(new Set(contactLog), backup.contactLog.map((e) => e.id)),
    territory: backup.settings.territory.length > 0,
  };
}

/**
 * An own partner from a backup keeps an id of the counsellor's own (`own--…`): one carrying a
 * directory record's id would otherwise take that record's place silently (issue 23). It stays
 * the counsellor's own partner, a separate card.
 */
export function asOwnPartner(partner: Partner): Partner {
  if (partner.id.startsWith('own--')) return partner;
  const id = `own--${partner.id}`;
  return { ...partner, id, services: partner.services.map((s) => ({ ...s, structure_id: id, id: `${id}--${s.id}` })) };
}

/**
 * Writes a validated backup in one IndexedDB transaction: records with the same key are replaced,
 * others added, nothing deleted. Returns the settings to store when the backup carries a territory.
 */
export async function applyRestore(db: RepereDB, backup: Backup, now = Date.now()): Promise<Settings | undefined> {
  await db.transaction('rw', [db.favourites, db.meta, db.notes, db.contacts, db.partners, db.sources, db.partnerships, db.contactLog, db.groupSplits], async () => {
    const current = await listFavourites(db);
    const incoming = new Map(backup.favourites.map((f) => [f.partnerId, f]));
    const merged = [...backup.favourites, ...current.filter((f) => !incoming.has(f.partnerId))]
      .sort((a, b) => a.order - b.order || a.addedAt - b.addedAt)
      .map((f, i) => ({ ...f, order: i + 1 }));
    await db.favourites.bulkPut(merged);
    const groups = await listGroups(db);
    await setGroups(db, [...backup.groups, ...groups.filter((g) => !backup.groups.includes(g))]);
    await db.notes.bulkPut(backup.notes);
    await db.contacts.bulkPut(backup.contacts);
    await db.partnerships.bulkPut(backup.partnerships);
    await db.contactLog.bulkPut(backup.contactLog);
    if (backup.ownPartners.length > 0) await putOwnPartners(db, backup.ownPartners.map(asOwnPartner), now);
    if (backup.groupSplits.length > 0) {
      await db.groupSplits.bulkPut(backup.groupSplits);
      await bumpDirectoryVersion(db);
    }
  });
  return backup.settings.territory.length > 0 ? backup.settings : undefined;
}

/**
 * Erases everything the counsellor owns in the database (favourites, groups, notes, contacts, own
 * partners, follow-up and contact log, split cards); the options page also clears the territory
 * and the enabled case-management sites (WipeDataSection).
 */
export async function wipeUserData(db: RepereDB): Promise<void> {
  await db.transaction('rw', [db.favourites, db.meta, db.notes, db.contacts, db.partners, db.sources, db.partnerships, db.contactLog, db.groupSplits], async () => {
    await db.favourites.clear();
    await db.partnerships.clear();
    await db.contactLog.clear();
    await db.groupSplits.clear();
    await setGroups(db, []);
    await db.notes.clear();
    await db.contacts.clear();
    await db.partners.where('origin').equals(OWN_SOURCE_ID).delete();
    await db.sources.delete(OWN_SOURCE_ID);
    await bumpDirectoryVersion(db);
  });
}
