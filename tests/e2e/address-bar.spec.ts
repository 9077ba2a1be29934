import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useExtensionSession, waitForResults } from './support/extension';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';

// The address bar (keyword `rp`) and the card in a tab; the popup that reopens on the last query.
// The omnibox cannot be typed into headless: its handlers are called from the service worker,
// as the browser calls them (like the context-menu test).
const session = useExtensionSession();

interface Suggestion {
  content: string;
  description: string;
}
const suggest = (text: string) =>
  session.worker.evaluate(
    (query) => new Promise<Suggestion[]>((done) => (globalThis as any).repereOmnibox.onInputChanged(query, done)),
    text,
  );

/** The query the popup will reopen on, as stored (storage.session). */
const storedQuery = () => session.worker.evaluate(async () => ((await (globalThis as any).chrome.storage.session.get('lastQuery')).lastQuery?.query ?? null) as string | null);

/**
 * Runs `act` on the search box of a popup shown in a frame that is removed while the first
 * `eventType` event is dispatched, right after the box's own handler: the popup's document is
 * gone before any later task (a frame, a timer) of the page can run — a popup closed at once.
 */
async function closedWithinEvent(eventType: 'input' | 'keydown', act: (box: Locator) => Promise<void>): Promise<void> {
  const host = await session.openPage('privacy.html');
  await host.evaluate(() => new Promise<void>((loaded) => {
    const frame = document.createElement('iframe');
    frame.title = 'Repère';
    frame.src = '/popup.html';
    frame.addEventListener('load', () => loaded(), { once: true });
    document.body.append(frame);
  }));
  const popup = host.frames().find((frame) => frame.url().endsWith('/popup.html'))!;
  await popup.locator('#search-input').waitFor();
  await popup.evaluate((type) => {
    window.addEventListener(type, (event) => {
      if (type === 'input' || (event as KeyboardEvent).key === 'Escape') window.frameElement?.remove();
    });
  }, eventType);
  // The frame goes away under the action's feet: Playwright may report it detached.
  await act(popup.locator('#search-input')).catch((error: Error) => {
    if (!/detached|closed|destroyed/i.test(error.message)) throw error;
  });
  await expect.poll(() => host.evaluate(() => document.querySelector('iframe') !== null)).toBe(false);
  await host.close();
}

describe('the address bar', () => {
  it('declares the keyword rp', async () => {
    const manifest = await session.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.omnibox).toEqual({ keyword: 'rp' });
  });

  it('suggests partners as name · commune · phone', async () => {
    const suggestions = await suggest('mission locale');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((s) => s.description)).toContain('Mission Locale (réseau national) <dim>· national</dim>');
    expect(suggestions[0].content).toMatch(/^fiche:/);
    const national = await suggest('france travail');
    expect(national[0]).toEqual({ content: 'fiche:repere--france-travail', description: 'France Travail <dim>· national · 3949</dim>' });
    expect(await suggest('   ')).toEqual([]);
  });

  it('opens the chosen card in a tab, the same card as the popup’s; axe finds nothing', async () => {
    const first = (await suggest('mission locale')).find((s) => s.description.startsWith('Mission Locale'))!;
    const [card] = await Promise.all([
      session.context.waitForEvent('page'),
      session.worker.evaluate((content) => (globalThis as any).repereOmnibox.onInputEntered(content, 'newForegroundTab'), first.content),
    ]);
    await card.locator('#card-title').waitFor();
    expect(card.url()).toMatch(/\/card\.html\?id=/);
    expect(await card.locator('#card-title').textContent()).toMatch(/^Mission Locale/);
    await expect.poll(() => card.title()).toMatch(/^Mission Locale.* — Repère$/);
    await card.getByRole('button', { name: /Ajouter .* aux favoris/ }).waitFor();
    const violations = await axeViolations(card);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshotThemes(card, 'card-tab');
    await card.close();
  });

  it('opens the best match when Enter is pressed on typed text, and says so when a card is missing', async () => {
    const [card] = await Promise.all([
      session.context.waitForEvent('page'),
      session.worker.evaluate(() => (globalThis as any).repereOmnibox.onInputEntered('france travail', 'newForegroundTab')),
    ]);
    await card.locator('#card-title').waitFor();
    expect(await card.locator('#card-title').textContent()).toBe('France Travail');
    // « Retour aux résultats » keeps the tab: it becomes the search for the words typed.
    await card.getByRole('button', { name: /Retour aux résultats/ }).click();
    await waitForResults(card, 'france travail');
    expect(card.isClosed()).toBe(false);
    expect(await card.getByRole('combobox').inputValue()).toBe('france travail');
    await card.close();

    const missing = await session.openPage('card.html?id=plus-dans-l-annuaire');
    await missing.getByRole('heading', { name: 'Ce partenaire n’est pas dans l’annuaire.' }).waitFor();
    const violations = await axeViolations(missing);
    expect(violations, describeViolations(violations)).toEqual([]);
    await missing.close();
  });
});

describe('the popup', () => {
  it('reopens on the last query, selected, for the next ten minutes; Esc empties it for good', async () => {
    // Each popup is torn down within the very event that changed its box (typing, then Esc): no
    // later task of the page runs, as when the counsellor closes the popup at once. The query is
    // written as the page goes away (pagehide); the timed write alone would never run.
    await closedWithinEvent('input', (box) => box.fill('mission locale'));
    await expect.poll(storedQuery).toBe('mission locale');

    const again = await session.openPage('popup.html');
    const box = again.getByRole('combobox');
    await expect.poll(() => box.inputValue()).toBe('mission locale');
    await again.getByRole('option').first().waitFor();
    expect(await again.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return [input.id, input.selectionStart, input.selectionEnd];
    })).toEqual(['search-input', 0, 'mission locale'.length]);
    await again.close();

    await closedWithinEvent('keydown', async (box) => {
      await expect.poll(() => box.inputValue()).toBe('mission locale');
      await box.press('Escape');
    });
    await expect.poll(storedQuery).toBe('');
    const empty = await session.openPage('popup.html');
    await empty.locator('.hint').waitFor();
    expect(await empty.getByRole('combobox').inputValue()).toBe('');
    await empty.close();
  });

  it('shows a new counsellor (no territory yet) the way to the three-step welcome', async () => {
    const popup = await session.openPage('popup.html');
    const firstSteps = popup.getByRole('button', { name: 'Premiers pas : votre territoire et votre annuaire' });
    await firstSteps.focus();
    const [welcome] = await Promise.all([session.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await welcome.getByRole('heading', { name: 'Étape 1 sur 3 : Votre territoire' }).waitFor();
    expect(welcome.url()).toMatch(/\/options\.html#bienvenue$/);
    await welcome.close();
    await popup.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
