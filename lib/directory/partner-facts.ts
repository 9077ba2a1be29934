import type { Partner } from '../schema';
import { categoryOfThematique } from '../taxonomy';

/** data·inclusion categories a partner serves, from its services' thematiques. */
export function categoriesOfPartner(partner: Pick<Partner, 'services'>): string[] {
  const categories = new Set<string>();
  for (const service of partner.services) {
    for (const thematique of service.thematiques ?? []) categories.add(categoryOfThematique(thematique));
  }
  return [...categories];
}

/** The most recent `date_maj` among partners and their services. */
export function newestDate(partners: readonly Partner[]): string | undefined {
  let newest: string | undefined;
  for (const partner of partners) {
    if (!newest || partner.date_maj > newest) newest = partner.date_maj;
    for (const service of partner.services) if (service.date_maj > newest) newest = service.date_maj;
  }
  return newest;
}
