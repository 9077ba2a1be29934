import { z } from 'zod';

export const searchMessages = [
  /**
   * A page found the stored search index older than the directory: the background rebuilds it,
   * off the page's thread, for the next opening.
   */
  z.object({ type: z.literal('search:refresh-index') }),
] as const;
