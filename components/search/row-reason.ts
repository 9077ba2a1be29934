import { t } from '../../lib/i18n';
import type { PartnerSummary } from '../../lib/search';
import { matchReasons, type MatchContext } from '../../lib/search/match-reason';
import type { Service } from '../../lib/schema';

export type RowPartner = PartnerSummary & { services?: Service[] };

/** The thematiques a partner offers, from its summary or, for a full record, its services. */
function themesOf(partner: RowPartner): string[] {
  return partner.themes ?? (partner.services ?? []).flatMap((service) => service.thematiques ?? []);
}

interface Cached {
  query: string;
  categories: MatchContext['categories'];
  text: string | undefined;
}
/**
 * Keyed by the record's object: the page keeps one object per partner from answer to answer
 * (use-directory.ts), so a row kept from the previous keystroke's list costs a lookup.
 */
const cache = new WeakMap<object, Cached>();

/**
 * Why a row is listed, as the text it shows (« Correspond à : … »), worked out once per record
 * and query (issue 20): the list hands each row this text rather than the query, so a row whose
 * text did not change is not rendered again when the next key is typed.
 */
export function rowReason(partner: RowPartner, context: MatchContext): string | undefined {
  const cached = cache.get(partner);
  if (cached && cached.query === context.query && cached.categories === context.categories) return cached.text;
  const reasons = matchReasons(partner.nom, themesOf(partner), context);
  const text = reasons.length === 0 ? undefined : context.query.trim() ? t('rowMatched', reasons.join(', ')) : t('rowServes', reasons.join(', '));
  cache.set(partner, { query: context.query, categories: context.categories, text });
  return text;
}
