import type { Partner } from '../schema';
import { PackedColumn, SEPARATOR, packColumn } from './packed-column';
import { buildSearchData, restoreSearchIndex, type PartnerList, type PartnerSummary, type SearchExtras, type SearchIndex } from './search-index';
import type { TokenIndexData } from './token-index';

type PackedIndexData = Omit<TokenIndexData, 'vocabulary' | 'names' | 'places' | 'thematiques'> & {
  vocabulary: string;
  names: string;
  places: string;
  thematiques: string;
};

/**
 * A search index ready to store: the word index plus, column by column, what the result list
 * shows. Every column of strings is packed into one string: IndexedDB then clones a few dozen
 * values instead of ~100,000 small strings at 10,000 partners, and the page reading it keeps the
 * columns packed (PackedColumn), making only the values a result list shows. Reading it takes
 * tens of milliseconds where reading the partners themselves takes about a second
 * (tests/e2e/search-scale.spec.ts).
 */
export interface SearchSnapshot {
  format: 4;
  count: number;
  data: PackedIndexData;
  ids: string;
  names: string;
  communes: string;
  postalCodes: string;
  /** Network values joined by spaces. */
  networks: string;
  /** What a result row shows besides the name: phone, opening hours, date_maj. */
  phones: string;
  hours: string;
  updated: string;
  /**
   * Record id -> id of the group it was merged into (records of one structure from several
   * sources are one document): a favourite starred on any of them finds the group.
   */
  aliases?: Record<string, string>;
}

export function buildSearchSnapshot(partners: readonly Partner[], extras?: SearchExtras, aliases?: Record<string, string>): SearchSnapshot {
  const data = buildSearchData(partners, extras);
  return {
    ...(aliases && Object.keys(aliases).length > 0 ? { aliases } : {}),
    format: 4,
    count: partners.length,
    data: { ...data, vocabulary: packColumn(data.vocabulary), names: packColumn(data.names), places: packColumn(data.places), thematiques: packColumn(data.thematiques) },
    ids: packColumn(partners.map((p) => p.id)),
    names: packColumn(partners.map((p) => p.nom)),
    communes: packColumn(partners.map((p) => p.commune)),
    postalCodes: packColumn(partners.map((p) => p.code_postal)),
    networks: packColumn(partners.map((p) => (p.reseaux_porteurs ?? []).join(' '))),
    phones: packColumn(partners.map((p) => p.telephone)),
    hours: packColumn(partners.map((p) => p.horaires_accueil)),
    updated: packColumn(partners.map((p) => p.date_maj)),
  };
}

/** The partners of a snapshot as summaries, each made when a result list first shows it. */
export function summariesOf(snapshot: SearchSnapshot): PartnerList<PartnerSummary> {
  const { count } = snapshot;
  const [ids, names, communes, postalCodes, networks, phones, hours, updated, themes] = [
    snapshot.ids,
    snapshot.names,
    snapshot.communes,
    snapshot.postalCodes,
    snapshot.networks,
    snapshot.phones,
    snapshot.hours,
    snapshot.updated,
    snapshot.data.thematiques,
  ].map((column) => new PackedColumn(column, count));
  const made = new Map<number, PartnerSummary>();
  return {
    length: count,
    at(index) {
      if (!(index >= 0 && index < count)) return undefined;
      let summary = made.get(index);
      if (!summary) {
        const network = networks.at(index);
        const served = themes.at(index);
        summary = {
          id: ids.at(index)!,
          nom: names.at(index)!,
          commune: communes.at(index) || null,
          code_postal: postalCodes.at(index) || null,
          reseaux_porteurs: network ? network.split(' ') : null,
          telephone: phones.at(index) || null,
          horaires_accueil: hours.at(index) || null,
          date_maj: updated.at(index) || undefined,
          themes: served ? served.split(' ') : [],
        };
        made.set(index, summary);
      }
      return summary;
    },
    indexOfId: (id) => ids.indexOf(snapshot.aliases?.[id] ?? id),
  };
}

export function restoreSnapshot(snapshot: SearchSnapshot): { index: SearchIndex<PartnerSummary>; summaries: PartnerList<PartnerSummary> } {
  const { data, count } = snapshot;
  const summaries = summariesOf(snapshot);
  const vocabularySize = data.postingStart.length - 1;
  const index = restoreSearchIndex(
    {
      ...data,
      vocabulary: vocabularySize === 0 ? [] : data.vocabulary.split(SEPARATOR),
      names: new PackedColumn(data.names, count),
      places: new PackedColumn(data.places, count),
      thematiques: new PackedColumn(data.thematiques, count),
    },
    summaries,
  );
  return { index, summaries };
}
