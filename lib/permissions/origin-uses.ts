import { checkSubscriptionUrl } from '../import/subscription-url';

/**
 * One host permission can serve several uses: a case-management site (« Pour ce dossier ») and a
 * subscribed directory on the same host. A permission is given back to the browser only when no
 * use needs it any more — « Retirer » a case site must not break a subscription, nor the reverse.
 * Uses are compared by scheme and host: a pattern with a port and one without overlap (a host
 * pattern without a port covers every port), so neither is given back while the other is used.
 */

/** Where the case sites are kept (lib/case-file/background-case.ts). */
export const CASE_SITES_KEY = 'caseSites';

const hostOf = (patternOrUrl: string): string | undefined => {
  try {
    const url = new URL(patternOrUrl.replace(/\/\*$/, '/'));
    return `${url.protocol}//${url.hostname}`;
  } catch {
    return undefined;
  }
};

/** The host permissions the counsellor's uses need: case sites (origins) and subscriptions (URLs). */
export function neededHosts(uses: { caseSites: readonly string[]; subscriptionUrls: readonly string[] }): Set<string> {
  const hosts = new Set<string>();
  for (const site of uses.caseSites) {
    const host = hostOf(site);
    if (host) hosts.add(host);
  }
  for (const url of uses.subscriptionUrls) {
    const checked = checkSubscriptionUrl(url);
    const host = checked.ok ? hostOf(checked.url) : undefined;
    if (host) hosts.add(host);
  }
  return hosts;
}

/** Whether a permission pattern may be given back: no remaining use on its host. */
export function mayRelease(pattern: string, uses: { caseSites: readonly string[]; subscriptionUrls: readonly string[] }): boolean {
  const host = hostOf(pattern);
  return host !== undefined && !neededHosts(uses).has(host);
}

/** The case sites as stored (any other value: none). */
export function storedCaseSites(stored: Record<string, unknown>): string[] {
  const list = stored[CASE_SITES_KEY];
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}
