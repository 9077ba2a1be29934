import { z } from 'zod';
import { CATEGORIES, THEMATIQUES, valuesOf } from '../taxonomy';

/**
 * « Pour ce dossier »: a need as it crosses from a content script, ids only. `strict()`: a payload
 * carrying anything else (evidence, text) is refused whole.
 */
export const CaseNeedSchema = z
  .object({
    category: z.enum(valuesOf(CATEGORIES)),
    thematique: z.enum(valuesOf(THEMATIQUES)).optional(),
  })
  .strict();
export type CaseNeed = z.infer<typeof CaseNeedSchema>;

/** An origin the counsellor types or the popup reads: `https://host[:port]` (http for loopback). */
const origin = z.string().min(8).max(300);

export const caseMessages = [
  /** Content script → background: the needs of the file shown in this frame (ids only, no text). */
  z
    .object({
      type: z.literal('case:needs'),
      needs: z.array(CaseNeedSchema).max(64),
      /** A random id the page reader draws once per page load (no page content): a message from a page the tab left is told apart. */
      load: z.string().regex(/^[a-z0-9-]{8,40}$/).optional(),
    })
    .strict(),
  /** Popup → background: read this tab once (the toolbar click granted activeTab). */
  z.object({ type: z.literal('case:read-once'), tabId: z.number().int().nonnegative() }),
  /** A page about to ask the browser for an origin: register it as soon as access is granted. */
  z.object({ type: z.literal('case:site-pending'), origin }),
  /** Options or popup → background: switch on a site the counsellor granted (registers the script). */
  z.object({ type: z.literal('case:enable-site'), origin }),
  /** Switch a site off: unregister its script, clear its tabs' badges, give the access back. */
  z.object({ type: z.literal('case:disable-site'), origin }),
  /** The enabled sites, each with whether the browser still grants access. */
  z.object({ type: z.literal('case:list-sites') }),
  /** Popup / side panel: the needs of a tab and whether its site is enabled. */
  z.object({ type: z.literal('case:tab-state'), tabId: z.number().int().nonnegative() }),
  /** « Montrer dans la page »: the content script of that tab highlights the words of one need. */
  z.object({ type: z.literal('case:show-in-page'), tabId: z.number().int().nonnegative(), category: z.enum(valuesOf(CATEGORIES)) }),
] as const;

export { CaseTabMessageSchema, type CaseTabMessage } from './case-tab';
