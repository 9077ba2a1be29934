import type { RepereDB } from './database';

/** Every record id of the group this id belongs to (itself alone when it has no group). */
export async function groupMemberIds(db: RepereDB, id: string): Promise<string[]> {
  const row = await db.partnerGroups.get(id);
  if (!row) return [id];
  const members = await db.partnerGroups.where('groupId').equals(row.groupId).toArray();
  return [row.groupId, ...members.map((m) => m.memberId).filter((m) => m !== row.groupId)];
}
