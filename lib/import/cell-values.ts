import {
  MODES_MOBILISATION,
  PERSONNES_MOBILISATRICES,
  PUBLICS,
  RESEAUX_PORTEURS,
  THEMATIQUES,
  NETWORK_ALIASES,
  type TaxonomyEntry,
  type TaxonomyKind,
} from '../taxonomy';
import type { ColumnSpec } from './columns';
import { normalizeHeading } from './columns';

const LISTS: Partial<Record<TaxonomyKind, readonly TaxonomyEntry[]>> = {
  thematique: THEMATIQUES,
  reseau: RESEAUX_PORTEURS,
  public: PUBLICS,
  modeMobilisation: MODES_MOBILISATION,
  personneMobilisatrice: PERSONNES_MOBILISATRICES,
};

/** Value or label (any case, accents, spacing) -> the list's value. */
const lookups = new Map<TaxonomyKind, Map<string, string>>();
function lookupOf(kind: TaxonomyKind): Map<string, string> {
  let lookup = lookups.get(kind);
  if (!lookup) {
    lookup = new Map();
    for (const entry of LISTS[kind] ?? []) {
      lookup.set(normalizeHeading(entry.label), entry.value);
      lookup.set(normalizeHeading(entry.value), entry.value);
    }
    if (kind === 'reseau') {
      for (const [value, aliases] of Object.entries(NETWORK_ALIASES)) {
        for (const alias of aliases) if (!lookup.has(normalizeHeading(alias))) lookup.set(normalizeHeading(alias), value);
      }
    }
    lookups.set(kind, lookup);
  }
  return lookup;
}

/**
 * A list cell: "a ; b | c" or one item per line; commas split too, unless the whole part is a
 * known label that contains a comma. Unknown items are passed on so validation reports them.
 */
export function splitList(cell: string, kind?: TaxonomyKind): string[] {
  const lookup = kind ? lookupOf(kind) : undefined;
  const items: string[] = [];
  for (const part of cell.split(/[;|\n\r]+/)) {
    const whole = part.trim();
    if (!whole) continue;
    const known = lookup?.get(normalizeHeading(whole));
    if (known) {
      items.push(known);
      continue;
    }
    for (const piece of whole.split(',')) {
      const item = piece.trim();
      if (item) items.push(lookup?.get(normalizeHeading(item)) ?? item);
    }
  }
  return items;
}

/** "12/03/2026" (how Excel shows dates in France) -> "2026-03-12"; anything else unchanged. */
export function frenchDateToIso(cell: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(cell);
  if (!match) return cell;
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/** A cell as its data·inclusion value; undefined when empty. */
export function cellValue(spec: ColumnSpec, raw: string): unknown {
  const cell = raw.trim();
  if (cell === '') return undefined;
  switch (spec.kind) {
    case 'list':
      return splitList(cell, spec.taxonomy);
    case 'number': {
      const number = Number(cell.replace(',', '.'));
      return Number.isFinite(number) ? number : cell;
    }
    case 'date':
      return frenchDateToIso(cell);
    case 'phone':
      // Excel stores 0467000000 as a number and drops the leading zero.
      return /^[1-9]\d{8}$/.test(cell) ? `0${cell}` : cell;
    case 'postcode':
      // Same for the postcodes of Ain, Aisne… (01000 -> 1000).
      return /^\d{4}$/.test(cell) ? `0${cell}` : cell;
    default:
      return cell;
  }
}

/** A readable, stable id for a row that has none: the same row always gets the same id. */
export function derivedId(nom: string, place: string): string {
  const slug = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80);
  return [slug(nom), slug(place)].filter(Boolean).join('--');
}
