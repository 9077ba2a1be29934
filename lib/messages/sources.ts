import { z } from 'zod';

/** Directory sources: subscriptions are downloaded by the background, never by a page. */
export const sourcesMessages = [
  /** Subscribe to a team's published directory (the page asked the browser for the origin first). */
  z.object({
    type: z.literal('sources:subscribe'),
    url: z.string().min(1).max(2083),
    label: z.string().max(200).optional(),
    /** The team's coordinator, to whom « Signaler une erreur » writes. */
    coordinatorEmail: z.email().max(254).optional(),
  }),
  /** Subscribe to the national data·inclusion API for a département, with the counsellor's token. */
  z.object({ type: z.literal('sources:subscribe-national'), token: z.string().min(1).max(4000), departement: z.string().min(2).max(3) }),
  /** Refresh one subscription now. */
  z.object({ type: z.literal('sources:refresh'), sourceId: z.string().min(1).max(2200) }),
] as const;
