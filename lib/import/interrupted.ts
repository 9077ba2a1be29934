/**
 * A refresh cut short: the browser stopped the extension's service worker (or event page) while
 * it was downloading or storing. The page then gets the browser's English « message channel
 * closed »; the counsellor gets a sentence in the interface's language instead, and the source records it.
 */
import type { RepereDB } from '../db';
import { t } from '../i18n';

/** What the source records and the page shows, in the interface's language. */
export const interruptedMessage = (): string => t('refreshInterrupted');

/** Chrome's and Firefox's wording for a message whose answer never came back. */
const CHANNEL_CLOSED = /message channel closed|message port closed|Receiving end does not exist|Message manager disconnected|Could not establish connection|Extension context invalidated/i;

export class InterruptedError extends Error {
  constructor() {
    super(interruptedMessage());
  }
}

export function isChannelClosed(error: unknown): boolean {
  return error instanceof InterruptedError || CHANNEL_CLOSED.test(error instanceof Error ? error.message : String(error));
}

/** Records the interruption on the source like any failed refresh; its partners stay as they were. */
export async function recordInterruptedRefresh(db: RepereDB, sourceId: string, now = Date.now()): Promise<void> {
  await db.sources.update(sourceId, { lastError: interruptedMessage(), lastErrorAt: now });
}

/**
 * At the background's start: a refresh that was marked as running before this start never
 * finished (the browser stopped the service worker or event page mid-download, e.g. during the
 * daily alarm). It is recorded as interrupted; the source's partners are untouched.
 */
export async function recoverInterruptedRefreshes(db: RepereDB, startedAt: number, now = Date.now()): Promise<string[]> {
  const cut = (await db.sources.toArray()).filter((s) => s.refreshStartedAt !== undefined && s.refreshStartedAt < startedAt);
  for (const source of cut) {
    await db.sources.update(source.id, { lastError: interruptedMessage(), lastErrorAt: now, refreshStartedAt: undefined });
  }
  return cut.map((s) => s.id);
}
