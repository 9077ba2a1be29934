import type { z } from 'zod';
import {
  ContactEntrySchema,
  PartnershipSchema,
  type ContactEntry,
  type ContactEntryInput,
  type Partnership,
  type PartnershipInput,
} from '../schema';
import type { RepereDB } from '../db/database';
import type { FollowUpData } from './due';

export interface FieldProblem {
  /** Dotted path of the field at fault (`convention.fin`). */
  field: string;
  message: string;
}

function problemOf(error: z.ZodError): FieldProblem {
  const issue = error.issues[0];
  return { field: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'reasonInvalid' };
}

export async function getPartnership(db: RepereDB, partnerId: string): Promise<Partnership | undefined> {
  return db.partnerships.get(partnerId);
}

/** Creates or rewrites a partner's follow-up; unset fields keep their current value. */
export async function savePartnership(
  db: RepereDB,
  input: Omit<PartnershipInput, 'updatedAt'>,
  now = Date.now(),
): Promise<{ partnership?: Partnership; problem?: FieldProblem }> {
  const current = await db.partnerships.get(input.partnerId);
  const parsed = PartnershipSchema.safeParse({ ...current, ...input, updatedAt: now });
  if (!parsed.success) return { problem: problemOf(parsed.error) };
  await db.partnerships.put(parsed.data);
  return { partnership: parsed.data };
}

/**
 * Adds (or, with `id`, edits) a dated contact. A first contact moves a partner without a status
 * to « contact », so the relance clock starts.
 */
export async function logContact(
  db: RepereDB,
  input: Omit<ContactEntryInput, 'id' | 'createdAt'> & { id?: string },
  options: { partnerName?: string; now?: number } = {},
): Promise<{ entry?: ContactEntry; problem?: FieldProblem }> {
  const now = options.now ?? Date.now();
  const existing = input.id ? await db.contactLog.get(input.id) : undefined;
  const parsed = ContactEntrySchema.safeParse({ ...input, id: existing?.id ?? crypto.randomUUID(), createdAt: existing?.createdAt ?? now });
  if (!parsed.success) return { problem: problemOf(parsed.error) };
  const entry = parsed.data;
  await db.transaction('rw', [db.contactLog, db.partnerships], async () => {
    await db.contactLog.put(entry);
    const partnership = await db.partnerships.get(entry.partnerId);
    if (!partnership || partnership.status === 'aucun') {
      await db.partnerships.put(
        PartnershipSchema.parse({ ...partnership, partnerId: entry.partnerId, partnerName: partnership?.partnerName || options.partnerName || '', status: 'contact', updatedAt: now }),
      );
    }
  });
  return { entry };
}

export async function deleteContactEntry(db: RepereDB, id: string): Promise<void> {
  await db.contactLog.delete(id);
}

/** A partner's log, the most recent first. */
export async function logOf(db: RepereDB, partnerId: string): Promise<ContactEntry[]> {
  const entries = await db.contactLog.where('partnerId').equals(partnerId).toArray();
  return entries.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

/** Everything the due-date rules read, in one read transaction. */
export async function loadFollowUpData(db: RepereDB): Promise<FollowUpData> {
  return db.transaction('r', [db.partnerships, db.contactLog, db.favourites], async () => {
    const [partnerships, log, favourites] = await Promise.all([
      db.partnerships.toArray(),
      db.contactLog.toArray(),
      db.favourites.toCollection().primaryKeys(),
    ]);
    return { partnerships, log, favourites };
  });
}
