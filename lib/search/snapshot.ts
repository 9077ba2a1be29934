import type { Partner } from '../schema';
import { buildSearchData, restoreSearchIndex, type PartnerSummary, type SearchExtras, type SearchIndex } from './search-index';
import type { TokenIndexData } from './token-index';

/** Between the values of a packed column; never in folded words, replaced by a space in names. */
const SEPARATOR = '\u001f';

type PackedIndexData = Omit<TokenIndexData, 'vocabulary' | 'names' | 'places' | 'thematiques'> & {
  vocabulary: string;
  names: string;
  places: string;
  thematiques: string;
};

/**
 * A search index ready to store: the word index plus, column by column, what the result list
 * shows. Every column of strings is packed into one string: IndexedDB then clones a few dozen
 * values instead of ~100,000 small strings at 10,000 partners, and splitting them back is
 * cheaper than that. Reading it takes tens of milliseconds where reading the partners
 * themselves takes about a second (tests/e2e/search-scale.spec.ts).
 */
export interface SearchSnapshot {
  format: 2;
  count: number;
  data: PackedIndexData;
  ids: string;
  names: string;
  communes: string;
  postalCodes: string;
  /** Network values joined by spaces. */
  networks: string;
}

const pack = (values: readonly (string | null)[]) => values.map((value) => (value ?? '').replaceAll(SEPARATOR, ' ')).join(SEPARATOR);
const unpack = (packed: string, count: number) => (count === 0 ? [] : packed.split(SEPARATOR));

export function buildSearchSnapshot(partners: readonly Partner[], extras?: SearchExtras): SearchSnapshot {
  const data = buildSearchData(partners, extras);
  return {
    format: 2,
    count: partners.length,
    data: { ...data, vocabulary: pack(data.vocabulary), names: pack(data.names), places: pack(data.places), thematiques: pack(data.thematiques) },
    ids: pack(partners.map((p) => p.id)),
    names: pack(partners.map((p) => p.nom)),
    communes: pack(partners.map((p) => p.commune)),
    postalCodes: pack(partners.map((p) => p.code_postal)),
    networks: pack(partners.map((p) => (p.reseaux_porteurs ?? []).join(' '))),
  };
}

export function summariesOf(snapshot: SearchSnapshot): PartnerSummary[] {
  const { count } = snapshot;
  const [ids, names, communes, postalCodes, networks] = [snapshot.ids, snapshot.names, snapshot.communes, snapshot.postalCodes, snapshot.networks].map((column) =>
    unpack(column, count),
  );
  return ids.map((id, i) => ({
    id,
    nom: names[i],
    commune: communes[i] || null,
    code_postal: postalCodes[i] || null,
    reseaux_porteurs: networks[i] ? networks[i].split(' ') : null,
  }));
}

export function restoreSnapshot(snapshot: SearchSnapshot): { index: SearchIndex<PartnerSummary>; summaries: PartnerSummary[] } {
  const { data, count } = snapshot;
  const summaries = summariesOf(snapshot);
  const vocabularySize = data.postingStart.length - 1;
  const index = restoreSearchIndex(
    {
      ...data,
      vocabulary: unpack(data.vocabulary, vocabularySize),
      names: unpack(data.names, count),
      places: unpack(data.places, count),
      thematiques: unpack(data.thematiques, count),
    },
    summaries,
  );
  return { index, summaries };
}
