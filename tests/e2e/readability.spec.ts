import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { forgetLastQuery, useExtensionSession, waitForResults } from './support/extension';
import { expectNoAxeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { rightClickFindPartner } from '../support/e2e-actions';

const session = useExtensionSession();

const results = (page: Page) => page.locator('#partner-results').getByRole('option');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} ${el.textContent?.trim().slice(0, 40) ?? ''}` : 'none';
  });
/** Keyboard runs never leave the focus on <body> (or nowhere). */
async function expectFocusNotOnBody(page: Page, step: string) {
  const where = await focused(page);
  expect(where, `focus after « ${step} »`).not.toMatch(/^(body|html|none)\b/);
}
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function popupWith(query: string): Promise<Page> {
  const page = await session.openPage('popup.html');
  await page.getByRole('combobox').fill(query);
  await waitForResults(page, query);
  return page;
}

async function openCard(page: Page, query: string) {
  await page.getByRole('combobox').fill(query);
  await expect.poll(async () => (await results(page).first().locator('.result__name').textContent()) ?? '').toMatch(new RegExp(query, 'i'));
  await page.getByRole('combobox').press('Enter');
  await page.locator('#card-title').waitFor();
}

/** The menu's click handler, called as Chrome would (native menus cannot be clicked headless). */
async function rightClick(selectionText: string): Promise<Page> {
  const panel = await rightClickFindPartner(session, selectionText);
  await results(panel).first().waitFor();
  return panel;
}

describe('readable at a glance: type, rows, forced colours, zoom', () => {
  it('sizes the body at 16 px and result names at 14 px or more (Chrome sets extension pages to 75 %)', async () => {
    const page = await popupWith('mission locale');
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      name: parseFloat(getComputedStyle(document.querySelector('.result__name')!).fontSize),
      facts: parseFloat(getComputedStyle(document.querySelector('.result__facts')!).fontSize),
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(16);
    expect(sizes.name).toBeGreaterThanOrEqual(14);
    expect(sizes.facts).toBeGreaterThanOrEqual(13);
    await page.close();
  });

  it('a row says where (or « national »), the phone by pairs, open or closed, and why it matched; weaker matches come under « Autres résultats »', async () => {
    const page = await popupWith('mision locale');
    const first = results(page).first();
    await expect.poll(() => first.locator('.result__name').textContent()).toMatch(/Mission Locale/);
    expect(await first.locator('.result__facts').textContent()).toContain('national');
    // The strong match, then a heading, then the others.
    const heading = page.locator('#partner-results .result-group');
    await expect.poll(() => heading.textContent()).toBe('Autres résultats');
    const order = await page.locator('#partner-results > li').evaluateAll((items) => items.map((li) => (li.getAttribute('role') === 'option' ? 'option' : li.textContent)));
    expect(order.slice(0, 2)).toEqual(['option', 'Autres résultats']);
    expect(order.length).toBeGreaterThan(3);
    // A screen reader hears it too: the weaker options are described by the heading.
    expect(await results(page).nth(1).getAttribute('aria-describedby')).toBe(await heading.getAttribute('id'));
    expect(await first.getAttribute('aria-describedby')).toBeNull();

    await page.getByRole('combobox').fill('agefiph');
    await expect.poll(() => results(page).first().locator('.result__facts').textContent()).toContain('Tél. 08 00 11 10 09');

    await page.getByRole('combobox').fill('siao');
    await expect.poll(() => results(page).first().locator('.hours-dot').textContent()).toMatch(/^(Ouvert|Fermé|Horaires inconnus)$/);

    await page.getByRole('combobox').fill('dettes');
    await expect.poll(() => results(page).first().locator('.result__reason').textContent()).toMatch(/^Trouvé pour : .*endettement/);
    await page.close();
  });

  it('in the needs panel each partner says which of the needs it serves', async () => {
    const panel = await rightClick("Mme n'a pas le permis. Dette de loyer de 3 200 €.");
    const reasons = await results(panel).locator('.result__reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(5);
    for (const reason of reasons) expect(reason).toMatch(/^Répond à : (Mobilité|Logement et hébergement|Difficultés financières)/);
    expect(reasons.some((reason) => reason.includes(', '))).toBe(true);
    await panel.close();
  });

  it('in forced colours the active option keeps a visible outline, not only a background', async () => {
    const page = await popupWith('france travail');
    await page.emulateMedia({ forcedColors: 'active' });
    const outline = await page.locator('.result--active').evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.close();
  });

  it('has no horizontal scroll at 200 % zoom: popup at 320 px (results, card), side panel at 210 px', async () => {
    const page = await session.openPage('popup.html');
    await page.setViewportSize({ width: 320, height: 700 });
    await page.getByRole('combobox').fill('caisse allocations familiales');
    await waitForResults(page, 'caisse allocations familiales');
    expect(await noHorizontalScroll(page)).toBe(true);
    await openCard(page, 'france travail');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.close();

    const panel = await rightClick("Mme n'a pas le permis. Dette de loyer de 3 200 €.");
    await panel.setViewportSize({ width: 210, height: 800 });
    expect(await noHorizontalScroll(panel)).toBe(true);
    await results(panel).first().click();
    await panel.locator('#card-title').waitFor();
    expect(await noHorizontalScroll(panel)).toBe(true);
    await panel.close();
  });
});

describe('axe-core: 0 violations', () => {
  it('popup empty, with results, with no result, and on a card', async () => {
    await forgetLastQuery(session);
    const page = await session.openPage('popup.html');
    await page.getByText('Tapez quelques lettres').waitFor();
    await expectNoAxeViolations(page, 'popup empty');
    await page.getByRole('combobox').fill('logement');
    await waitForResults(page, 'logement');
    await expectNoAxeViolations(page, 'popup results');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'popup results, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('combobox').fill('zzqxw');
    await page.getByRole('status').filter({ hasText: 'Aucun partenaire' }).waitFor();
    await expectNoAxeViolations(page, 'popup no result');
    await openCard(page, 'france travail');
    await expectNoAxeViolations(page, 'card');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'card, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('side panel with a selection', async () => {
    const panel = await rightClick("Mme n'a pas le permis. Dette de loyer de 3 200 €.");
    await expectNoAxeViolations(panel, 'side panel');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(panel, 'side panel, dark');
    await panel.emulateMedia({ colorScheme: 'light' });
    await results(panel).first().click();
    await panel.locator('#card-title').waitFor();
    await expectNoAxeViolations(panel, 'side panel card');
    await panel.close();
  });
});

describe('keyboard alone: the focus never falls to <body>', () => {
  it('find and call, star, add a contact, add a note, back with Esc — keys only, counted', async () => {
    await forgetLastQuery(session);
    const page = await session.openPage('popup.html');
    const keys: Record<string, number> = {};
    let count = 0;
    const press = async (key: string, step: string) => {
      await page.keyboard.press(key);
      count++;
      await expectFocusNotOnBody(page, `${step} (${key})`);
    };
    /** Tab (or Shift+Tab) until `reached` holds, never through <body>. */
    const tabTo = async (reached: () => Promise<boolean>, step: string, key = 'Tab') => {
      for (let guard = 0; guard < 15 && !(await reached()); guard++) await press(key, step);
      expect(await reached(), step).toBe(true);
    };
    const activeIs = (test: (el: HTMLElement) => boolean) => page.evaluate(`(${test.toString()})(document.activeElement)`) as Promise<boolean>;

    // Find and call: type, Enter, Tab to the phone (Enter there would dial).
    await page.keyboard.type('agefiph');
    count += 'agefiph'.length;
    await results(page).first().waitFor();
    await press('Enter', 'ouvrir la fiche');
    await page.locator('#card-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('card-title');
    await tabTo(() => activeIs((el) => (el as HTMLAnchorElement).href === 'tel:+33800111009'), 'jusqu’au téléphone');
    keys['trouver et appeler'] = count;

    // Star: back up with Shift+Tab, Space.
    count = 0;
    await tabTo(() => activeIs((el) => el.classList.contains('star')), 'jusqu’à l’étoile', 'Shift+Tab');
    const starred = await page.locator('.star').getAttribute('aria-pressed');
    await press('Space', 'étoile');
    await expect.poll(() => page.locator('.star').getAttribute('aria-pressed')).toBe(starred === 'true' ? 'false' : 'true');
    keys['étoile'] = count;

    // Add a contact: the form's first field takes the focus; after saving, the add button.
    count = 0;
    await tabTo(() => activeIs((el) => el.textContent === 'Ajouter un contact'), 'jusqu’à « Ajouter un contact »');
    await press('Enter', 'Ajouter un contact');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-name$/);
    await page.keyboard.type('Nadia Roux');
    count += 'Nadia Roux'.length;
    await press('Enter', 'enregistrer le contact');
    await page.getByText('Nadia Roux').first().waitFor();
    await expect.poll(() => focused(page)).toMatch(/Ajouter un contact/);
    keys['ajouter un contact (nom seul)'] = count;

    // Add a note, then delete it: the focus goes on in the note field.
    count = 0;
    await tabTo(() => activeIs((el) => el.tagName === 'TEXTAREA'), 'jusqu’au champ de note');
    await page.keyboard.type('Rappeler lundi');
    count += 'Rappeler lundi'.length;
    await press('Tab', 'vers Enregistrer');
    await press('Enter', 'Enregistrer la note');
    await page.getByText('Rappeler lundi').waitFor();
    keys['ajouter une note'] = count;
    await tabTo(() => activeIs((el) => el.textContent === 'Supprimer' && !el.getAttribute('aria-label')), 'jusqu’à « Supprimer » la note', 'Shift+Tab');
    await press('Enter', 'supprimer la note');
    await expect.poll(() => page.getByText('Rappeler lundi').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

    // Esc from anywhere on the card, even with the focus lost to <body>, goes back to the list.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    // …and from anywhere on the list (here the footer) Esc brings the focus back to the search box.
    await page.getByRole('button', { name: 'Options et favoris' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    console.log(`keystrokes per task: ${JSON.stringify(keys)}`);
    await page.close();
  });

  it('options: confirm an import, cancel one, wipe and cancel: the focus goes to the outcome or back where it was', async () => {
    const page = await session.openPage('options.html');
    const csv = (name: string) => ({ name: 'equipe.csv', mimeType: 'text/csv', buffer: Buffer.from(`Nom;Commune;date_maj\n${name};Balaruc;2026-06-01\n`) });
    await page.locator('#import-file').setInputFiles(csv('CCAS de Balaruc'));
    await page.getByRole('button', { name: 'Importer 1 partenaire', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-outcome');

    await page.locator('#import-file').setInputFiles(csv('CCAS de Mèze'));
    await page.getByRole('button', { name: 'Annuler' }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-file');

    await page.locator('#backup-wipe').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('backup-wipe-cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('backup-wipe');
    await page.close();
  });

  it('side panel: a result to its card and back', async () => {
    const panel = await rightClick('dette de loyer');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await panel.locator('#card-title').waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('card-title');
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await panel.close();
  });
});

describe('a card to hand over', () => {
  it('groups the phone two digits at a time, and shows each contact once', async () => {
    const page = await session.openPage('popup.html');
    await openCard(page, 'agefiph');
    await expect.poll(() => page.locator('.contact-lines .phone').first().textContent()).toBe('08 00 11 10 09');
    expect(await page.locator('.contact-lines a[href^="tel:"]').getAttribute('aria-label')).toBe('Appeler le 08 00 11 10 09');
    // Services do not repeat the partner's phone.
    expect(await page.locator('.service a[href="tel:+33800111009"]').count()).toBe(0);
    await page.close();
  });

  it('« Envoyer à la personne » is a mailto: holding the card’s text', async () => {
    const page = await session.openPage('popup.html');
    await openCard(page, 'france travail');
    const href = (await page.getByRole('link', { name: 'Envoyer à la personne' }).getAttribute('href'))!;
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]);
    expect(body.split('\n')[0]).toBe('France Travail');
    expect(body).toContain('Téléphone : 3949');
    expect(body).toContain('Site : https://');
    const report = (await page.getByRole('link', { name: 'Signaler une erreur' }).getAttribute('href'))!;
    // The report names the record as the counsellor knows it (name, directory, French date): no internal id, no ISO date (issue 21).
    const reportBody = decodeURIComponent(report);
    expect(reportBody).toContain('Annuaire : Annuaire national de démarrage (Repère)');
    expect(reportBody).toMatch(/Mise à jour du : \d{1,2} [a-zéû]+ \d{4}/);
    expect(reportBody).not.toContain('repere--france-travail');
    expect(reportBody).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  it('prints on one page, without the actions or the counsellor’s notes, from a tab of its own (the popup closes with the print dialog)', async () => {
    const page = await session.context.newPage();
    // The page opens the print dialog itself; headless Chromium would then refuse page.pdf().
    await page.addInitScript(() => {
      window.print = () => ((window as unknown as { printAsked: boolean }).printAsked = true);
    });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?print=repere--france-travail`);
    await expect.poll(() => page.locator('#card-title').textContent()).toBe('France Travail');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printAsked?: boolean }).printAsked)).toBe(true);
    // No search box on the print page (the partnership block's status list is a select).
    expect(await page.locator('#search-input').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
      return { title: display('#card-title'), actions: display('.card__actions'), notes: display('.own-notes'), contacts: display('.own-contacts'), partnership: display('.partnership') };
    });
    expect(shown).toEqual({ title: 'block', actions: 'none', notes: 'none', contacts: 'none', partnership: 'none' });
    // Folded services are unfolded on paper: who they are for is printed.
    expect(await page.locator('.service p', { hasText: 'Pour qui' }).first().evaluate((el) => el.checkVisibility())).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/after-card-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('screenshots (test-results/screenshots)', () => {
  it('popup results, card and side panel in light, dark and forced colours', async () => {
    const page = await popupWith('mision locale');
    // The reference's answer joins after the partner rows: the picture shows both.
    await page.locator('.reference-result').waitFor();
    await screenshotThemes(page, 'after-popup-results');
    await openCard(page, 'france travail');
    await screenshotThemes(page, 'after-card');
    await page.close();
    const panel = await rightClick("Mme n'a pas le permis. Dette de loyer de 3 200 €.");
    await panel.setViewportSize({ width: 320, height: 900 });
    await screenshotThemes(panel, 'after-panel');
    await panel.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
