import type { Settings } from './schema';

/** Every code the search's territory boost matches: communes, départements, EPCI and their members. */
export function territoryCodes(settings: Settings): string[] {
  return [...new Set(settings.territory.flatMap((place) => [place.code, ...place.codes]))];
}
