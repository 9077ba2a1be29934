import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { interruptedMessage, isChannelClosed, recordInterruptedRefresh } from '../../../lib/import/interrupted';
import { sendMessage } from '../../../lib/messages';
import type { RepereDB } from '../../../lib/db';
import { dropDb, openFreshDb } from '../../support/fresh-db';

const CHROME_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

describe('a refresh interrupted by the browser (issue 13)', () => {
  let db: RepereDB;
  beforeEach(() => {
    db = openFreshDb();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await dropDb(db);
  });

  it('the page gets a French message, not the browser’s English one', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error(CHROME_CLOSED));
    const failure = await sendMessage({ type: 'sources:refresh', sourceId: 'url:https://equipe.example/a.csv' }).catch((e: Error) => e);
    expect((failure as Error).message).toBe(interruptedMessage());
    expect(interruptedMessage()).toMatch(/^Actualisation interrompue : /);
    expect(isChannelClosed(failure)).toBe(true);
  });

  it('recognises Chrome’s and Firefox’s wordings, and nothing else', () => {
    expect(isChannelClosed(new Error(CHROME_CLOSED))).toBe(true);
    expect(isChannelClosed(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isChannelClosed(new Error('Message manager disconnected'))).toBe(true);
    expect(isChannelClosed(new Error('Le serveur a répondu 500'))).toBe(false);
  });

  it('is recorded on the source as a failed refresh; its partners and last good refresh stay', async () => {
    await db.sources.put({ id: 'url:x', kind: 'url', url: 'https://equipe.example/a.csv', label: 'Équipe', partnerCount: 12, updatedAt: 1000, priority: 1 } as never);
    await recordInterruptedRefresh(db, 'url:x', 5000);
    expect(await db.sources.get('url:x')).toMatchObject({ lastError: interruptedMessage(), lastErrorAt: 5000, partnerCount: 12, updatedAt: 1000 });
  });
});
