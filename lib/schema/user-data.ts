import { z } from 'zod';

/** A partner the counsellor calls often. Keyed by partner id so it survives every refresh. */
export const FavouriteSchema = z.object({
  partnerId: z.string().min(1),
  addedAt: z.number(),
  /** Position in the counsellor's own ordering (lower first). */
  order: z.number(),
  /** The counsellor's own group label ("Logement", "Santé"…); empty when ungrouped. */
  group: z.string().default(''),
});
export type Favourite = z.infer<typeof FavouriteSchema>;

export const SourceKindSchema = z.enum(['embedded', 'file', 'url', 'own']);

/** Where a set of partners came from: the embedded starter, an imported file, a subscribed URL. */
export const DirectorySourceSchema = z.object({
  id: z.string().min(1),
  kind: SourceKindSchema,
  label: z.string(),
  url: z.string().optional(),
  partnerCount: z.number().int().min(0),
  /** When the data was last replaced successfully (ms since epoch). */
  updatedAt: z.number(),
  /** Most recent `date_maj` found in the data, `YYYY-MM-DD`. */
  newestRecord: z.string().optional(),
  /** Higher wins when two sources hold the same partner id. */
  priority: z.number().default(0),
  /** Version of the data for sources that carry one (the embedded starter: the extension version). */
  revision: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorAt: z.number().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});
export type DirectorySource = z.infer<typeof DirectorySourceSchema>;
