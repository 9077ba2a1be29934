import type { PackedColumn, TextColumn } from './packed-column';
import type { TokenIndexData } from './token-index';

/** The index as the ranker reads it: names and places packed, thematiques any column. */
export type RankData = Omit<TokenIndexData<PackedColumn>, 'thematiques'> & { thematiques: TextColumn };

export interface RankOptions {
  limit: number;
  categories?: readonly string[];
  thematiques?: readonly string[];
  territory?: readonly string[];
  /** Document indices of the favourites. */
  favourites?: Uint8Array;
}

export interface RankedDocument {
  doc: number;
  /** 0 is a perfect match, 1 no match at all (Fuse's convention, kept by the contract). */
  score: number;
}

/**
 * Per-document accumulators of a ranking, one slot per document, left all zero between rankings
 * (each pass resets the slots it touched): no allocation per keystroke.
 */
export interface Scratch {
  sum: Float32Array;
  best: Float32Array;
  weakest: Float32Array;
  matched: Uint8Array;
  seen: Uint8Array;
}

export function createScratch(size: number): Scratch {
  return { sum: new Float32Array(size), best: new Float32Array(size), weakest: new Float32Array(size), matched: new Uint8Array(size), seen: new Uint8Array(size) };
}
