import { z } from 'zod';
import type { PlaceKind, TerritoryPlace } from './schema';
import { normalizeText } from './search/normalize';

/** The compact geography built by scripts/build-geography.mjs (rows, see there). */
export const GeographySchema = z.object({
  source: z.string(),
  departements: z.array(z.tuple([z.string(), z.string()])),
  epci: z.array(z.tuple([z.string(), z.string()])),
  communes: z.array(z.union([z.tuple([z.string(), z.string(), z.string(), z.number()]), z.tuple([z.string(), z.string(), z.string(), z.number(), z.string()])])),
});
export type Geography = z.infer<typeof GeographySchema>;

export interface PlaceOption {
  kind: PlaceKind;
  code: string;
  /** What the picker shows: "Sète (34) — 34200", "CA Sète Agglopôle Méditerranée (EPCI)". */
  label: string;
}

interface Entry extends PlaceOption {
  folded: string;
  postcodes: string[];
}

export interface GeographyIndex {
  search(query: string, limit?: number): PlaceOption[];
  /** The place as stored in the settings, with an EPCI's member communes spelt out. */
  toPlace(option: PlaceOption): TerritoryPlace;
}

const departementOf = (code: string) => (/^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2));

/** Builds the picker's index once; a search is a linear scan of ~36,000 short folded names. */
export function createGeographyIndex(geo: Geography): GeographyIndex {
  const entries: Entry[] = [
    ...geo.departements.map(([code, nom]) => ({ kind: 'departement' as const, code, label: `${nom} (${code})`, folded: normalizeText(nom), postcodes: [] })),
    ...geo.epci.map(([code, nom]) => ({ kind: 'epci' as const, code, label: `${nom} (EPCI)`, folded: normalizeText(nom), postcodes: [] })),
    ...geo.communes.map(([code, nom, postcodes]) => ({
      kind: 'commune' as const,
      code,
      label: `${nom} (${departementOf(code)})${postcodes ? ` — ${postcodes.split(' ')[0]}${postcodes.includes(' ') ? '…' : ''}` : ''}`,
      folded: normalizeText(nom),
      postcodes: postcodes ? postcodes.split(' ') : [],
    })),
  ];
  const membersOfEpci = new Map<string, string[]>();
  const arrondissementsOf = new Map<string, string[]>();
  for (const [code, , , epciIndex, parent] of geo.communes) {
    if (parent) arrondissementsOf.set(parent, [...(arrondissementsOf.get(parent) ?? []), code]);
    const siren = geo.epci[epciIndex]?.[0];
    if (siren && !parent) membersOfEpci.set(siren, [...(membersOfEpci.get(siren) ?? []), code]);
  }

  return {
    search(query, limit = 10) {
      const q = normalizeText(query);
      if (!q) return [];
      const digits = /^\d[\dab]*$/i.test(query.trim());
      const ranked: [number, Entry][] = [];
      entries.forEach((entry, position) => {
        let rank: number;
        if (digits) {
          const code = query.trim().toUpperCase();
          if (entry.code === code || entry.postcodes.includes(code)) rank = 0;
          else if (entry.postcodes.some((p) => p.startsWith(code))) rank = 1;
          else if (entry.code.startsWith(code)) rank = 2;
          else return;
        } else if (entry.folded === q) rank = 0;
        else if (entry.folded.startsWith(q)) rank = 1;
        else if (entry.folded.includes(` ${q}`)) rank = 2;
        else if (q.length >= 3 && entry.folded.includes(q)) rank = 3;
        else return;
        // Départements and EPCI are listed before communes of equal rank; communes by population.
        ranked.push([rank * 100000 + position, entry]);
      });
      return ranked
        .sort((a, b) => a[0] - b[0])
        .slice(0, limit)
        .map(([, { kind, code, label }]) => ({ kind, code, label }));
    },
    toPlace({ kind, code, label }) {
      const codes = kind === 'epci' ? (membersOfEpci.get(code) ?? []).flatMap((c) => [c, ...(arrondissementsOf.get(c) ?? [])]) : kind === 'commune' ? (arrondissementsOf.get(code) ?? []) : [];
      return { kind, code, label, codes };
    },
  };
}
