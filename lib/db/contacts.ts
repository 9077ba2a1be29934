import { OwnContactSchema, type OwnContact, type OwnContactInput } from '../schema';
import type { RepereDB } from './database';
import { firstIssue, type FieldProblem } from './notes';
import { groupMemberIds } from './partner-groups';

/** Adds or edits a named contact; every field is checked and the first fault named. */
export async function saveContact(
  db: RepereDB,
  input: OwnContactInput,
  now = Date.now(),
): Promise<{ contact?: OwnContact; problem?: FieldProblem }> {
  const parsed = OwnContactSchema.safeParse({ ...input, id: input.id ?? crypto.randomUUID(), updatedAt: now });
  if (!parsed.success) return { problem: firstIssue(parsed.error) };
  await db.contacts.put(parsed.data);
  return { contact: parsed.data };
}

export async function deleteContact(db: RepereDB, id: string): Promise<void> {
  await db.contacts.delete(id);
}

/** A partner's contacts (on any record of its group), by name. */
export async function contactsOf(db: RepereDB, partnerId: string): Promise<OwnContact[]> {
  const contacts = await db.contacts.where('partnerId').anyOf(await groupMemberIds(db, partnerId)).toArray();
  return contacts.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Partner id -> the names of the counsellor's contacts there: what the search indexes. */
export async function contactNamesByPartner(db: RepereDB): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  const contacts = (await db.contacts.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  for (const contact of contacts) {
    names.set(contact.partnerId, [...(names.get(contact.partnerId) ?? []), contact.name]);
  }
  return names;
}
