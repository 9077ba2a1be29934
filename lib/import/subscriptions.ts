import type { DirectorySource } from '../schema';
import type { RepereDB } from '../db/database';
import { parseDirectoryFile, type ImportResult } from './index';
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
}

export interface RefreshOutcome {
  sourceId: string;
  status: 'updated' | 'unchanged' | 'failed';
  summary?: ImportSummary;
  error?: string;
}

export const urlSourceId = (url: string) => `url:${url}`;

async function download(url: string, source: Partial<DirectorySource>, deps: SubscriptionDeps) {
  const checked = checkSubscriptionUrl(url);
  if (!checked.ok) throw new FetchDirectoryError(checked.message);
  if (!(await deps.hasPermission(checked.permission))) {
    throw new FetchDirectoryError(`Accès à ${checked.origin} non autorisé : cliquez sur « Actualiser » et acceptez la demande du navigateur`);
  }
  return fetchDirectory({ url: checked.url, etag: source.etag, lastModified: source.lastModified, fetch: deps.fetch, maxBytes: deps.maxBytes });
}

function problemCount(result: ImportResult): number {
  const summary = summarizeImport(result);
  return summary.rejected + summary.corrected;
}

/**
 * Subscribes to a team's published directory: downloads and validates it now, and stores it
 * only if valid. Throws a French message otherwise (nothing is stored).
 */
export async function subscribe(db: RepereDB, url: string, label: string | undefined, deps: SubscriptionDeps): Promise<RefreshOutcome> {
  const checked = checkSubscriptionUrl(url);
  if (!checked.ok) throw new FetchDirectoryError(checked.message);
  const outcome = await download(checked.url, {}, deps);
  if (outcome.status !== 'fetched') throw new FetchDirectoryError('Le serveur n’a renvoyé aucune donnée');
  const result = parseDirectoryFile(outcome.bytes, outcome.fileName);
  const verdict = judgeImport(result, true);
  if (!verdict.accepted) throw new FetchDirectoryError(verdict.reason);
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
  if (!source || source.kind !== 'url' || !source.url) throw new Error('Cette source n’est pas un abonnement');
  const now = deps.now?.() ?? Date.now();
  const fail = async (error: string): Promise<RefreshOutcome> => {
    await db.sources.update(sourceId, { lastError: error, lastErrorAt: now });
    return { sourceId, status: 'failed', error };
  };
  let outcome;
  try {
    outcome = await download(source.url, source, deps);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (outcome.status === 'unchanged') {
    await db.sources.update(sourceId, { checkedAt: now, lastError: undefined, lastErrorAt: undefined });
    return { sourceId, status: 'unchanged' };
  }
  const result = parseDirectoryFile(outcome.bytes, outcome.fileName);
  const verdict = judgeImport(result, true);
  if (!verdict.accepted) return fail(`Fichier reçu invalide : ${verdict.reason}`);
  const { partnerCount: _count, updatedAt: _updated, newestRecord: _newest, ...kept } = source;
  await commitImport(db, {
    ...kept,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    checkedAt: now,
    problemCount: problemCount(result),
  }, result, { now, strict: true });
  return { sourceId, status: 'updated', summary: summarizeImport(result) };
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
