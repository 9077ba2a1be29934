import * as z from 'zod/mini';
import { CATEGORIES, valuesOf } from '../taxonomy';

/**
 * Background or popup → content script (tabs.sendMessage): highlight one need's words, read
 * again, stop, say why. Written with zod's mini build: the content script runs inside the
 * counsellor's software, and the full API's schema construction alone was a 50 ms task on the
 * case page at load.
 */
export const CaseTabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case:highlight'), category: z.enum(valuesOf(CATEGORIES)) }),
  z.object({ type: z.literal('case:reread') }),
  /** The site was switched off: stop watching the page. */
  z.object({ type: z.literal('case:stop') }),
  /** The popup or side panel asks which statements showed each need (answered to it alone). */
  z.object({ type: z.literal('case:explain') }),
]);
export type CaseTabMessage = z.infer<typeof CaseTabMessageSchema>;

/** The longest statement excerpt that crosses (the content script cuts around the evidence). */
export const WHY_MAX_CHARS = 160;
/** Statements named per need. */
export const WHY_PER_NEED = 3;

/**
 * The content script's answer to `case:explain`: per need category, the statements it was read
 * from (page text, shown in the asking page's memory only, never sent on or stored) and whether
 * the statement was a ticked box or a chosen option. Checked on arrival: a page cannot make the
 * popup show more than a few short lines.
 */
export const CaseExplanationSchema = z
  .array(
    z.object({
      category: z.enum(valuesOf(CATEGORIES)),
      why: z
        .array(z.object({ text: z.string().check(z.minLength(1), z.maxLength(WHY_MAX_CHARS)), mark: z.optional(z.enum(['checked', 'chosen'])) }))
        .check(z.maxLength(WHY_PER_NEED)),
    }),
  )
  .check(z.maxLength(64));
export type CaseExplanation = z.infer<typeof CaseExplanationSchema>;
export type NeedWhy = CaseExplanation[number]['why'][number];
