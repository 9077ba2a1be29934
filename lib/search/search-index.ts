import type { Partner } from '../schema';
import { forgetFoldedWords, toSearchDocument } from './documents';
import { queryWords } from './normalize';
import { PackedColumn, packColumn, type TextColumn } from './packed-column';
import { Ranker } from './rank';
import { buildTokenIndex, type TokenIndexData } from './token-index';


/**
 * What a result list shows of a partner: enough to recognise it and decide, without its services.
 * The optional fields are read by a result row (phone, open now, stale, why it matched).
 */
export type PartnerSummary = Pick<Partner, 'id' | 'nom' | 'reseaux_porteurs' | 'commune' | 'code_postal'> &
  Partial<Pick<Partner, 'telephone' | 'horaires_accueil' | 'date_maj'>> & {
    /** Thematiques its services offer (a full Partner has them in `services` instead). */
    themes?: string[];
  };

export interface SearchHit<P extends PartnerSummary = Partner> {
  partner: P;
  /** 0 is a perfect match, 1 no match at all (Fuse's convention). */
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /**
   * Keep only partners serving one of these data·inclusion categories. With an empty query,
   * every partner serving them is listed, those serving more of them first (the needs panel).
   */
  categories?: readonly string[];
  /** With `categories` and an empty query: partners offering these precise thematiques come first. */
  thematiques?: readonly string[];
  /**
   * The counsellor's territory: INSEE commune codes, département codes, EPCI SIREN codes.
   * Partners located there, or whose services' zone_eligibilite covers it, rank higher (a boost,
   * not a filter).
   */
  territory?: readonly string[];
  /** Ids of the counsellor's favourites: they rank higher. */
  favourites?: ReadonlySet<string>;
}

/** What the counsellor knows that the directory does not, indexed with the partner. */
export interface SearchExtras {
  /** Partner id -> names of the counsellor's own contacts there ("Benali" finds the CCAS). */
  contacts?: ReadonlyMap<string, readonly string[]>;
}

export interface SearchIndex<P extends PartnerSummary = Partner> {
  search(query: string, options?: SearchOptions): SearchHit<P>[];
  /**
   * Work the next keystrokes of the last query will reuse (the documents having its whole
   * words), done when idle: the search worker calls it once its answer has left.
   */
  warm?(): void;
  readonly size: number;
}

/** The partners an index answers with, document i first: an array, or summaries made on demand. */
export interface PartnerList<P extends PartnerSummary> {
  readonly length: number;
  at(index: number): P | undefined;
  /** Position of the partner with this id, or -1 (the counsellor's favourites). */
  indexOfId(id: string): number;
}

/** A PartnerList over an array of partners. */
export function partnerList<P extends PartnerSummary>(partners: readonly P[]): PartnerList<P> {
  let positions: Map<string, number> | undefined;
  return {
    length: partners.length,
    at: (index) => partners[index],
    indexOfId(id) {
      positions ??= new Map(partners.map((partner, index) => [partner.id, index]));
      return positions.get(id) ?? -1;
    },
  };
}

const packed = (column: TextColumn) => (column instanceof PackedColumn ? column : new PackedColumn(packColumn(Array.from({ length: column.length }, (_, i) => column.at(i))), column.length));

/** Builds the word index of a directory: done once per directory version, never per keystroke. */
export function buildSearchData(partners: readonly Partner[], extras: SearchExtras = {}): TokenIndexData<string[]> {
  const data = buildTokenIndex(partners.map((partner) => toSearchDocument(partner, extras.contacts?.get(partner.id))));
  forgetFoldedWords();
  return data;
}

/**
 * A search index over stored index data. `partners[i]` must be (a summary of) the partner
 * document i was built from, in the order given to `buildSearchData`.
 */
export function restoreSearchIndex<P extends PartnerSummary>(data: TokenIndexData, partners: readonly P[] | PartnerList<P>): SearchIndex<P> {
  const list = Array.isArray(partners) ? partnerList(partners as readonly P[]) : (partners as PartnerList<P>);
  if (data.names.length !== list.length) throw new Error(`search index holds ${data.names.length} partners, not ${list.length}`);
  // Thematiques are only read one document at a time (the needs panel): any column will do.
  const ranker = new Ranker({ ...data, names: packed(data.names), places: packed(data.places) });
  let favouriteKey: string | undefined;
  let favouriteFlags: Uint8Array | undefined;
  // Keyed by the ids, not the Set: the search worker receives a new Set with each keystroke, and
  // flagging 100,000 documents again for the same favourites cost every key (issue 20).
  const favouritesFor = (ids: ReadonlySet<string> | undefined) => {
    if (!ids?.size) return undefined;
    const key = [...ids].join('\n');
    if (key !== favouriteKey) {
      favouriteFlags = new Uint8Array(list.length);
      for (const id of ids) {
        const doc = list.indexOfId(id);
        if (doc >= 0) favouriteFlags[doc] = 1;
      }
      favouriteKey = key;
    }
    return favouriteFlags;
  };
  return {
    size: list.length,
    warm: () => ranker.warm(),
    search(query, options = {}) {
      const words = queryWords(query);
      const rankOptions = {
        limit: options.limit ?? 20,
        categories: options.categories,
        thematiques: options.thematiques,
        territory: options.territory,
        favourites: favouritesFor(options.favourites),
      };
      const ranked = words.length > 0 ? ranker.rank(words, rankOptions) : options.categories?.length ? ranker.browse(rankOptions) : [];
      return ranked.map(({ doc, score }) => ({ partner: list.at(doc)!, score }));
    },
  };
}

/** Partners -> an index queried word by word, tolerant of typos, accents, acronyms and old names. */
export function createSearchIndex<P extends Partner>(partners: readonly P[], extras: SearchExtras = {}): SearchIndex<P> {
  return restoreSearchIndex(buildSearchData(partners, extras), partners);
}
