import * as z from 'zod/mini';
import { CATEGORIES, valuesOf } from '../taxonomy';

/**
 * Background → content script (tabs.sendMessage): highlight one need's words, read again, stop.
 * Written with zod's mini build: the content script runs inside the counsellor's software, and
 * the full API's schema construction alone was a 50 ms task on the case page at load.
 */
export const CaseTabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case:highlight'), category: z.enum(valuesOf(CATEGORIES)) }),
  z.object({ type: z.literal('case:reread') }),
  /** The site was switched off: stop watching the page. */
  z.object({ type: z.literal('case:stop') }),
]);
export type CaseTabMessage = z.infer<typeof CaseTabMessageSchema>;
