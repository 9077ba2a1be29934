import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { grantHostAccess, useExtensionSession } from './support/extension';
import { startCasePageServer, type CasePageServer } from './support/case-page-server';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

/**
 * « Pour ce dossier » faults found on the real tools (issue 19) and the popup's layout: a late
 * message from a page the tab left, a page script that tries to stop or spot the reader, and
 * the search box first with the file's needs as one compact block under it.
 */
const session = useExtensionSession();
let server: CasePageServer;
const consoleLines: string[] = [];

beforeAll(async () => {
  server = await startCasePageServer();
  session.context.on('console', (message: ConsoleMessage) => consoleLines.push(message.text()));
  session.context.on('page', (page) => page.on('console', (message) => consoleLines.push(message.text())));
  session.worker.on('console', (message: ConsoleMessage) => consoleLines.push(message.text()));
  // The site switched on in the options, as a counsellor does.
  await grantHostAccess(session, 'http://127.0.0.1/*');
  const options = await session.openPage('options.html');
  const section = options.locator('#sites-de-suivi');
  await section.getByLabel('Adresse du site').fill(server.origin);
  await section.getByRole('button', { name: 'Activer', exact: true }).click();
  await section.getByRole('list', { name: 'Sites activés' }).getByText(server.origin).waitFor();
  await options.close();
});
afterAll(async () => {
  await server?.close();
});

const route = (message: unknown, sender: unknown) =>
  session.worker.evaluate(
    ([m, s]) => (globalThis as unknown as { repereRoute: (m: unknown, s: unknown) => Promise<{ ok: boolean; error?: string }> }).repereRoute(m, s),
    [message, sender] as const,
  );
const badge = (tabId: number) => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const activeTabId = () => session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
/** The same server under another name: another site, which the counsellor did not switch on. */
const otherSite = (file: string) => server.url(file).replace('127.0.0.1', 'localhost');

async function openCasePage(url: string, before?: (page: Page) => Promise<unknown>): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await before?.(page);
  await page.goto(url);
  await page.bringToFront();
  return { page, tabId: await activeTabId() };
}

/** The top frame's document as Chromium names it, and the load id of the reader running there (what its messages carry). */
const readerOf = (tabId: number) =>
  session.worker.evaluate(async (id) => {
    const [found] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => (globalThis as unknown as Record<symbol, { load?: string } | undefined>)[Symbol.for('repere.case-file')]?.load ?? null,
    });
    return { documentId: found.documentId as string, load: found.result as string | null };
  }, tabId);

const chipLabels = (page: Page) => page.locator('.case-chip__label').allTextContents();

describe('« Pour ce dossier »: faults', () => {
  it('a late message from the page the tab left shows nothing: neither on another page of the site nor on another site', async () => {
    const { page, tabId } = await openCasePage(server.url('spa-dossier.html'));
    await expect.poll(() => badge(tabId)).toBe('1');
    const first = { url: page.url(), ...(await readerOf(tabId)) };
    /**
     * The message the page's reader sent in its last moment, as the background receives it once
     * the tab shows another page (the new address is the tab's only where Repère may read it).
     */
    const lateFrom = (from: typeof first, needs: unknown[]) => {
      const now = page.url();
      const tab = now.includes('127.0.0.1') ? { id: tabId, url: now } : { id: tabId };
      return route({ type: 'case:needs', needs, ...(from.load ? { load: from.load } : {}) }, { id: session.extensionId, url: from.url, origin: new URL(from.url).origin, tab, frameId: 0, documentId: from.documentId, documentLifecycle: 'active' });
    };

    // Another file of the same site: its own four needs stay, whatever the first page still sends.
    await page.goto(server.url('cdb-situations.html'));
    await expect.poll(() => badge(tabId)).toBe('4');
    await lateFrom(first, [{ category: 'mobilite' }]);
    expect(await badge(tabId)).toBe('4');
    const popup = await session.openPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => chipLabels(popup)).toEqual(['Logement et hébergement', 'Difficultés financières', 'Lecture, écriture et calcul', 'Santé']);
    await popup.close();
    const second = { url: page.url(), ...(await readerOf(tabId)) };

    // Another site, not switched on: the tab is cleared, and stays so when the file's last message lands.
    await page.goto(otherSite('no-need.html'));
    await expect.poll(() => badge(tabId)).toBe('');
    await lateFrom(second, [{ category: 'logement-hebergement' }, { category: 'sante' }]);
    expect(await badge(tabId)).toBe('');
    // What the popup and the side panel read of the tab: nothing.
    const extensionPage = { id: session.extensionId, url: `chrome-extension://${session.extensionId}/popup.html` };
    expect(await route({ type: 'case:tab-state', tabId }, extensionPage)).toMatchObject({ ok: true, value: { state: null } });
    await page.close();
  });

  it('a page script can neither stop the reader (forging its « started » signal) nor learn that Repère is there', async () => {
    const id = session.extensionId;
    const { page, tabId } = await openCasePage(server.url('spa-dossier.html'), (p) =>
      p.addInitScript((extensionId) => {
        // What a page can listen to: the names WXT gives its content-script events, and any postMessage.
        const seen: string[] = ((globalThis as Record<string, unknown>).__seen = []);
        for (const entry of ['case-file', 'case-reader', 'content-scripts/case-file']) {
          for (const event of ['wxt:content-script-started', 'wxt:locationchange']) {
            const name = `${extensionId}:${entry}:${event}`;
            document.addEventListener(name, () => seen.push(name), true);
            window.addEventListener(name, () => seen.push(name), true);
          }
        }
        window.addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`));
      }, id),
    );
    await expect.poll(() => badge(tabId)).toBe('1');
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    const seen = () => page.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen);
    // An in-page navigation (the URL watcher's event), then the page forges the reader's « newer script started » event.
    await page.evaluate(() => history.pushState(null, '', '?onglet=synthese'));
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?onglet=synthese');
    // The page saw no sign of Repère: no event, no message.
    expect(await seen()).toEqual([]);
    await page.evaluate((extensionId) => {
      for (const entry of ['case-file', 'case-reader']) {
        document.dispatchEvent(new CustomEvent(`${extensionId}:${entry}:wxt:content-script-started`, { detail: { contentScriptName: entry, messageId: 'page' } }));
      }
      window.postMessage({ type: `${extensionId}:case-file:wxt:content-script-started`, contentScriptName: 'case-file', messageId: 'page' }, '*');
    }, id);
    // The reader still follows the file.
    await page.locator('#note').pressSequentially("Elle n'a pas le permis.", { delay: 20 });
    await expect.poll(() => badge(tabId)).toBe('2');
    // Nor since: its own forged events aside, nothing; and no change to its DOM or globals.
    expect((await seen()).filter((line) => !line.includes('"messageId":"page"') && !line.endsWith(':wxt:content-script-started'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML.replace(/<textarea id="note" rows="4"><\/textarea>/, ''))).toBe(dom.replace(/<textarea id="note" rows="4"><\/textarea>/, ''));
    expect(await page.evaluate(() => Object.keys(globalThis).filter((key) => /repere|wxt/i.test(key)))).toEqual([]);
    await page.close();
  });
  it('text the counsellor cannot see counts for nothing: transparent, tiny, clipped, off-screen or squeezed', async () => {
    const { page, tabId } = await openCasePage(server.url('no-need.html'));
    await page.evaluate((html) => void (document.querySelector('main')!.innerHTML = html), INVISIBLE_NEEDS);
    await expect.poll(() => badge(tabId)).toBe('1');
    // The same statements shown: each one counts, so the badge above did not miss them by chance.
    await page.evaluate(() => document.querySelectorAll('main p[style]').forEach((p) => p.removeAttribute('style')));
    await expect.poll(() => badge(tabId)).toBe('7');
    await page.close();
  });
});

/** One need a person can read; six more written in ways no one sees on screen. */
const INVISIBLE_NEEDS = `<h1>Dossier de M. Test</h1>
<p>Surendettement : dossier déposé.</p>
<p style="opacity: 0">Il n'a pas le permis de conduire.</p>
<p style="font-size: 0">Pas de mutuelle depuis mars.</p>
<p style="color: transparent">Il ne sait ni lire ni écrire.</p>
<p style="position: absolute; left: -10000px; top: 0">Pas de solution de garde pour ses enfants.</p>
<p style="position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden">Sans hébergement depuis janvier.</p>
<p style="height: 0; overflow: hidden">Il cherche une formation qualifiante.</p>`;

/** Six needs, one of them a ticked box: what a counsellor's file can hold. */
const SIX_NEEDS = `<h1>Dossier de Mme Test</h1>
<fieldset><legend>Situation</legend>
  <input type="checkbox" id="sh" checked><label for="sh">Sans hébergement</label>
  <input type="checkbox" id="tp"><label for="tp">Travailleur handicapé</label>
</fieldset>
<h2>Observations</h2>
<p>Surendettement : dossier déposé.</p>
<p>Elle n'a pas le permis de conduire.</p>
<p>Pas de mutuelle depuis mars.</p>
<p>Elle ne sait ni lire ni écrire.</p>
<p>Pas de solution de garde pour ses enfants.</p>`;

describe('the popup: search first, the file under it', () => {
  it('600 px high, six needs: the box is at the top and focused; one compact block of chips under it opens on a need, names its statements, dismisses it', async () => {
    const { page, tabId } = await openCasePage(server.url('no-need.html'));
    await page.evaluate((html) => void (document.querySelector('main')!.innerHTML = html), SIX_NEEDS);
    await expect.poll(() => badge(tabId)).toBe('6');

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 384, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const box = popup.getByRole('combobox', { name: 'Rechercher un partenaire' });
    await expect.poll(() => popup.locator('.case-chip').count()).toBe(6);
    await expect.poll(() => popup.locator('.case-chip__count').count()).toBe(6);
    await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
    const boxAt = (await box.boundingBox())!;
    const block = popup.locator('.case-file');
    const blockAt = (await block.boundingBox())!;
    expect(boxAt.y).toBeLessThan(60);
    expect(blockAt.y).toBeGreaterThanOrEqual(boxAt.y + boxAt.height);
    // Compact: the whole block, six chips included, fits in the popup's first screen with room for results.
    expect(blockAt.y + blockAt.height).toBeLessThan(400);
    expect(await popup.locator('.case-need').count()).toBe(0);
    for (const name of await popup.locator('.case-chip').evaluateAll((chips) => chips.map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim()))) {
      expect(name).toMatch(/^.+ (\d+\+?) partenaires?$/);
    }
    await screenshotThemes(popup, 'case-popup-closed');

    // A chip opens the block on its need: each need names what it was read from.
    await popup.locator('.case-chip', { hasText: 'Mobilité' }).click();
    await expect.poll(() => popup.locator('.case-need__label').count()).toBe(6);
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Mobilité');
    expect(await popup.getByRole('button', { name: 'Masquer le détail' }).getAttribute('aria-expanded')).toBe('true');
    const whyOf = (label: string) => popup.locator('.case-need', { has: popup.locator('.case-need__label', { hasText: label }) }).locator('.case-need__why li').allTextContents();
    await expect.poll(() => whyOf('Logement et hébergement')).toEqual(['lu : « Sans hébergement » — coché']);
    await expect.poll(() => whyOf('Mobilité')).toEqual(["lu : « Elle n'a pas le permis de conduire. »"]);
    expect(describeViolations(await axeViolations(popup))).toBe('');
    await screenshotThemes(popup, 'case-popup-open');

    // « Montrer dans la page » stays.
    await popup.getByRole('button', { name: 'Montrer dans la page les mots qui indiquent Mobilité' }).click();
    await expect.poll(() => page.evaluate(() => (CSS.highlights.get('repere-need') as unknown as Set<Range> | undefined)?.size ?? 0)).toBeGreaterThan(0);
    // Dismissed for this file, in memory only.
    await popup.getByRole('button', { name: 'Écarter le besoin Santé pour ce dossier' }).click();
    await expect.poll(() => popup.locator('.case-chip').count()).toBe(5);
    expect(await chipLabels(popup)).not.toContain('Santé');

    // The statements stayed in the popup: not in the extension's storage, nor in any console.
    const stored = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return JSON.stringify([await api.storage.local.get(null), await api.storage.session.get(null)]);
    });
    for (const words of ["Elle n'a pas le permis de conduire", 'Pas de mutuelle depuis mars', 'dossier déposé']) {
      expect(stored.includes(words), words).toBe(false);
      expect(consoleLines.some((line) => line.includes(words)), words).toBe(false);
    }

    // The side panel opens the block with the statements; axe 0 there too.
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/sidepanel.html') });
    await page.bringToFront();
    await session.worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/sidepanel.html'), type: 'popup', width: 440, height: 680 }));
    const panel = await opened;
    await expect.poll(() => panel.locator('.case-need__label').count()).toBe(6);
    await expect.poll(() => panel.locator('.case-need__why li').count()).toBeGreaterThanOrEqual(6);
    expect(describeViolations(await axeViolations(panel))).toBe('');
    await screenshotThemes(panel, 'case-sidepanel-open');
    await Promise.all([panel.close(), popup.close(), page.close()]);
  });

  it('on a web page not switched on: « Lire ce dossier » is a small button under the box, no block', async () => {
    // The toolbar click's activeTab lets the popup see the tab's address; access to the site, asked
    // in a click on an extension page (granted without a prompt here), does the same.
    await grantHostAccess(session, 'http://localhost/*');
    const asker = await session.openPage('popup.html');
    await asker.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'demander';
      button.addEventListener('click', () => void (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.permissions.request({ origins: ['http://localhost/*'] }));
      document.body.prepend(button);
    });
    await asker.getByRole('button', { name: 'demander' }).click();
    await expect.poll(() => session.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://localhost/*'] }))).toBe(true);
    await asker.close();
    const { page, tabId } = await openCasePage(otherSite('no-need.html'));
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 384, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const read = popup.getByRole('button', { name: 'Lire ce dossier' });
    await read.waitFor();
    const box = popup.getByRole('combobox', { name: 'Rechercher un partenaire' });
    await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
    const boxAt = (await box.boundingBox())!;
    const readAt = (await read.boundingBox())!;
    expect(boxAt.y).toBeLessThan(60);
    expect(readAt.y).toBeGreaterThanOrEqual(boxAt.y + boxAt.height);
    expect(readAt.height).toBeLessThan(40);
    expect(await popup.locator('.case-file').count()).toBe(0);
    expect(await popup.getByRole('heading', { name: 'Pour ce dossier' }).count()).toBe(0);
    expect(describeViolations(await axeViolations(popup))).toBe('');
    await screenshotThemes(popup, 'case-popup-offer');
    await Promise.all([popup.close(), page.close()]);
  });
});
