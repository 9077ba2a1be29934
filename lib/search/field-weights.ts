/**
 * How much a word counts depending on where it was found (stored as a byte, 0–250). The name
 * leads; then what the counsellor remembers of a partner (its network and its acronyms, its
 * town, the person they called, its phone); then what it does: the everyday need words of its
 * thematiques (curated, so they count more than service names), service names and labels, need
 * words of its categories only; descriptions last, as they mention many things in passing.
 */
export const FIELD_WEIGHT = {
  name: 250,
  network: 210,
  place: 200,
  /** A word of a compound town ("nancy" in Vandœuvre-lès-Nancy), even when the name repeats it. */
  placePart: 160,
  contact: 200,
  phone: 200,
  need: 170,
  service: 150,
  needPhrase: 120,
  needCategory: 70,
  description: 60,
} as const;
