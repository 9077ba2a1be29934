import type { SearchDocument } from './documents';
import { initialsMask } from './initials';
import type { TextColumn } from './packed-column';

/**
 * An inverted index of words, in plain arrays and typed arrays only, so that it can be stored
 * in IndexedDB and read back by structured clone without rebuilding anything.
 * The vocabulary is sorted: a typed prefix is a binary search, a word with a typo is a scan of
 * the words sharing its first letter, and the documents of a word are one slice of `postingDoc`.
 */
export interface TokenIndexData<Column extends TextColumn = TextColumn> {
  format: 1;
  vocabulary: string[];
  /** Word w's postings are postingDoc/postingWeight[postingStart[w] .. postingStart[w + 1]). */
  postingStart: Uint32Array;
  postingDoc: Uint32Array;
  postingWeight: Uint8Array;
  /** Per document: folded name, category bit mask, place codes joined by spaces. */
  names: Column;
  categoryMasks: Uint32Array;
  places: Column;
  /** Per document: thematiques served, joined by spaces. */
  thematiques: Column;
  /** Per document, a bit per letter starting a word of its name (see initialsMask). */
  nameInitials: Uint32Array;
  /** Per document, how complete and fresh its record is (0–255); absent from indexes stored before it. */
  quality?: Uint8Array;
}

class GrowableU32 {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

export function buildTokenIndex(documents: readonly SearchDocument[]): TokenIndexData<string[]> {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const pairTerm = new GrowableU32();
  const pairDoc = new GrowableU32();
  const pairWeight = new GrowableU32();
  documents.forEach((doc, docIndex) => {
    for (const [word, weight] of doc.words) {
      let id = termIds.get(word);
      if (id === undefined) {
        id = terms.length;
        termIds.set(word, id);
        terms.push(word);
      }
      pairTerm.push(id);
      pairDoc.push(docIndex);
      pairWeight.push(weight);
    }
  });

  // Sort the vocabulary, then lay the postings out by word with a counting sort.
  const order = terms.map((_, i) => i).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const rank = new Uint32Array(terms.length);
  order.forEach((termId, position) => (rank[termId] = position));
  // Within a word, heaviest fields first (a stable counting sort by weight, then by word): a
  // one-letter query reads only the names and networks and stops early.
  const byWeight = new Uint32Array(257);
  for (let i = 0; i < pairWeight.length; i++) byWeight[256 - pairWeight.data[i]]++;
  for (let w = 0; w < 256; w++) byWeight[w + 1] += byWeight[w];
  const weightOrder = new Uint32Array(pairWeight.length);
  for (let i = 0; i < pairWeight.length; i++) weightOrder[byWeight[255 - pairWeight.data[i]]++] = i;
  const postingStart = new Uint32Array(terms.length + 1);
  for (let i = 0; i < pairTerm.length; i++) postingStart[rank[pairTerm.data[i]] + 1]++;
  for (let i = 0; i < terms.length; i++) postingStart[i + 1] += postingStart[i];
  const fill = postingStart.slice(0, terms.length);
  const postingDoc = new Uint32Array(pairTerm.length);
  const postingWeight = new Uint8Array(pairTerm.length);
  for (const i of weightOrder) {
    const at = fill[rank[pairTerm.data[i]]]++;
    postingDoc[at] = pairDoc.data[i];
    postingWeight[at] = pairWeight.data[i];
  }
  return {
    format: 1,
    vocabulary: order.map((termId) => terms[termId]),
    postingStart,
    postingDoc,
    postingWeight,
    names: documents.map((doc) => doc.name),
    categoryMasks: Uint32Array.from(documents, (doc) => doc.categoryMask),
    places: documents.map((doc) => doc.places.join(' ')),
    thematiques: documents.map((doc) => doc.thematiques.join(' ')),
    nameInitials: Uint32Array.from(documents, (doc) => initialsMask(doc.name.split(' ').map((word) => word[0] ?? ''))),
    quality: Uint8Array.from(documents, (doc) => doc.quality),
  };
}

/** First position in the sorted vocabulary whose word is >= `word`. */
export function lowerBound(vocabulary: readonly string[], word: string): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (vocabulary[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}
