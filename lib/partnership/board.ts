import type { Partnership } from '../schema';
import type { RepereDB, StoredPartner } from '../db/database';
import { getPartners } from '../db/directory-store';
import type { DueItem, DueKind } from './due';

/** What the board shows of a partner, from the directory when it is there. */
export interface BoardPartner {
  id: string;
  nom: string;
  commune: string;
  categories: readonly string[];
  /** False when the partner is no longer in any directory (only its follow-up is left). */
  inDirectory: boolean;
}

export interface BoardRow extends DueItem {
  partner: BoardPartner;
}

export type BoardSort = 'date' | 'name' | 'commune' | 'kind';

export interface BoardFilter {
  category?: string;
  commune?: string;
}

const KIND_ORDER: readonly DueKind[] = ['convention-end', 'review', 'no-bilan', 'next-contact', 'relance', 'never-contacted'];

/** The partners behind the due items, one per id as the search shows them. */
export async function boardPartners(db: RepereDB, ids: readonly string[]): Promise<Map<string, StoredPartner>> {
  if (ids.length === 0) return new Map();
  return getPartners(db, [...new Set(ids)]);
}

/** One line per due item; a partner gone from the directory keeps the name its follow-up saved. */
export function boardRows(items: readonly DueItem[], partners: ReadonlyMap<string, StoredPartner>, partnerships: readonly Partnership[]): BoardRow[] {
  const saved = new Map(partnerships.map((p) => [p.partnerId, p.partnerName]));
  return items.map((item) => {
    const found = partners.get(item.partnerId);
    const partner: BoardPartner = found
      ? { id: found.id, nom: found.nom, commune: found.commune ?? '', categories: found.categories ?? [], inDirectory: true }
      : { id: item.partnerId, nom: saved.get(item.partnerId) || item.partnerId, commune: '', categories: [], inDirectory: false };
    return { ...item, partner };
  });
}

export function filterRows(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  return rows.filter(
    (row) => (!filter.category || row.partner.categories.includes(filter.category)) && (!filter.commune || row.partner.commune === filter.commune),
  );
}

const byName = (a: BoardRow, b: BoardRow) => a.partner.nom.localeCompare(b.partner.nom, 'fr');
/** Lines without a commune go after the others. */
const byCommune = (a: BoardRow, b: BoardRow) => (!a.partner.commune || !b.partner.commune ? Number(!a.partner.commune) - Number(!b.partner.commune) : a.partner.commune.localeCompare(b.partner.commune, 'fr'));
const byDate = (a: BoardRow, b: BoardRow) => (a.date ?? '9999').localeCompare(b.date ?? '9999');

/** Sorted by the chosen column, ties by date then name; `descending` reverses the order. */
export function sortRows(rows: readonly BoardRow[], sort: BoardSort, descending = false): BoardRow[] {
  const compare: Record<BoardSort, (a: BoardRow, b: BoardRow) => number> = {
    date: (a, b) => byDate(a, b) || byName(a, b),
    name: (a, b) => byName(a, b) || byDate(a, b),
    commune: (a, b) => byCommune(a, b) || byDate(a, b) || byName(a, b),
    kind: (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byDate(a, b) || byName(a, b),
  };
  const sorted = [...rows].sort(compare[sort]);
  return descending ? sorted.reverse() : sorted;
}

/** The communes and categories present, for the filters. */
export function filterChoices(rows: readonly BoardRow[]): { communes: string[]; categories: string[] } {
  const communes = new Set(rows.map((r) => r.partner.commune).filter(Boolean));
  const categories = new Set(rows.flatMap((r) => r.partner.categories));
  return { communes: [...communes].sort((a, b) => a.localeCompare(b, 'fr')), categories: [...categories].sort() };
}

/** A partner's line on the board: every action due for it, the most urgent first. */
export interface BoardLine extends BoardRow {
  kinds: DueKind[];
}

/**
 * One line per partner, in the sorted rows' order (a partner with a convention ending and a
 * relance is listed once, with both actions): the counsellor scans names, not actions.
 */
export function onePerPartner(rows: readonly BoardRow[]): BoardLine[] {
  const lines = new Map<string, BoardLine>();
  for (const row of rows) {
    const line = lines.get(row.partnerId);
    if (line) line.kinds.push(row.kind);
    else lines.set(row.partnerId, { ...row, kinds: [row.kind] });
  }
  return [...lines.values()];
}
