import type { Partner, Service, Structure } from '../schema';

export interface DataInclusionExport {
  structures: Structure[];
  services: Service[];
}

/** Partners -> the data·inclusion v1 `{ structures, services }` a team can publish and subscribe to. */
export function toDataInclusion(partners: readonly Partner[]): DataInclusionExport {
  const structures: Structure[] = [];
  const services: Service[] = [];
  for (const { services: own, ...structure } of partners) {
    structures.push(structure);
    services.push(...own);
  }
  return { structures, services };
}
