import { getGroupedPartner, readSearchSnapshot, type RepereDB } from '../db';
import { restoreSnapshot, type PartnerSummary, type SearchIndex } from '../search';
import type { OmniboxPartner } from './suggestions';

/** Suggestions the address bar has room for. */
export const OMNIBOX_LIMIT = 6;

/**
 * Searches the directory for the address bar, from the background: the stored search index is
 * restored once per build and kept while the background lives; phones are read for the few
 * partners shown only.
 */
export function createOmniboxSearch(db: RepereDB) {
  let cached: { builtAt: number; index: SearchIndex<PartnerSummary> } | undefined;

  async function index(): Promise<SearchIndex<PartnerSummary> | undefined> {
    const stored = await readSearchSnapshot(db);
    if (!stored) return cached?.index;
    if (cached?.builtAt !== stored.builtAt) cached = { builtAt: stored.builtAt, index: restoreSnapshot(stored.snapshot).index };
    return cached.index;
  }

  return async function search(query: string, territory: readonly string[] = []): Promise<OmniboxPartner[]> {
    if (!query.trim()) return [];
    const hits = (await index())?.search(query, { limit: OMNIBOX_LIMIT, territory }) ?? [];
    return Promise.all(
      hits.map(async ({ partner }) => ({
        id: partner.id,
        nom: partner.nom,
        commune: partner.commune ?? null,
        // The merged card's phone (the most trusted source's), never one member's record.
        telephone: (await getGroupedPartner(db, partner.id))?.telephone ?? null,
      })),
    );
  };
}
