import Fuse, { type FuseResult } from 'fuse.js';
import { normalizeText } from '../search/normalize';
import { aliasesOfNetwork, labelOf } from '../taxonomy';
import { referenceEntries } from './entries';
import { readReferenceQuery } from './question-words';
import type { ReferenceEntry } from './schema';

/** An entry's text as Fuse sees it: folded once here (Fuse's own folding keeps œ). */
interface Doc {
  entry: ReferenceEntry;
  sigle: string;
  nom: string;
  /** Former names and everyday words the entry itself lists. */
  anciens: string[];
  /** What lib/taxonomy knows of its networks: label and aliases (shared with other entries). */
  aliases: string[];
  missions: string;
}

const NAME_KEYS = new Set(['sigle', 'nom', 'anciens', 'aliases']);

function toDoc(entry: ReferenceEntry): Doc {
  const networks = entry.reseaux_porteurs ?? [];
  return {
    entry,
    sigle: normalizeText(entry.sigle ?? ''),
    nom: normalizeText(entry.nom),
    anciens: [...(entry.anciens_noms ?? []), ...(entry.mots_cles ?? [])].map(normalizeText),
    aliases: [...networks.map((n) => labelOf('reseau', n)), ...networks.flatMap((n) => aliasesOfNetwork(n))].map(normalizeText),
    missions: normalizeText(entry.missions),
  };
}

const NAME_KEYS_WEIGHTED = [
  { name: 'sigle', weight: 3 },
  { name: 'nom', weight: 2 },
  { name: 'anciens', weight: 2 },
  { name: 'aliases', weight: 1 },
];

const fuseOptions = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  // Word-wise AND: every typed word must match, each with its own typo allowance.
  useExtendedSearch: true,
  threshold: 0.34,
};

let docsBuilt: Doc[] | undefined;
let namesIndex: Fuse<Doc> | undefined;
let allIndex: Fuse<Doc> | undefined;

/** The entries' folded texts, without a Fuse index: what the exact-name check reads. */
function referenceDocs(): Doc[] {
  return (docsBuilt ??= referenceEntries().map(toDoc));
}

/**
 * Built at first use, not at import, and each only when asked: the popup asks names only (on
 * every keystroke), missions are long and searched by the reference page's « Qui porte quoi ? ».
 */
function searchIndex() {
  const docs = referenceDocs();
  return {
    docs,
    get all() {
      return (allIndex ??= new Fuse(docs, { ...fuseOptions, keys: [...NAME_KEYS_WEIGHTED, { name: 'missions', weight: 0.4 }] }));
    },
    get names() {
      return (namesIndex ??= new Fuse(docs, { ...fuseOptions, keys: NAME_KEYS_WEIGHTED }));
    },
  };
}

/**
 * Builds what the popup searches ahead of the first question, a few entries at a time: the
 * caller runs one step per idle slice, so folding the entries' texts and indexing them is never
 * one long task after the popup's first results (issue 20). A question asked before the last
 * step builds the whole index at once.
 */
export function* prepareReferenceSearchSteps(slice = 8): Generator<void, void> {
  if (namesIndex) return;
  const entries = referenceEntries();
  const docs: Doc[] = [];
  const names = new Fuse<Doc>([], { ...fuseOptions, keys: NAME_KEYS_WEIGHTED });
  for (let at = 0; at < entries.length; at += slice) {
    for (const entry of entries.slice(at, at + slice)) {
      const doc = toDoc(entry);
      docs.push(doc);
      names.add(doc);
    }
    if (at + slice < entries.length) yield;
    if (namesIndex) return;
  }
  docsBuilt ??= docs;
  namesIndex = names;
}

/** Whether the words are exactly some entry's sigle, name, former name, everyday word or network alias (no Fuse). */
export function isExactReferenceName(text: string): boolean {
  return referenceDocs().some((doc) => exactness(doc, text) < 3);
}

/**
 * 0: the words are exactly its sigle; 1: exactly its name, a former name or an everyday word it
 * lists; 2: exactly an alias of its network (« CMU » is an alias of the CPAM, a former name of
 * the CSS: the CSS wins); 3: otherwise.
 */
function exactness(doc: Doc, text: string): number {
  if (doc.sigle && doc.sigle === text) return 0;
  if (doc.nom === text || doc.anciens.includes(text)) return 1;
  if (doc.aliases.includes(text)) return 2;
  return 3;
}

export interface ReferenceHit {
  entry: ReferenceEntry;
  /** Fuse's score: 0 perfect, 1 no match. */
  score: number;
  /** The words matched a sigle, name, former name or alias, not just the missions. */
  named: boolean;
  /** The words are exactly a sigle, name, former name or alias. */
  exact: boolean;
}

function rank(hits: FuseResult<Doc>[], text: string): ReferenceHit[] {
  return hits
    .map((hit) => ({ hit, exact: exactness(hit.item, text) }))
    .sort((a, b) => a.exact - b.exact || (a.hit.score ?? 1) - (b.hit.score ?? 1))
    .map(({ hit, exact }) => ({
      entry: hit.item.entry,
      score: hit.score ?? 1,
      named: exact < 3 || (hit.matches ?? []).some((m) => NAME_KEYS.has(m.key ?? '')),
      exact: exact < 3,
    }));
}

/** Entries best matching a question or a name, best first, with how they matched. */
export function searchReferenceHits(query: string, limit = 10): ReferenceHit[] {
  const { words } = readReferenceQuery(query);
  if (words.length === 0) return [];
  const text = words.join(' ');
  return rank(searchIndex().all.search(text), text).slice(0, limit);
}

/**
 * The entry whose sigle, name, former name or network alias the query is, exactly or with a
 * typo, best first; the missions are not searched. Exact names are found without Fuse.
 */
export function namedReferenceHit(query: string): ReferenceHit | undefined {
  const { words } = readReferenceQuery(query);
  if (words.length === 0) return undefined;
  const text = words.join(' ');
  const { docs, names } = searchIndex();
  let best: { doc: Doc; exact: number } | undefined;
  for (const doc of docs) {
    const exact = exactness(doc, text);
    if (exact < 3 && (!best || exact < best.exact)) best = { doc, exact };
  }
  if (best) return { entry: best.doc.entry, score: 0, named: true, exact: true };
  return rank(names.search(text, { limit: 1 }), text)[0];
}

/**
 * « Qui porte quoi ? » search: Fuse over sigle, name, former names (and the network's known
 * aliases) and missions, with the question words dropped (« qui porte le PLIE » → « plie »).
 */
export function searchReference(query: string, limit = 10): ReferenceEntry[] {
  return searchReferenceHits(query, limit).map((hit) => hit.entry);
}
