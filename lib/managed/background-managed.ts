import type { RepereDB } from '../db/database';
import { GeographySchema } from '../geography';
import { t } from '../i18n';
import { managedAppliedItem, managedStateItem } from '../settings';
import { parseSiteAddress } from '../case-file/sites';
import { applyManagedPolicy, caseSiteAllowed, setUpGranted, subscriptionAllowed, type ManagedDeps } from './apply';

interface BrowserLike {
  storage: {
    managed: { get(keys: null): Promise<Record<string, unknown>> };
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  runtime: { getURL(path: string): string };
}

/**
 * The background's side of the structure's policy: read at each start, again whenever the
 * browser says it changed (`storage.onChanged`, area `managed`), and when the counsellor grants
 * an origin a proposed subscription or site waits for (`retryGranted`); the background registers
 * those listeners (entrypoints/background/index.ts). Calls are queued: one application at a time.
 */
export function wireManagedPolicy(
  browser: BrowserLike,
  db: RepereDB,
  paths: { subscribe: ManagedDeps['subscribe']; enableSite: ManagedDeps['enableSite']; enabledSites: ManagedDeps['enabledSites'] },
) {
  const deps: ManagedDeps = {
    readPolicy: () => browser.storage.managed.get(null),
    geography: async () => GeographySchema.parse(await (await fetch(browser.runtime.getURL('/data/geography.json'))).json()),
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    loadState: () => managedStateItem.getValue(),
    saveState: (state) => managedStateItem.setValue(state),
    loadApplied: () => managedAppliedItem.getValue(),
    saveApplied: (applied) => managedAppliedItem.setValue(applied),
    hasSource: async (id) => (await db.sources.get(id)) !== undefined,
    ...paths,
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serially = (job: () => Promise<unknown>) => {
    queue = queue.then(job, job).catch((error: unknown) => console.warn('Repère: policy not applied', error));
    return queue;
  };
  const apply = () => serially(() => applyManagedPolicy(deps));
  const retryGranted = () =>
    serially(async () => {
      const state = await managedStateItem.getValue();
      if (!state) return;
      const problems = await setUpGranted(deps, state.policy);
      if (problems.length > 0) await managedStateItem.setValue({ ...state, problems: [...state.problems, ...problems] });
    });

  const policy = async () => (await managedStateItem.getValue())?.policy;
  return {
    apply,
    /** An origin was granted: a proposed subscription or site waiting for it is set up. */
    retryGranted,
    /** The structure locked subscriptions: only its own may be added (checked here, not only hidden in the page). */
    async checkSubscribe(url: string): Promise<void> {
      if (!subscriptionAllowed(await policy(), url)) throw new Error(t('managedOnlyTeamSubscriptions'));
    },
    async checkNational(): Promise<void> {
      if ((await policy())?.locked.subscriptions) throw new Error(t('managedNoNationalApi'));
    },
    async checkCaseSite(input: string): Promise<void> {
      const parsed = parseSiteAddress(input);
      if (parsed.ok && !caseSiteAllowed(await policy(), parsed.origin)) throw new Error(t('managedOnlyTeamSites'));
    },
    async checkCaseSiteRemoval(origin: string): Promise<void> {
      const current = await policy();
      if (current?.locked.caseSites && current.caseSites.includes(origin)) throw new Error(t('managedSiteCannotRemove'));
    },
  };
}
