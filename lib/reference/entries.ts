import type { ReferenceEntry } from './schema';
import { BUSINESS_CREATION } from './data/business-creation';
import { DAILY_LIFE } from './data/daily-life';
import { EMPLOYMENT_SERVICES } from './data/employment-services';
import { HOUSING } from './data/housing';
import { INCLUSION_THROUGH_WORK } from './data/inclusion-through-work';
import { RIGHTS_AND_HEALTH } from './data/rights-and-health';
import { SOCIAL_ACTION } from './data/social-action';
import { YOUTH_AND_TRAINING } from './data/youth-and-training';

const ALL: readonly ReferenceEntry[] = [
  ...EMPLOYMENT_SERVICES,
  ...INCLUSION_THROUGH_WORK,
  ...YOUTH_AND_TRAINING,
  ...BUSINESS_CREATION,
  ...SOCIAL_ACTION,
  ...RIGHTS_AND_HEALTH,
  ...HOUSING,
  ...DAILY_LIFE,
];

/** Every entry of « Qui porte quoi ? », in the order of the data files. */
export function referenceEntries(): readonly ReferenceEntry[] {
  return ALL;
}

let byId: Map<string, ReferenceEntry> | undefined;
let byNetwork: Map<string, ReferenceEntry> | undefined;

export function referenceEntry(id: string): ReferenceEntry | undefined {
  byId ??= new Map(ALL.map((entry) => [entry.id, entry]));
  return byId.get(id);
}

/** The entry that explains a data·inclusion réseau porteur (every one of the 108 has one). */
export function entryForNetwork(network: string): ReferenceEntry | undefined {
  byNetwork ??= new Map(ALL.flatMap((entry) => (entry.reseaux_porteurs ?? []).map((n) => [n, entry] as const)));
  return byNetwork.get(network);
}
