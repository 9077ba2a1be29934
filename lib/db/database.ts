import Dexie, { type EntityTable } from 'dexie';
import type { ContactEntry, DirectorySource, Favourite, GroupSplit, Note, OwnContact, Partner, Partnership } from '../schema';
import type { StoredSnapshot } from '../search';
import { DATABASE_NAME } from './search-inputs';

/** A partner as stored: tagged with the directory source it came from and its categories. */
export type StoredPartner = Partner & {
  /** Id of the DirectorySource that brought it. */
  origin: string;
  /** data·inclusion categories served, derived from the services' thematiques (indexed). */
  categories: string[];
};

/** A record that belongs to a group of several (see lib/db/partner-groups.ts). */
export interface PartnerGroupRow {
  memberId: string;
  groupId: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** The search index of one directory version, stored so no page rebuilds it (see search-snapshot.ts). */
export interface StoredSearchSnapshot {
  key: 'directory';
  directoryVersion: number;
  /** Fingerprint of the counsellor's own contacts when it was built (see searchIndexInputs). */
  contactsStamp: string;
  builtAt: number;
  /** An index stored by an older version may still have an older format: it is read, then rebuilt. */
  snapshot: StoredSnapshot;
}

export { DATABASE_NAME };

/**
 * Every schema version ever shipped, oldest first. Never edit or remove an entry: add a new one
 * (with an upgrade function when data must move) so any installed version migrates without loss.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}> = [
  {
    version: 1,
    stores: {
      partners: '[origin+id], id, nom, commune, code_insee, code_postal, *reseaux_porteurs, *categories, origin',
      sources: 'id, kind',
      favourites: 'partnerId, order, group',
      meta: 'key',
    },
  },
  {
    // Issue 5: the counsellor's own notes and named contacts per partner (new tables, nothing moves).
    version: 2,
    stores: {
      notes: 'id, partnerId, updatedAt',
      contacts: 'id, partnerId, name',
    },
  },
  {
    // Issue 3: the search index, persisted per directory version (nothing to migrate: it is
    // rebuilt from the partners whenever missing or stale).
    version: 3,
    stores: { searchIndex: 'key' },
  },
  {
    // Issue 12: the counsellor's partnership follow-up and dated contact log (new tables, nothing moves).
    version: 4,
    stores: {
      partnerships: 'partnerId, status, updatedAt',
      contactLog: 'id, partnerId, date',
    },
  },
  {
    // Issue 15: records of one structure from several sources shown as one. `groupSplits` is user
    // data (« Ce ne sont pas les mêmes »); `partnerGroups` is derived (which record belongs to which
    // group, written with the search index) so a card finds its group's records without a rebuild.
    version: 5,
    stores: { groupSplits: 'id, a, b', partnerGroups: 'memberId, groupId' },
  },
  {
    // Issue 23: `priority` becomes the trust rank the counsellor orders. Sources already there are
    // renumbered with the curated starter first, then the others in their previous order (the order
    // they were added is not known); the counsellor's own partners stay on top.
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      const sources = tx.table('sources');
      const all = (await sources.toArray()) as Array<{ id: string; kind: string; priority?: number; updatedAt: number }>;
      const ordered = all
        .filter((s) => s.kind !== 'own')
        .sort((a, b) => Number(b.kind === 'embedded') - Number(a.kind === 'embedded') || (b.priority ?? 0) - (a.priority ?? 0) || a.updatedAt - b.updatedAt);
      await Promise.all(ordered.map((s, index) => sources.update(s.id, { priority: -index })));
    },
  },
];

export class RepereDB extends Dexie {
  partners!: Dexie.Table<StoredPartner, [string, string]>;
  sources!: EntityTable<DirectorySource, 'id'>;
  favourites!: EntityTable<Favourite, 'partnerId'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  notes!: EntityTable<Note, 'id'>;
  contacts!: EntityTable<OwnContact, 'id'>;
  searchIndex!: EntityTable<StoredSearchSnapshot, 'key'>;
  partnerships!: EntityTable<Partnership, 'partnerId'>;
  contactLog!: EntityTable<ContactEntry, 'id'>;
  groupSplits!: EntityTable<GroupSplit, 'id'>;
  partnerGroups!: EntityTable<PartnerGroupRow, 'memberId'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}
