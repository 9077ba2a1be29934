import { readFileSync } from 'node:fs';
import { parseDataInclusion } from '../../lib/directory';
import type { Partner } from '../../lib/schema';

/** The embedded national starter directory (public/data), as the extension loads it on install. */
export function starterPartners(): Partner[] {
  const json = JSON.parse(readFileSync(new URL('../../public/data/starter-directory.json', import.meta.url), 'utf8'));
  return parseDataInclusion({ structures: json.structures, services: json.services }).partners;
}
