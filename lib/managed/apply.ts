import type { TerritoryPlace } from '../schema';
import { createGeographyIndex, type Geography } from '../geography';
import type { ManagedState } from '../settings';
import { checkSubscriptionUrl } from '../import/subscription-url';
import { urlSourceId } from '../import/subscriptions';
import { originPattern } from '../case-file/sites';
import { t, type MessageKey } from '../i18n';
import { parsePolicy, territoryCodeKind, type ManagedPolicy } from './policy';

/** What applying a policy needs (the background's browser and database; fakes in tests). */
export interface ManagedDeps {
  /** `storage.managed.get(null)`; Firefox rejects when no policy exists: that is no policy. */
  readPolicy(): Promise<unknown>;
  geography(): Promise<Geography>;
  hasPermission(pattern: string): Promise<boolean>;
  loadState(): Promise<ManagedState | null>;
  saveState(state: ManagedState): Promise<void>;
  loadApplied(): Promise<{ subscriptions: string[]; caseSites: string[] }>;
  saveApplied(applied: { subscriptions: string[]; caseSites: string[] }): Promise<void>;
  /** The existing subscription path (lib/import/subscriptions.ts `subscribe`). */
  subscribe(url: string, label: string | undefined, coordinatorEmail: string | undefined): Promise<unknown>;
  hasSource(id: string): Promise<boolean>;
  /** The existing « Sites de suivi » path (background-case.ts `enableSite`). */
  enableSite(origin: string): Promise<unknown>;
  enabledSites(): Promise<string[]>;
  now?(): number;
}

/** What starts a territory problem (kept while the codes stay the same), in the interface's language. */
const territoryPrefix = () => t('managedSettingPrefix', t('managedNameTerritory'));
const geographyFailed = () => t('managedGeographyFailed');
const UNKNOWN_CODE: Record<'commune' | 'epci' | 'departement', MessageKey> = {
  commune: 'managedUnknownCommune',
  epci: 'managedUnknownEpci',
  departement: 'managedUnknownDepartement',
};

/** The policy's codes as places (an EPCI with its communes), or a message per unknown code. */
export function resolveTerritory(geo: Geography, codes: string[]): { places: TerritoryPlace[]; problems: string[] } {
  if (codes.length === 0) return { places: [], problems: [] };
  const index = createGeographyIndex(geo);
  const places: TerritoryPlace[] = [];
  const problems: string[] = [];
  codes.forEach((code) => {
    const kind = territoryCodeKind(code);
    const option = index.search(code, 200).find((o) => o.kind === kind && o.code === code);
    if (option) places.push(index.toPlace(option));
    else problems.push(t(UNKNOWN_CODE[kind ?? 'departement'], territoryPrefix(), code, geo.source));
  });
  return { places, problems };
}

/**
 * Reads the policy, checks it, keeps the result for the pages (ManagedState) and sets up what it
 * proposes through the same paths as the counsellor's clicks: a team subscription is downloaded
 * and a case site switched on as soon as the browser grants its origin — once: a counsellor who
 * removed one later keeps it removed until the policy changes. Never throws: a policy that cannot
 * be read or applied leaves a message, and the counsellor's data untouched.
 */
export async function applyManagedPolicy(deps: ManagedDeps): Promise<ManagedState> {
  let raw: unknown;
  const problems: string[] = [];
  try {
    raw = await deps.readPolicy();
  } catch {
    raw = undefined;
  }
  const parsed = parsePolicy(raw && typeof raw === 'object' && Object.keys(raw).length === 0 ? undefined : raw);
  problems.push(...parsed.problems);
  let territory: TerritoryPlace[] = [];
  // The service worker starts often: the geography (36,000 communes) is read only when the codes changed.
  const previous = await deps.loadState().catch(() => null);
  const sameCodes = previous && previous.policy.territory.join() === parsed.policy.territory.join() && !previous.problems.includes(geographyFailed());
  if (sameCodes) {
    territory = previous.territory;
    problems.push(...previous.problems.filter((p) => p.startsWith(territoryPrefix())));
  }
  else if (parsed.policy.territory.length > 0) {
    try {
      const resolved = resolveTerritory(await deps.geography(), parsed.policy.territory);
      territory = resolved.places;
      problems.push(...resolved.problems);
    } catch {
      // Keep the last resolved places: the geography ships with the extension, a failure is transient.
      territory = previous?.territory ?? [];
      problems.push(geographyFailed());
    }
  }
  const state: ManagedState = { policy: parsed.policy, territory, problems, checkedAt: deps.now?.() ?? Date.now() };
  // Written only when it changed: open pages watch it, and the service worker wakes often.
  const same = (a: ManagedState | null | undefined, b: ManagedState) => !!a && JSON.stringify({ ...a, checkedAt: 0 }) === JSON.stringify({ ...b, checkedAt: 0 });
  if (!same(previous, state)) await deps.saveState(state);
  const setUp = await setUpGranted(deps, parsed.policy);
  if (setUp.length > 0) {
    state.problems = [...problems, ...setUp];
    await deps.saveState(state);
  }
  return state;
}

/** Subscribes and switches on what the policy proposes and the browser already grants; a message per failure. */
export async function setUpGranted(deps: ManagedDeps, policy: ManagedPolicy): Promise<string[]> {
  const problems: string[] = [];
  const applied = await deps.loadApplied();
  const next = { subscriptions: applied.subscriptions.filter((u) => policy.subscriptions.some((s) => s.url === u)), caseSites: applied.caseSites.filter((o) => policy.caseSites.includes(o)) };
  for (const subscription of policy.subscriptions) {
    if (next.subscriptions.includes(subscription.url)) continue;
    if (await deps.hasSource(urlSourceId(subscription.url))) {
      next.subscriptions.push(subscription.url);
      continue;
    }
    const checked = checkSubscriptionUrl(subscription.url);
    if (!checked.ok || !(await deps.hasPermission(checked.permission))) continue;
    try {
      await deps.subscribe(subscription.url, subscription.label, subscription.coordinatorEmail);
      next.subscriptions.push(subscription.url);
    } catch (error) {
      problems.push(t('managedSubscriptionFailed', subscription.label ?? subscription.url, error instanceof Error ? error.message : String(error)));
    }
  }
  const enabled = await deps.enabledSites();
  for (const origin of policy.caseSites) {
    if (next.caseSites.includes(origin)) continue;
    if (enabled.includes(origin)) {
      next.caseSites.push(origin);
      continue;
    }
    if (!(await deps.hasPermission(originPattern(origin)))) continue;
    try {
      await deps.enableSite(origin);
      next.caseSites.push(origin);
    } catch (error) {
      problems.push(t('managedSiteFailed', origin, error instanceof Error ? error.message : String(error)));
    }
  }
  if (JSON.stringify(next) !== JSON.stringify(applied)) await deps.saveApplied(next);
  return problems;
}

/** Whether the counsellor may subscribe to this URL (the structure locked subscriptions to its own). */
export function subscriptionAllowed(policy: ManagedPolicy | undefined, url: string): boolean {
  if (!policy?.locked.subscriptions) return true;
  const checked = checkSubscriptionUrl(url);
  return checked.ok && policy.subscriptions.some((s) => s.url === checked.url);
}

/** Whether the counsellor may switch this site on (the structure locked case sites to its own). */
export function caseSiteAllowed(policy: ManagedPolicy | undefined, origin: string): boolean {
  return !policy?.locked.caseSites || policy.caseSites.includes(origin);
}
