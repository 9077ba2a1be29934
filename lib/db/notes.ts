import { NoteSchema, type Note } from '../schema';
import type { RepereDB } from './database';
import { groupMemberIds } from './partner-groups';

export interface FieldProblem {
  field: string;
  message: string;
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldProblem {
  const issue = error.issues[0];
  return { field: String(issue?.path[0] ?? ''), message: issue?.message ?? 'reasonInvalid' };
}

/** Adds a note to a partner, or rewrites it when `id` is given. Refuses an empty note. */
export async function saveNote(
  db: RepereDB,
  input: { partnerId: string; text: string; id?: string },
  now = Date.now(),
): Promise<{ note?: Note; problem?: FieldProblem }> {
  const existing = input.id ? await db.notes.get(input.id) : undefined;
  const parsed = NoteSchema.safeParse({
    id: existing?.id ?? crypto.randomUUID(),
    partnerId: input.partnerId,
    text: input.text,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.success) return { problem: firstIssue(parsed.error) };
  await db.notes.put(parsed.data);
  return { note: parsed.data };
}

export async function deleteNote(db: RepereDB, id: string): Promise<void> {
  await db.notes.delete(id);
}

/** A partner's notes (on any record of its group), most recently edited first. */
export async function notesOf(db: RepereDB, partnerId: string): Promise<Note[]> {
  const notes = await db.notes.where('partnerId').anyOf(await groupMemberIds(db, partnerId)).toArray();
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

export { firstIssue };
