import type { TerritoryPlace } from '../schema';

/** The département of an INSEE commune code: 2 characters, 3 overseas (971…976). */
function departementOfCommune(insee: string): string {
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}

/**
 * The département whose data·inclusion directory the welcome offers to load: the first place of
 * the territory that names one (a département, a commune, or an EPCI through its communes).
 */
export function departementOfTerritory(places: readonly TerritoryPlace[]): string | undefined {
  for (const place of places) {
    if (place.kind === 'departement') return place.code;
    if (place.kind === 'commune') return departementOfCommune(place.code);
    const commune = place.codes.find((code) => /^\w{5}$/.test(code));
    if (commune) return departementOfCommune(commune);
  }
  return undefined;
}
