import type { Partner } from '../schema';
import { decodePostings, encodePostings } from './compact-postings';
import { PackedColumn, SEPARATOR, packColumn } from './packed-column';
import { buildSearchData, restoreSearchIndex, type PartnerList, type PartnerSummary, type SearchExtras, type SearchIndex } from './search-index';
import { ThemeColumn, readText, storeText, storeThemes, themesOfPacked, type StoredText, type StoredThemes } from './stored-columns';
import type { TokenIndexData } from './token-index';

type StoredIndexData = Omit<TokenIndexData, 'vocabulary' | 'names' | 'places' | 'thematiques' | 'postingDoc' | 'postingWeight'> & {
  vocabulary: StoredText;
  names: StoredText;
  places: StoredText;
  /** Thematique codes into a dictionary (stored-columns.ts). */
  thematiques: StoredThemes;
  /** postingDoc and postingWeight, run-length and gap coded (compact-postings.ts). */
  postings: Uint8Array;
};

/**
 * A search index ready to store: the word index plus, column by column, what the result list
 * shows. Every column of strings is packed into one string: IndexedDB then clones a few dozen
 * values instead of ~100,000 small strings at 10,000 partners, and the page reading it keeps the
 * columns packed (PackedColumn), making only the values a result list shows. Reading it takes
 * tens of milliseconds where reading the partners themselves takes about a second
 * (tests/e2e/search-scale.spec.ts).
 *
 * Format 5 stores the same index in ~40 % of format 4's bytes (5.3 MB -> ~2 MB at 10,400
 * partners): postings and thematiques coded, two-byte text as UTF-8. A Firefox popup whose event
 * page is suspended reads it at opening, and pays for every byte (issue 20).
 */
export interface SearchSnapshot {
  format: 5;
  count: number;
  data: StoredIndexData;
  ids: StoredText;
  names: StoredText;
  communes: StoredText;
  postalCodes: StoredText;
  /** Network values joined by spaces. */
  networks: StoredText;
  /** What a result row shows besides the name: phone, opening hours, date_maj. */
  phones: StoredText;
  hours: StoredText;
  updated: StoredText;
  /**
   * Record id -> id of the group it was merged into (records of one structure from several
   * sources are one document): a favourite starred on any of them finds the group.
   */
  aliases?: Record<string, string>;
}

/**
 * The index as versions before format 5 stored it: still read (a page may meet one before the
 * background has rebuilt it: the format is part of the index's stamp, lib/db/search-inputs.ts).
 */
export interface SearchSnapshotV4 extends Omit<SearchSnapshot, 'format' | 'data'> {
  format: 4;
  data: Omit<TokenIndexData, 'vocabulary' | 'names' | 'places' | 'thematiques'> & { vocabulary: string; names: string; places: string; thematiques: string };
}

export type StoredSnapshot = SearchSnapshot | SearchSnapshotV4;

const packed = (values: readonly (string | null | undefined)[]) => storeText(packColumn(values));

export function buildSearchSnapshot(partners: readonly Partner[], extras?: SearchExtras, aliases?: Record<string, string>): SearchSnapshot {
  const { postingDoc, postingWeight, ...data } = buildSearchData(partners, extras);
  return {
    ...(aliases && Object.keys(aliases).length > 0 ? { aliases } : {}),
    format: 5,
    count: partners.length,
    data: {
      ...data,
      vocabulary: packed(data.vocabulary),
      names: packed(data.names),
      places: packed(data.places),
      thematiques: storeThemes(data.thematiques),
      postings: encodePostings(data.postingStart, postingDoc, postingWeight),
    },
    ids: packed(partners.map((p) => p.id)),
    names: packed(partners.map((p) => p.nom)),
    communes: packed(partners.map((p) => p.commune)),
    postalCodes: packed(partners.map((p) => p.code_postal)),
    networks: packed(partners.map((p) => (p.reseaux_porteurs ?? []).join(' '))),
    phones: packed(partners.map((p) => p.telephone)),
    hours: packed(partners.map((p) => p.horaires_accueil)),
    updated: packed(partners.map((p) => p.date_maj)),
  };
}

/** A stored index's thematiques column, whichever format stored it. */
function themesOf(snapshot: StoredSnapshot) {
  return snapshot.format === 5 ? new ThemeColumn(snapshot.data.thematiques) : themesOfPacked(snapshot.data.thematiques, snapshot.count);
}

/** The partners of a snapshot as summaries, each made when a result list first shows it. */
export function summariesOf(snapshot: StoredSnapshot, themes = themesOf(snapshot)): PartnerList<PartnerSummary> {
  const { count } = snapshot;
  const [ids, names, communes, postalCodes, networks, phones, hours, updated] = [
    snapshot.ids,
    snapshot.names,
    snapshot.communes,
    snapshot.postalCodes,
    snapshot.networks,
    snapshot.phones,
    snapshot.hours,
    snapshot.updated,
  ].map((column) => new PackedColumn(readText(column), count));
  const made = new Map<number, PartnerSummary>();
  return {
    length: count,
    at(index) {
      if (!(index >= 0 && index < count)) return undefined;
      let summary = made.get(index);
      if (!summary) {
        const network = networks.at(index);
        summary = {
          id: ids.at(index)!,
          nom: names.at(index)!,
          commune: communes.at(index) || null,
          code_postal: postalCodes.at(index) || null,
          reseaux_porteurs: network ? network.split(' ') : null,
          telephone: phones.at(index) || null,
          horaires_accueil: hours.at(index) || null,
          date_maj: updated.at(index) || undefined,
          themes: themes.list(index),
        };
        made.set(index, summary);
      }
      return summary;
    },
    indexOfId: (id) => ids.indexOf(snapshot.aliases?.[id] ?? id),
  };
}

/** The word index of a stored index, whichever format stored it. */
export function indexDataOf(snapshot: StoredSnapshot, themes = themesOf(snapshot)): TokenIndexData {
  const { count } = snapshot;
  const vocabularySize = snapshot.data.postingStart.length - 1;
  const common = {
    vocabulary: vocabularySize === 0 ? [] : readText(snapshot.data.vocabulary).split(SEPARATOR),
    names: new PackedColumn(readText(snapshot.data.names), count),
    places: new PackedColumn(readText(snapshot.data.places), count),
    thematiques: themes,
  };
  if (snapshot.format === 4) return { ...snapshot.data, ...common };
  const { postings, ...data } = snapshot.data;
  return { ...data, ...common, ...decodePostings(postings, data.postingStart) };
}

export function restoreSnapshot(snapshot: StoredSnapshot): { index: SearchIndex<PartnerSummary>; summaries: PartnerList<PartnerSummary> } {
  const themes = themesOf(snapshot);
  const summaries = summariesOf(snapshot, themes);
  const index = restoreSearchIndex(indexDataOf(snapshot, themes), summaries);
  return { index, summaries };
}
