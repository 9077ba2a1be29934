import { groupPartners, mergeGroup, type Grouped } from '../directory';
import { splitId, type GroupSplit } from '../schema';
import type { SearchExtras } from '../search';
import type { PartnerGroupRow, RepereDB, StoredPartner } from './database';
import { OWN_SOURCE_ID, bumpDirectoryVersion, getPartner, loadPartners, publishedId, scopeIds } from './directory-store';
import type { DirectorySource } from '../schema';
import type { RankOf } from '../directory';

/** Each source's trust rank for merged cards (`priority`, which the counsellor orders in the options). */
export function rankOfSources(sources: readonly DirectorySource[]): RankOf {
  const rank = new Map(sources.map((s) => [s.id, s.priority]));
  return (origin) => (origin === undefined ? 0 : (rank.get(origin) ?? -Infinity));
}
import { STARTER_SOURCE_ID } from './starter';
import { isStarterHidden } from './starter-visibility';
import { groupMemberIds } from './group-members';

export type GroupedPartner = Grouped<StoredPartner>;

/**
 * The directory as the counsellor sees it: records of one structure from several sources merged
 * into one partner (lib/directory/grouping.ts), the counsellor's splits respected, their own
 * partners left as they are. `rows` says which record belongs to which group of several.
 */
export async function loadGroupedDirectory(db: RepereDB): Promise<{ partners: GroupedPartner[]; rows: PartnerGroupRow[] }> {
  const [all, splits, sources, starterHidden] = await Promise.all([loadPartners(db), db.groupSplits.toArray(), db.sources.toArray(), isStarterHidden(db)]);
  const rankOf = rankOfSources(sources);
  const own = all.filter((p) => p.origin === OWN_SOURCE_ID);
  // The counsellor may hide the starter's national entries (« Annuaire »): the index is built without them.
  const directory = all.filter((p) => p.origin !== OWN_SOURCE_ID && !(starterHidden && p.origin === STARTER_SOURCE_ID));
  const partners: GroupedPartner[] = [];
  const rows: PartnerGroupRow[] = [];
  for (const group of groupPartners(directory, splits)) {
    partners.push(mergeGroup(group, rankOf));
    if (group.members.length > 1) for (const member of group.members) rows.push({ memberId: member.id, groupId: group.id });
  }
  return { partners: [...partners, ...own], rows };
}

/** Member id -> group id, for the members that are not the group's own id (favourites, summaries). */
export function aliasesOf(rows: readonly PartnerGroupRow[]): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const row of rows) if (row.memberId !== row.groupId) aliases[row.memberId] = row.groupId;
  return aliases;
}

/** The counsellor's contacts on any member are indexed with the group (« Benali » finds it). */
export function extrasByGroup(extras: SearchExtras, rows: readonly PartnerGroupRow[]): SearchExtras {
  if (!extras.contacts || rows.length === 0) return extras;
  const aliases = aliasesOf(rows);
  const contacts = new Map<string, string[]>();
  for (const [id, names] of extras.contacts) {
    const groupId = aliases[id] ?? id;
    contacts.set(groupId, [...(contacts.get(groupId) ?? []), ...names]);
  }
  return { ...extras, contacts };
}

export { groupMemberIds } from './group-members';

/**
 * A partner for its card: the merged group when the id belongs to one (by any member's id),
 * else the record itself. Splits made since the index was built already apply.
 */
export async function getGroupedPartner(db: RepereDB, id: string): Promise<GroupedPartner | undefined> {
  const ids = await groupMemberIds(db, id);
  if (ids.length === 1) return getPartner(db, id);
  const published = [...new Set(ids.map(publishedId))];
  const [rows, sources, splits] = await Promise.all([db.partners.where('id').anyOf(published).toArray(), db.sources.toArray(), db.groupSplits.toArray()]);
  const members = scopeIds(rows, sources).filter((p) => ids.includes(p.id));
  const groups = groupPartners(members, splits);
  const group = groups.find((g) => g.members.some((m) => m.id === id)) ?? groups[0];
  return group ? (mergeGroup(group, rankOfSources(sources)) as GroupedPartner) : undefined;
}

/**
 * « Ce ne sont pas les mêmes »: this record is not the same structure as the others of its
 * group. Kept as user data; the index is rebuilt without the join.
 */
export async function splitFromGroup(db: RepereDB, memberId: string, others: readonly string[], now = Date.now()): Promise<void> {
  const splits: GroupSplit[] = others.filter((other) => other !== memberId).map((other) => ({ id: splitId(memberId, other), a: memberId, b: other, createdAt: now }));
  await db.transaction('rw', db.groupSplits, db.meta, async () => {
    await db.groupSplits.bulkPut(splits);
    await bumpDirectoryVersion(db);
  });
}

export async function listGroupSplits(db: RepereDB): Promise<GroupSplit[]> {
  return db.groupSplits.toArray();
}

/** Restores splits (backup): added to those already kept. */
export async function putGroupSplits(db: RepereDB, splits: readonly GroupSplit[]): Promise<void> {
  if (splits.length === 0) return;
  await db.transaction('rw', db.groupSplits, db.meta, async () => {
    await db.groupSplits.bulkPut(splits.map((s) => ({ ...s, id: splitId(s.a, s.b) })));
    await bumpDirectoryVersion(db);
  });
}
