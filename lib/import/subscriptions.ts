import type { DirectorySource } from '../schema';
import { t } from '../i18n';
import { translateFrench } from '../i18n-french';
import type { RepereDB } from '../db/database';
import { parseDataInclusion } from '../directory';
import { NATIONAL_ORIGIN_PREFIX } from '../directory/record-id';
import { parseDirectoryFile, type ImportResult } from './index';
import { checkDepartement, fetchNationalDirectory, NATIONAL_API_BASE } from './national-api';
import { commitImport, judgeImport } from './commit';
import { fetchDirectory, FetchDirectoryError, type FetchLike } from './fetch-directory';
import { checkSubscriptionUrl } from './subscription-url';
import { summarizeImport, type ImportSummary } from './report';

export const DEFAULT_REFRESH_HOURS = 24;
const HOUR = 60 * 60 * 1000;

export interface SubscriptionDeps {
  fetch: FetchLike;
  /** Whether the browser lets us read that origin (the counsellor granted it). */
  hasPermission: (permission: string) => Promise<boolean>;
  now?: () => number;
  maxBytes?: number;
  /** The national API's address (tests point it at a fake server). */
  nationalApiBase?: string;
}

type Downloaded = { status: 'unchanged' } | { status: 'fetched'; result: ImportResult; etag?: string; lastModified?: string };

export interface RefreshOutcome {
  sourceId: string;
  status: 'updated' | 'unchanged' | 'failed';
  summary?: ImportSummary;
  error?: string;
}

export const urlSourceId = (url: string) => `url:${url}`;

/** Downloads a subscription (a published file, or the national API) and validates it like a file. */
async function download(source: Partial<DirectorySource> & { url: string }, deps: SubscriptionDeps): Promise<Downloaded> {
  const checked = checkSubscriptionUrl(source.url);
  if (!checked.ok) throw new FetchDirectoryError(checked.message);
  if (!(await deps.hasPermission(checked.permission))) {
    throw new FetchDirectoryError(t('subscriptionNotGranted', checked.origin));
  }
  if (source.apiDepartement) {
    const input = await fetchNationalDirectory({ token: source.apiToken ?? '', departement: source.apiDepartement, fetch: deps.fetch, baseUrl: checked.url });
    const parsed = parseDataInclusion({ ...input, doublonsComputed: true });
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    return { status: 'fetched', result: { ...parsed, format: 'json', recordCount: count(input.structures), serviceRecordCount: count(input.services) } };
  }
  const outcome = await fetchDirectory({ url: checked.url, etag: source.etag, lastModified: source.lastModified, fetch: deps.fetch, maxBytes: deps.maxBytes });
  if (outcome.status === 'unchanged') return outcome;
  return { status: 'fetched', result: parseDirectoryFile(outcome.bytes, outcome.fileName), etag: outcome.etag, lastModified: outcome.lastModified };
}

function problemCount(result: ImportResult): number {
  const summary = summarizeImport(result);
  return summary.rejected + summary.corrected;
}

/**
 * Subscribes to a team's published directory: downloads and validates it now, and stores it
 * only if valid. Throws a French message otherwise (nothing is stored).
 */
export async function subscribe(
  db: RepereDB,
  url: string,
  label: string | undefined,
  deps: SubscriptionDeps,
  team: { coordinatorEmail?: string } = {},
): Promise<RefreshOutcome> {
  const checked = checkSubscriptionUrl(url);
  if (!checked.ok) throw new FetchDirectoryError(checked.message);
  const outcome = await download({ url: checked.url }, deps);
  if (outcome.status !== 'fetched') throw new FetchDirectoryError(t('subscriptionNoData'));
  const { result } = outcome;
  const verdict = judgeImport(result, true);
  if (!verdict.accepted) throw new FetchDirectoryError(translateFrench(verdict.reason ?? ''));
  const now = deps.now?.() ?? Date.now();
  const id = urlSourceId(checked.url);
  const source = await commitImport(db, {
    id,
    kind: 'url',
    label: label?.trim() || new URL(checked.url).hostname + new URL(checked.url).pathname,
    url: checked.url,
    priority: 0,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    checkedAt: now,
    refreshEveryHours: DEFAULT_REFRESH_HOURS,
    problemCount: problemCount(result),
    ...(team.coordinatorEmail ? { coordinatorEmail: team.coordinatorEmail } : {}),
  }, result, { now, strict: true });
  return { sourceId: source.id, status: 'updated', summary: summarizeImport(result) };
}

/**
 * Refreshes one subscription. A failed download or an invalid file never touches the stored
 * partners: the error and its time are recorded on the source, `updatedAt` stays the time of
 * the last good refresh. Never throws for a known source.
 */
export async function refreshSource(db: RepereDB, sourceId: string, deps: SubscriptionDeps): Promise<RefreshOutcome> {
  const source = await db.sources.get(sourceId);
  if (!source || source.kind !== 'url' || !source.url) throw new Error(t('subscriptionNotSubscription'));
  const now = deps.now?.() ?? Date.now();
  const fail = async (error: string): Promise<RefreshOutcome> => {
    await db.sources.update(sourceId, { lastError: error, lastErrorAt: now, refreshStartedAt: undefined });
    return { sourceId, status: 'failed', error };
  };
  // Marked before the download: if the browser stops the background before the end, the mark
  // stays and the next start records the refresh as interrupted (recoverInterruptedRefreshes).
  await db.sources.update(sourceId, { refreshStartedAt: now });
  let outcome;
  try {
    outcome = await download({ ...source, url: source.url }, deps);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (outcome.status === 'unchanged') {
    await db.sources.update(sourceId, { checkedAt: now, lastError: undefined, lastErrorAt: undefined, refreshStartedAt: undefined });
    return { sourceId, status: 'unchanged' };
  }
  const { result } = outcome;
  const verdict = judgeImport(result, true);
  if (!verdict.accepted) return fail(t('subscriptionFileInvalid', translateFrench(verdict.reason ?? '')));
  const { partnerCount: _count, updatedAt: _updated, newestRecord: _newest, refreshStartedAt: _started, ...kept } = source;
  await commitImport(db, {
    ...kept,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    checkedAt: now,
    problemCount: problemCount(result),
  }, result, { now, strict: true });
  return { sourceId, status: 'updated', summary: summarizeImport(result) };
}

export const nationalSourceId = (departement: string) => `${NATIONAL_ORIGIN_PREFIX}${departement}`;

/**
 * Subscribes to the national data·inclusion API for one département, with the counsellor's own
 * token (kept in this browser only). Ranked below the team's own sources, above the starter.
 */
export async function subscribeNational(db: RepereDB, token: string, departement: string, deps: SubscriptionDeps): Promise<RefreshOutcome> {
  const code = checkDepartement(departement);
  if (!code) throw new FetchDirectoryError(t('nationalBadDepartement'));
  if (!token.trim()) throw new FetchDirectoryError(t('nationalNoToken'));
  const source = { url: deps.nationalApiBase ?? NATIONAL_API_BASE, apiDepartement: code, apiToken: token.trim() };
  const outcome = await download(source, deps);
  if (outcome.status !== 'fetched') throw new FetchDirectoryError(t('nationalNoData'));
  const verdict = judgeImport(outcome.result, true);
  if (!verdict.accepted) throw new FetchDirectoryError(translateFrench(verdict.reason ?? ''));
  const now = deps.now?.() ?? Date.now();
  await commitImport(db, {
    id: nationalSourceId(code),
    kind: 'url',
    label: `data·inclusion — département ${code}`,
    priority: -5,
    ...source,
    checkedAt: now,
    refreshEveryHours: DEFAULT_REFRESH_HOURS,
    problemCount: problemCount(outcome.result),
  }, outcome.result, { now, strict: true });
  return { sourceId: nationalSourceId(code), status: 'updated', summary: summarizeImport(outcome.result) };
}

/** The subscriptions whose refresh is due (daily by default), refreshed one after the other. */
export async function refreshDueSources(db: RepereDB, deps: SubscriptionDeps): Promise<RefreshOutcome[]> {
  const now = deps.now?.() ?? Date.now();
  const sources = await db.sources.where('kind').equals('url').toArray();
  const due = sources.filter((s) => now - (s.checkedAt ?? s.updatedAt) >= (s.refreshEveryHours ?? DEFAULT_REFRESH_HOURS) * HOUR);
  const outcomes: RefreshOutcome[] = [];
  for (const source of due) outcomes.push(await refreshSource(db, source.id, deps));
  return outcomes;
}
