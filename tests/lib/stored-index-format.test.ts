import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { RELEVANCE_QUERIES, relevanceDirectory } from '../../scripts/bench/relevance-set';
import { contactsStampOf } from '../../lib/db/search-inputs';
import { categoryOfThematique } from '../../lib/taxonomy';
import { decodePostings, encodePostings } from '../../lib/search/compact-postings';
import { packColumn, type TextColumn } from '../../lib/search/packed-column';
import { buildSearchData, createSearchIndex } from '../../lib/search/search-index';
import { buildSearchSnapshot, indexDataOf, restoreSnapshot, type SearchSnapshotV4, type StoredSnapshot } from '../../lib/search/snapshot';
import { ThemeColumn, readText, storeText, storeThemes } from '../../lib/search/stored-columns';
import type { Partner } from '../../lib/schema';

// Issue 20: the stored index's format 5 (postings gap-coded, thematiques as dictionary codes,
// two-byte text as UTF-8) is what a Firefox popup reads when its event page is suspended. It must
// give back exactly the index format 4 stored, and the same ranks.

const partners = [...generateDirectory(3000, { seed: 7 }), ...relevanceDirectory(400)];
const values = (column: TextColumn) => Array.from({ length: column.length }, (_, i) => column.at(i));

/** What a stored value costs IndexedDB: strings one byte a character unless one needs two, typed arrays their bytes. */
function storedBytes(value: unknown): number {
  if (typeof value === 'string') return value.length * (/[^\u0000-\u00ff]/.test(value) ? 2 : 1);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'number') return 8;
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, v) => sum + storedBytes(v), 0);
  return 0;
}

/** The index as format 4 stored it (lib/search/snapshot.ts before format 5). */
function formatFour(list: readonly Partner[]): SearchSnapshotV4 {
  const data = buildSearchData(list);
  return {
    format: 4,
    count: list.length,
    data: { ...data, vocabulary: packColumn(data.vocabulary), names: packColumn(data.names), places: packColumn(data.places), thematiques: packColumn(data.thematiques) },
    ids: packColumn(list.map((p) => p.id)),
    names: packColumn(list.map((p) => p.nom)),
    communes: packColumn(list.map((p) => p.commune)),
    postalCodes: packColumn(list.map((p) => p.code_postal)),
    networks: packColumn(list.map((p) => (p.reseaux_porteurs ?? []).join(' '))),
    phones: packColumn(list.map((p) => p.telephone)),
    hours: packColumn(list.map((p) => p.horaires_accueil)),
    updated: packColumn(list.map((p) => p.date_maj)),
  };
}

const QUERIES = [...RELEVANCE_QUERIES.map((q) => ({ query: q.query, options: q.options ?? {} })), { query: 'c', options: {} }, { query: 'logement', options: { territory: ['34'] } }];
const hitsOf = (snapshot: StoredSnapshot) => {
  const { index } = restoreSnapshot(structuredClone(snapshot));
  return QUERIES.map(({ query, options }) => index.search(query, options).map((hit) => [hit.partner.id, hit.score]));
};

describe('stored search index, format 5', () => {
  const built = buildSearchData(partners);
  const snapshot = buildSearchSnapshot(partners);

  it('gives back, after a structured clone, exactly the word index it was built from', () => {
    const restored = indexDataOf(structuredClone(snapshot));
    expect(restored.vocabulary).toEqual(built.vocabulary);
    expect(restored.postingStart).toEqual(built.postingStart);
    expect(restored.postingDoc).toEqual(built.postingDoc);
    expect(restored.postingWeight).toEqual(built.postingWeight);
    expect(values(restored.names)).toEqual(built.names);
    expect(values(restored.places)).toEqual(built.places);
    expect(values(restored.thematiques)).toEqual(built.thematiques);
    expect(restored.categoryMasks).toEqual(built.categoryMasks);
    expect(restored.nameInitials).toEqual(built.nameInitials);
    expect(restored.quality).toEqual(built.quality);
  });

  it('ranks every query exactly as the index built in memory and as format 4 did, scores included', () => {
    const fresh = createSearchIndex(partners);
    const expected = QUERIES.map(({ query, options }) => fresh.search(query, options).map((hit) => [hit.partner.id, hit.score]));
    expect(hitsOf(snapshot)).toEqual(expected);
    expect(hitsOf(formatFour(partners))).toEqual(expected);
    const needs = { categories: ['logement-hebergement', 'famille'], thematiques: [partners.flatMap((p) => p.services.flatMap((s) => s.thematiques ?? []))[0]], limit: 50 };
    const browse = (s: StoredSnapshot) => restoreSnapshot(structuredClone(s)).index.search('', needs).map((hit) => [hit.partner.id, hit.score]);
    const browsed = fresh.search('', needs).map((hit) => [hit.partner.id, hit.score]);
    expect(browsed).toHaveLength(50);
    expect(browse(snapshot)).toEqual(browsed);
  });

  it('gives the same summaries as format 4, accented names and thematiques included', () => {
    const four = restoreSnapshot(structuredClone(formatFour(partners))).summaries;
    const five = restoreSnapshot(structuredClone(snapshot)).summaries;
    for (let i = 0; i < partners.length; i += 97) expect(five.at(i)).toEqual(four.at(i));
    expect(five.indexOfId(partners[1234].id)).toBe(1234);
    const themed = partners.findIndex((p) => p.services.some((s) => (s.thematiques ?? []).length > 1));
    expect(five.at(themed)?.themes?.map(categoryOfThematique).length).toBeGreaterThan(1);
  });

  it('is under half of format 4’s bytes', () => {
    expect(storedBytes(snapshot) / storedBytes(formatFour(partners))).toBeLessThan(0.5);
  });

  it('has a stamp of its own: an index stored in format 4 is not current and the background rebuilds it', () => {
    expect(contactsStampOf([])).toMatch(/^f5:/);
  });
});

describe('stored postings', () => {
  it('round-trip any postings, unsorted runs and large document numbers included', () => {
    const postingStart = Uint32Array.from([0, 3, 3, 8]);
    const postingDoc = Uint32Array.from([5, 2, 2 ** 32 - 1, 0, 1, 1, 300_000, 7]);
    const postingWeight = Uint8Array.from([90, 90, 90, 255, 255, 255, 0, 0]);
    const decoded = decodePostings(encodePostings(postingStart, postingDoc, postingWeight), postingStart);
    expect(decoded.postingDoc).toEqual(postingDoc);
    expect(decoded.postingWeight).toEqual(postingWeight);
  });

  it('refuses damaged bytes instead of misreading them', () => {
    const postingStart = Uint32Array.from([0, 2]);
    const bytes = encodePostings(postingStart, Uint32Array.from([1, 4]), Uint8Array.from([9, 9]));
    expect(() => decodePostings(bytes.slice(0, 2), postingStart)).toThrow();
    expect(() => decodePostings(Uint8Array.from([...bytes, 1, 1, 0]), postingStart)).toThrow();
  });
});

describe('stored text columns', () => {
  it('keep one-byte text as a string and store other text as UTF-8, both read back as they were', () => {
    expect(storeText('Sète\u001fLunel')).toBe('Sète\u001fLunel');
    const wide = 'Restos du Cœur\u001fMaison de l’emploi';
    expect(storeText(wide)).toBeInstanceOf(Uint8Array);
    expect(readText(structuredClone(storeText(wide)))).toBe(wide);
  });

  it('store thematiques as codes and read back each document’s string, empty ones and repeated spaces included', () => {
    const column = ['famille--garde-enfants numerique', '', 'numerique', 'a  b', ''];
    const themes = new ThemeColumn(structuredClone(storeThemes({ length: column.length, at: (i) => column[i] })));
    expect(values(themes)).toEqual(column);
    expect(themes.list(0)).toEqual(['famille--garde-enfants', 'numerique']);
    expect(themes.list(1)).toEqual([]);
    expect(themes.at(5)).toBeUndefined();
    expect(values(new ThemeColumn(storeThemes({ length: 0, at: () => undefined })))).toEqual([]);
  });
});
