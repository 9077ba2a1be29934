import { z } from 'zod';

/**
 * « Ce ne sont pas les mêmes »: the counsellor said two partner ids are two structures, so the
 * grouping never joins them again. User data: kept in the backup, never touched by a refresh.
 */
export const GroupSplitSchema = z.object({
  /** `a|b` with a < b: one split per pair. */
  id: z.string().min(1),
  a: z.string().min(1),
  b: z.string().min(1),
  createdAt: z.number(),
});
export type GroupSplit = z.infer<typeof GroupSplitSchema>;

export function splitId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
