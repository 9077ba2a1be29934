// The popup-open bench's keystrokes at 100,000 partners (scripts/bench/popup-open.ts): input event
// to the rows of that query in the DOM, and the heap of the search worker holding the index.

import type { ChromiumSession } from './chromium-popup';

export const TYPED_PHRASES = ['mission locale montpellier', 'france travail sete', 'ccas beziers', 'secours populaire', 'plie', 'logement urgence', 'epicerie solidaire', 'qui porte le plie'];

/**
 * Keystrokes at 100,000 partners: from the input event to the rows of that query in the DOM.
 * The 8 keys of « qui porte le plie » are never counted: their list answers « plie » (the
 * question's words), which the check on `data-query` does not take for the typed text.
 */
export async function keystrokes(session: ChromiumSession, words = TYPED_PHRASES): Promise<number[]> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.id}/popup.html`);
  await popup.locator('#search-input').waitFor();
  // The first results shown and the idle-time loads done: the counsellor's second and later keys.
  await popup.waitForTimeout(2500);
  const times: number[] = [];
  for (const phrase of words) {
    const samples = await popup.evaluate(async (phrase) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      const out: number[] = [];
      const clear = async () => {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 100));
      };
      await clear();
      for (let i = 1; i <= phrase.length; i++) {
        const value = phrase.slice(0, i);
        if (value.endsWith(' ')) continue;
        const took = await new Promise<number>((done) => {
          let start = 0;
          const answered = () => {
            const list = document.querySelector('[role="listbox"]');
            return (list?.getAttribute('data-query') === value && list.querySelector('[role="option"]')) || document.querySelector('.empty[role="status"]')?.textContent?.includes(value.trim());
          };
          const observer = new MutationObserver(() => {
            if (!answered()) return;
            observer.disconnect();
            clearTimeout(timer);
            done(performance.now() - start);
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            done(NaN);
          }, 3000);
          observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
          start = performance.now();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        out.push(took);
        // A counsellor types about 5 keys a second: the next key comes after this one's work.
        await new Promise((r) => setTimeout(r, 60));
      }
      return out;
    }, phrase);
    times.push(...samples);
  }
  await popup.close();
  return times;
}

/**
 * The JavaScript heap of the search worker, the SharedWorker that holds the index in memory,
 * after a garbage collection: read over the DevTools protocol with puppeteer-core, connected to
 * the same browser (Playwright's sessions cannot reach a shared worker).
 */
export async function searchWorkerHeapMB(port: number): Promise<number> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const target = browser.targets().find((t) => t.type() === 'shared_worker' && t.url().includes('search-worker'));
    if (!target) return NaN;
    const cdp = await target.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / 1024 / 1024;
  } finally {
    await browser.disconnect();
  }
}
