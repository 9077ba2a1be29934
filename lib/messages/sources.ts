import { z } from 'zod';

/** Directory sources: subscriptions are downloaded by the background, never by a page. */
export const sourcesMessages = [
  /** Subscribe to a team's published directory (the page asked the browser for the origin first). */
  z.object({ type: z.literal('sources:subscribe'), url: z.string().min(1).max(2083), label: z.string().max(200).optional() }),
  /** Refresh one subscription now. */
  z.object({ type: z.literal('sources:refresh'), sourceId: z.string().min(1).max(2200) }),
] as const;
