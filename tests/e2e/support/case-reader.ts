import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

/**
 * Whether a « Pour ce dossier » reader still listens in a tab: a running one answers the
 * extension's « case:explain »; a stopped one has removed its listener, so the message finds no
 * receiving end. A state a test can wait on instead of typing and sleeping to see nothing happen.
 */
export function readerInTab(session: ExtensionSession, tabId: number): Promise<'alive' | 'gone'> {
  return session.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'case:explain' }).then(() => 'alive' as const, () => 'gone' as const),
    tabId,
  );
}

/**
 * From now on, the background's service worker records each « case:needs » message it receives:
 * the sending tab and how many needs (ids only, as sent). Lets a test wait until a frame has
 * spoken before checking what the background did with it.
 */
export async function recordNeedsMessages(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() => {
    const store = globalThis as unknown as { __repereNeedsSeen?: Array<{ tab?: number; count: number }> };
    if (store.__repereNeedsSeen) return;
    const seen: Array<{ tab?: number; count: number }> = (store.__repereNeedsSeen = []);
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      const m = message as { type?: unknown; needs?: unknown };
      if (m?.type === 'case:needs') seen.push({ tab: sender.tab?.id, count: Array.isArray(m.needs) ? m.needs.length : -1 });
      // No answer: the background's own listener answers.
      return undefined;
    });
  });
}

/** The needs counts of the « case:needs » messages recorded from one tab, in order. */
export function needsMessagesFrom(session: ExtensionSession, tabId: number): Promise<number[]> {
  return session.worker.evaluate(
    (id) => ((globalThis as unknown as { __repereNeedsSeen?: Array<{ tab?: number; count: number }> }).__repereNeedsSeen ?? []).filter((m) => m.tab === id).map((m) => m.count),
    tabId,
  );
}

/**
 * The page has loaded and its main thread has fallen idle once: the long tasks of its loading
 * (and of a reading that already reported) are all in its PerformanceObserver's list.
 */
export function pageSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const idle = () => requestIdleCallback(() => done(), { timeout: 10_000 });
        if (document.readyState === 'complete') idle();
        else addEventListener('load', idle, { once: true });
      }),
  );
}
