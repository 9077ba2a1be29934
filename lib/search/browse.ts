import { categoryMaskOf } from './documents';
import type { PlaceFlags } from './place-flags';
import { NATIONAL_PENALTY, RECORD_QUALITY, TERRITORY_BOOST } from './rank-weights';
import type { RankData, RankOptions, RankedDocument } from './rank-types';

function bitCount(value: number): number {
  let count = 0;
  for (let v = value >>> 0; v; v &= v - 1) count++;
  return count;
}

/**
 * No words, only needs (the needs panel): every partner serving at least one wanted category.
 * Serving more of the needs, the precise thematique, the territory and being a favourite rank
 * higher; then by name, so the order is stable.
 */
export function browseByNeeds(data: RankData, places: PlaceFlags, options: RankOptions): RankedDocument[] {
  const wanted = categoryMaskOf(options.categories ?? []);
  const wantedCount = bitCount(wanted);
  if (wantedCount === 0) return [];
  const themes = options.thematiques ?? [];
  const territory = options.territory?.length ? places.territory(options.territory) : undefined;
  const national = places.national();
  const { categoryMasks, thematiques, names } = data;
  const found: Array<{ doc: number; value: number; focus: number; name: string }> = [];
  for (let doc = 0; doc < categoryMasks.length; doc++) {
    const served = bitCount(categoryMasks[doc] & wanted);
    if (served === 0) continue;
    const precise = themes.length > 0 && themes.some((theme) => ` ${thematiques.at(doc)} `.includes(` ${theme} `)) ? 1 : 0;
    const value =
      0.6 * (served / wantedCount) +
      0.25 * precise +
      0.15 * (options.favourites?.[doc] ?? 0) +
      (territory?.[doc] ? TERRITORY_BOOST : 0) -
      (national[doc] ? NATIONAL_PENALTY : 0) +
      RECORD_QUALITY * ((data.quality?.[doc] ?? 0) / 255);
    // Relevance among equals: the share of what the partner does that these needs are.
    const focus = served / bitCount(categoryMasks[doc]);
    found.push({ doc, value, focus, name: names.at(doc)! });
  }
  // Round so that equal scores compare equal; among equals the partner most focused on these
  // needs comes first (a debt adviser before a general help desk), then the name: a stable list.
  const key = (value: number) => Math.round(value * 1000);
  found.sort((a, b) => key(b.value) - key(a.value) || key(b.focus) - key(a.focus) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.doc - b.doc));
  return found.slice(0, options.limit).map(({ doc, value }) => ({ doc, score: Math.max(0, 1 - value) }));
}
