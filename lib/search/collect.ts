import { FIELD_WEIGHT, categoryMaskOf } from './documents';
import { initialsMask } from './initials';
import type { PlaceFlags } from './place-flags';
import type { Query } from './query-plan';
import type { RankData, RankOptions, RankedDocument, Scratch } from './rank-types';
import { FAVOURITE_BOOST, INITIAL_QUALITY, NAME_IS_QUERY, NAME_STARTS_WITH_QUERY, NATIONAL_PENALTY, RECORD_QUALITY, TERRITORY_BOOST } from './rank-weights';
import { TopK } from './top-k';

/** What a ranking pass reads and writes besides its words: the index, the accumulators, the place flags. */
export interface RankContext {
  data: RankData;
  scratch: Scratch;
  places: PlaceFlags;
  /** Every candidate offered, no bound skipping any: the reference the bounds are tested against. */
  exhaustive?: boolean;
}

/** Some word of the name starts with each letter. */
function hasInitials(name: string, initials: readonly string[]): boolean {
  return initials.every((letter) => name.startsWith(letter) || name.includes(` ${letter}`));
}

/**
 * The best `options.limit` of the touched documents having at least `need` of the query's
 * `words`: their words' sums (scratch) plus the name, territory, favourite and quality bonuses.
 */
export function collect(context: RankContext, touched: ArrayLike<number>, words: number, need: number, query: Query, options: RankOptions): RankedDocument[] {
  const { initials, phrase, full } = query;
  const initialsValue = (initials.length * INITIAL_QUALITY * FIELD_WEIGHT.name) / full;
  const wanted = initialsMask(initials);
  const digitInitial = initials.some((letter) => letter >= '0' && letter <= '9');
  const { data } = context;
  const { nameInitials, names } = data;
  const { sum, matched, weakest } = context.scratch;
  const mask = options.categories?.length ? categoryMaskOf(options.categories) : 0;
  const territory = options.territory?.length ? context.places.territory(options.territory) : undefined;
  const national = context.places.national();
  const favourites = options.favourites;
  const quality = data.quality;
  const nameBonus = query.needsOnly ? 0 : NAME_IS_QUERY;
  const startsBonus = query.needsOnly ? 0 : NAME_STARTS_WITH_QUERY;
  const firstChars = names.firstCharCodes();
  const phraseFirst = phrase.charCodeAt(0);

  // Every bonus a document could have: most candidates of a short word stop at this first bound,
  // before their own bonuses are read (issue 20). It is never below the ceiling worked out next
  // (the margin covers the rounding), so it passes over only documents that ceiling would.
  const anyBonus = Math.max(nameBonus, startsBonus) + (territory ? TERRITORY_BOOST : 0) + (favourites ? FAVOURITE_BOOST : 0) + RECORD_QUALITY;
  const bounded = !context.exhaustive;

  const top = new TopK(options.limit);
  for (let i = 0; i < touched.length; i++) {
    const doc = touched[i];
    if (mask && (data.categoryMasks[doc] & mask) === 0) continue;
    if (matched[doc] < need) continue;
    if ((nameInitials[doc] & wanted) !== wanted) continue;
    let score = (sum[doc] + (matched[doc] === words && words > 0 ? weakest[doc] : 0)) / full + initialsValue;
    if (bounded && score + anyBonus < top.floor() - 2e-9) continue;
    const recordQuality = RECORD_QUALITY * ((quality?.[doc] ?? 0) / 255);
    // Issue 20: the most this document can reach — the bonuses it can have, not every bonus any
    // document could — so that most candidates of a short word stop here, before their name is read.
    // (The margin covers rounding: a document skipped could never beat the floor.)
    // Its name can only equal or begin with the query if it begins with the query's first letter,
    // and equal it only at the same length; the length tie-break is known too.
    const length = names.lengthAt(doc);
    const nameCeiling = firstChars[doc] !== phraseFirst ? 0 : length === phrase.length ? nameBonus : length > phrase.length ? startsBonus : 0;
    const ceiling = score + nameCeiling + (territory?.[doc] ? TERRITORY_BOOST : 0) + (favourites?.[doc] ? FAVOURITE_BOOST : 0) - (national[doc] ? NATIONAL_PENALTY : 0) + recordQuality - length * 1e-5;
    if (ceiling < top.floor() - 1e-9 && !context.exhaustive) continue;
    // The name is read in place (no string made per candidate: thousands for a short word).
    if (digitInitial && !hasInitials(names.at(doc)!, initials)) continue;
    // Need words only (« permis »): a name saying them is no sign (« Permis de construire »).
    if (!query.needsOnly) {
      if (names.equalsAt(doc, phrase)) score += NAME_IS_QUERY;
      else if (names.startsWithAt(doc, phrase)) score += NAME_STARTS_WITH_QUERY;
    }
    if (territory?.[doc]) score += TERRITORY_BOOST;
    if (national[doc]) score -= NATIONAL_PENALTY;
    if (favourites?.[doc]) score += FAVOURITE_BOOST;
    score += recordQuality;
    // Shorter names first among equals: "CCAS de Sète" before "CCAS de Sète – antenne du port".
    top.offer(doc, score - length * 1e-5);
  }
  // The national penalty orders, it does not judge: a national entry that matches well (« Mission
  // Locale (réseau national) » for « mision locale ») is still a strong match (« Autres résultats »).
  return top.sorted().map(({ doc, value }) => ({ doc, score: Math.min(1, Math.max(0, 1 - (value + (national[doc] ? NATIONAL_PENALTY : 0)) / 1.2)) }));
}
