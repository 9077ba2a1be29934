import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PartnerSummary } from '../../lib/search';
import type { MatchContext } from '../../lib/search/match-reason';
import type { Service } from '../../lib/schema';
import { afterFirstResults } from '../first-results';

export type RowPartner = PartnerSummary & { services?: Service[] };

type MatchReasons = typeof import('../../lib/search/match-reason');

/**
 * The reasons' code (the need lexicon and the taxonomy's labels, ~50 KB): a chunk of its own, off
 * the page's first load (issue 20: a Firefox popup whose event page was suspended is ready once
 * its bundle has run). A list of favourites needs none; it loads when a list asks for reasons (a
 * query, the needs panel), or in idle time after the first results, before the first key typed.
 */
let loaded: MatchReasons | undefined;
let loading: Promise<MatchReasons | undefined> | undefined;

export function loadRowReasons(): Promise<MatchReasons | undefined> {
  loading ??= import('../../lib/search/match-reason').then(
    (module) => (loaded = module),
    () => undefined,
  );
  return loading;
}

/** Whether the reasons' code is there (the partners for needs wait for it: use-partner-results.ts). */
export const rowReasonsLoaded = (): boolean => loaded !== undefined;

/** Whether the rows of a list answering this may have a reason: no query and no needs, none. */
const asksReasons = (context: MatchContext) => context.query.trim() !== '' || (context.categories?.length ?? 0) > 0;

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
 * text did not change is not rendered again when the next key is typed. Undefined, and not
 * remembered, while the reasons' code has not arrived (useRowReasons renders the list again then).
 */
export function rowReason(partner: RowPartner, context: MatchContext): string | undefined {
  if (!asksReasons(context)) return undefined;
  const cached = cache.get(partner);
  if (cached && cached.query === context.query && cached.categories === context.categories) return cached.text;
  if (!loaded) return undefined;
  const reasons = loaded.matchReasons(partner.nom, themesOf(partner), context);
  const text = reasons.length === 0 ? undefined : context.query.trim() ? t('rowMatched', reasons.join(', ')) : t('rowServes', reasons.join(', '));
  cache.set(partner, { query: context.query, categories: context.categories, text });
  return text;
}

/**
 * Whether the reasons' code is there: a list calls it so that it renders again when the code
 * arrives, its rows then given their reasons. Asked at once when the list answers a query or
 * needs; otherwise once the first results are shown, in idle time.
 */
export function useRowReasons(context: MatchContext): boolean {
  const [ready, setReady] = useState(() => loaded !== undefined);
  const wanted = asksReasons(context);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const load = () => void loadRowReasons().then((module) => live && module && setReady(true));
    if (wanted) load();
    else afterFirstResults(load);
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready;
}
