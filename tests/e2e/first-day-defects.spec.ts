import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { forgetLastQuery, grantHostAccess, useExtensionSession, waitForResults } from './support/extension';
import { startCasePageServer, type CasePageServer } from './support/case-page-server';
import { expectNoAxeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { openFirstCard, rightClickFindPartner } from '../support/e2e-actions';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

// Issue 21, « Smaller », « Erasing » and « Focus »: each defect a counsellor met on a first day,
// asserted as they would see it.
const session = useExtensionSession();
let server: CasePageServer;
beforeAll(async () => {
  server = await startCasePageServer();
});
afterAll(async () => {
  await server?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
// How far the page scrolls sideways, and what sticks out (for the failure message).
const sideways = async (page: Page) => {
  const { by, over } = await page.evaluate(() => ({
    by: document.scrollingElement!.scrollWidth - innerWidth,
    over: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).slice(0, 6).map((el) => `${el.tagName}.${el.className}`),
  }));
  expect(by, over.join(' ')).toBeLessThanOrEqual(0);
};

describe('the card', () => {
  it('shows the phone before the carrier line, on the first screen at 200 % zoom (popup of 600 px: 300 CSS px)', async () => {
    const page = await session.openPage('popup.html');
    await page.setViewportSize({ width: 320, height: 300 });
    await openFirstCard(page, 'mission locale reseau national');
    // The carrier line comes with the reference chunk, loaded after the card: both lines are there first.
    await page.locator('.contact-lines').first().waitFor();
    await page.locator('.carrier-line').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const order = await page.evaluate(() => {
      const phone = document.querySelector('.contact-lines')!;
      const carrier = document.querySelector('.carrier-line')!;
      return Boolean(phone.compareDocumentPosition(carrier) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    await page.keyboard.press('Escape');
    await openFirstCard(page, 'france travail');
    await page.evaluate(() => window.scrollTo(0, 0));
    const phoneBottom = await page.locator('.contact-lines .phone').first().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(phoneBottom).toBeLessThanOrEqual(300);
    await page.setViewportSize({ width: 380, height: 600 });
    await screenshotThemes(page, 'i21-card-order');
    await page.close();
  });

  it('printed: an h1, and no « Ouvert maintenant · ferme à … » (true when printed, not when read)', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?print=repere--france-travail`);
    await expect.poll(() => page.locator('#card-title').textContent()).toBe('France Travail');
    expect(await page.locator('h1').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Ouvert maintenant|Fermé maintenant|ferme à|ouvre à/);
    await expectNoAxeViolations(page, 'printed card');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('the search box’s placeholder is whole, not cut', async () => {
    const page = await session.openPage('popup.html');
    const fits = await page.getByRole('combobox').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);
    await page.close();
  });
});

describe('the side panel’s need chips', () => {
  it('keep their « × » on the need’s line at 210 px', async () => {
    const panel = await rightClickFindPartner(session, "Mme n'a pas le permis. Dette de loyer de 3 200 €. Accompagnement vers l'emploi.");
    await panel.setViewportSize({ width: 210, height: 800 });
    await panel.locator('.need-chip').first().waitFor();
    const misplaced = await panel.locator('.need-chip').evaluateAll((chips) =>
      chips.filter((chip) => {
        const label = chip.querySelector('span')!.getBoundingClientRect();
        const close = chip.querySelector('button')!.getBoundingClientRect();
        return close.top >= label.bottom - 1;
      }).length,
    );
    expect(misplaced).toBe(0);
    await screenshotThemes(panel, 'i21-need-chips', panel.locator('.chips').first());
    await panel.close();
  });
});

describe('options and board', () => {
  it('own partner: « Créer » focuses the form, « 12 » is refused in French, « Enregistrer » focuses the outcome; without a commune it is not « national »', async () => {
    const options = await session.openPage('options.html');
    await options.getByRole('button', { name: 'Créer un partenaire' }).press('Enter');
    await expect.poll(() => focusedId(options)).toBe('own-nom');
    await options.keyboard.type('Atelier couture du quartier');
    await options.locator('#own-telephone').fill('12');
    await options.locator('#own-service-nom').fill('Atelier');
    await options.locator('#own-service-description').fill('Couture et retouches, accès libre');
    await options.getByRole('button', { name: 'Enregistrer le partenaire' }).press('Enter');
    await options.locator('#own-partner-form [role="alert"]', { hasText: 'n’est pas un numéro de téléphone (10 chiffres' }).waitFor();
    await expect.poll(() => focusedId(options)).toBe('own-telephone');
    await options.locator('#own-telephone').fill('04 67 11 22 33');
    await options.getByRole('button', { name: 'Enregistrer le partenaire' }).press('Enter');
    await options.locator('#own-partners-list', { hasText: 'Atelier couture du quartier' }).waitFor();
    await expect.poll(() => focusedId(options)).toBe('own-partners-status');

    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('atelier couture');
    const row = popup.getByRole('option').filter({ hasText: 'Atelier couture du quartier' });
    await row.waitFor();
    expect(await row.locator('.result__facts').textContent()).not.toContain('national');
    expect(await row.locator('.result__facts').textContent()).toContain('lieu non précisé');
    // Two favourites: « Descendre » the first onto the last place keeps the focus on a button.
    await popup.getByRole('combobox').press('Enter');
    await popup.locator('.star').click();
    // Stored before the popup closes (a close right after the click could beat the write).
    await expect.poll(() => popup.locator('.star').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    const popup2 = await session.openPage('popup.html');
    await openFirstCard(popup2, 'france travail');
    await popup2.locator('.star').click();
    await expect.poll(() => popup2.locator('.star').getAttribute('aria-pressed')).toBe('true');
    await popup2.close();
    await options.reload();
    const down = options.getByRole('button', { name: /^Descendre / }).first();
    await down.focus();
    await down.press('Enter');
    await expect.poll(() => options.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.tagName)).toMatch(/^(Descendre|Monter) /);
    await options.close();
  });

  it('erasing says all it erases and also switches the enabled case sites off', async () => {
    await grantHostAccess(session, 'http://127.0.0.1/*');
    const options = await session.openPage('options.html');
    const sites = options.locator('#sites-de-suivi');
    await sites.getByLabel('Adresse du site').fill(server.origin);
    await sites.getByRole('button', { name: 'Activer', exact: true }).click();
    await sites.getByRole('list', { name: 'Sites activés' }).getByText(server.origin).waitFor();
    expect(await options.locator('#backup').textContent()).toMatch(/suivi des partenariats \(statuts, conventions, journal des contacts\)/);

    await options.getByRole('button', { name: 'Effacer toutes mes données…' }).press('Enter');
    const warning = await options.locator('#wipe .warning').textContent();
    for (const part of ['favoris', 'notes', 'contacts', 'partenaires personnels', 'conventions', 'journal des contacts', 'territoire', 'sites de suivi activés']) expect(warning).toContain(part);
    await expectNoAxeViolations(options, 'wipe question');
    await options.getByRole('button', { name: 'Oui, tout effacer' }).press('Enter');
    await options.getByText('Repère ne lit plus aucun site de suivi').waitFor();
    await sites.getByText('Aucun site activé.').waitFor();
    await expect.poll(() => session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await expect.poll(() => session.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    await options.close();
  });

  it('no sideways scroll at 320 px: the options page and the board, with one line per partner and « Commune : Toutes »', async () => {
    const popup = await session.openPage('popup.html');
    await openFirstCard(popup, 'france travail');
    await popup.locator('.star').click();
    await expect.poll(() => popup.locator('.star').getAttribute('aria-pressed')).toBe('true');
    await popup.getByLabel('Statut du partenariat').selectOption('convention');
    const end = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await popup.getByLabel('Date de fin').fill(end);
    await popup.getByRole('button', { name: 'Enregistrer la convention' }).click();
    // Written before the popup closes (the board and the popup's count below read it): the form's
    // title shows the stored end date.
    await popup.getByText(`Convention (fin le ${end.split('-').reverse().join('/')})`).waitFor();
    await popup.close();

    const board = await session.openPage('suivi.html');
    await board.setViewportSize({ width: 320, height: 800 });
    await board.locator('#follow-up-board').waitFor();
    // Polled: the board's rows come from IndexedDB after its first render.
    const names = () => board.locator('#follow-up-board tbody tr td:first-child').allTextContents();
    await expect.poll(async () => (await names()).filter((name) => name.includes('France Travail'))).toHaveLength(1);
    expect(await board.getByLabel('Commune').locator('option').first().textContent()).toBe('Toutes');
    const count = await board.locator('#board-count').textContent();
    expect(await noHorizontalScroll(board)).toBe(true);
    await screenshotThemes(board, 'i21-board-320');
    await board.close();

    // The popup counts in the board's words.
    await forgetLastQuery(session);
    const empty = await session.openPage('popup.html');
    await expect.poll(() => empty.locator('.follow-up-count').textContent()).toBe(count);
    await empty.close();

    const options = await session.openPage('options.html');
    await options.setViewportSize({ width: 320, height: 800 });
    await options.locator('#sources-table').waitFor();
    expect(await noHorizontalScroll(options)).toBe(true);
    await screenshotThemes(options, 'i21-options-320');
    await options.close();
  });

  // Follows the test above: its favourite under convention is the network map's row.
  it('no sideways scroll at 320 px: the network map, each table in its own box', async () => {
    const map = await session.openPage('cartographie.html');
    await map.setViewportSize({ width: 320, height: 800 });
    await map.locator('.map-category tbody tr').first().waitFor();
    await sideways(map);
    await expectNoAxeViolations(map, 'network map at 320 px');
    await screenshotThemes(map, 'i21-map-320');
    await map.close();
  });

  it('at 860 px the sources’ actions need no inner scroll; at 320 px the options page does not scroll sideways', async () => {
    const options = await session.openPage('options.html');
    await options.locator('#sources-table').waitFor();
    // A subscribed source has both actions, « Actualiser » and « Retirer ».
    await options.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('repere');
      open.onsuccess = () => {
        const tx = open.result.transaction('sources', 'readwrite');
        tx.objectStore('sources').put({ id: 'url:https://annuaire.exemple.fr/equipe-du-bassin-de-thau.json', kind: 'url', label: 'Annuaire partagé de l’équipe du bassin de Thau', url: 'https://annuaire.exemple.fr/equipe-du-bassin-de-thau.json', partnerCount: 0, updatedAt: Date.now(), checkedAt: Date.now(), priority: 30 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }));
    await options.reload();
    await options.setViewportSize({ width: 860, height: 900 });
    const actions = options.getByRole('button', { name: /^Actualiser/ }).first();
    await actions.waitFor();
    // The table, its scroll box and both actions lie within the page's column: nothing to scroll to reach them.
    const fit = await options.evaluate(() => {
      const table = document.getElementById('sources-table')!;
      const box = table.parentElement!;
      const column = document.querySelector('main')!.getBoundingClientRect();
      const buttons = [...table.querySelectorAll('button')].filter((b) => /^(Actualiser|Retirer)/.test(b.getAttribute('aria-label') ?? ''));
      return {
        inner: box.scrollWidth - box.clientWidth,
        beyond: Math.max(table.getBoundingClientRect().right, box.getBoundingClientRect().right, ...buttons.map((b) => b.getBoundingClientRect().right)) - column.right,
        buttons: buttons.length,
        widths: [...table.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width)).join(' '),
      };
    });
    expect(fit.buttons).toBeGreaterThanOrEqual(2);
    expect(fit.inner, fit.widths).toBeLessThanOrEqual(0);
    expect(fit.beyond, fit.widths).toBeLessThanOrEqual(0);
    await sideways(options);
    await screenshotThemes(options, 'i21-sources-860', options.locator('#sources'));
    await options.setViewportSize({ width: 320, height: 800 });
    await sideways(options);
    await options.close();
  });

  it('no sideways scroll at 320 px: the restore preview', async () => {
    const options = await session.openPage('options.html');
    await options.setViewportSize({ width: 320, height: 800 });
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Exporter mes données' }).click()]);
    await options.locator('#restore-file').setInputFiles((await download.path())!);
    await options.locator('#restore-preview-table').waitFor();
    await options.locator('#restore-preview-table').scrollIntoViewIfNeeded();
    await sideways(options);
    await expectNoAxeViolations(options, 'restore preview at 320 px');
    await screenshotThemes(options, 'i21-restore-320', options.locator('.restore-preview'));
    await options.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
