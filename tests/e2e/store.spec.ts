import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionSession, waitForResults } from './support/extension';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';

// What the stores show: the privacy policy inside the extension (linked from the options), and
// the listing's screenshots (store/screenshots/, 1280×800 as the Chrome Web Store and AMO take them).
const session = useExtensionSession();
const STORE_SHOTS = resolve(__dirname, '../../store/screenshots');

describe('store listing', () => {
  it('the privacy policy is a page of the extension, linked from the options, in French and English, accessible', async () => {
    const options = await session.openPage('options.html#a-propos');
    const link = options.locator('#privacy-link');
    expect(await link.textContent()).toBe('Politique de confidentialité : ce qui est gardé, lu et envoyé');
    const [page] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/privacy.html');
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Repère — politique de confidentialité', 'Repère — privacy policy']);
    for (const heading of ['Ce qui est gardé, et où', 'Ce qui est lu sur les pages', 'Ce qui est envoyé, et à qui', 'What is kept, and where', 'What is read on pages', 'What is sent, and to whom']) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshotThemes(page, 'privacy');
    await page.close();
    await options.close();
  });

  it('takes the listing screenshots (1280×800)', async () => {
    mkdirSync(STORE_SHOTS, { recursive: true });
    const shots: Array<[string, string, (page: import('playwright-core').Page) => Promise<void>]> = [
      ['1-recherche', 'popup.html', async (page) => {
        await page.getByRole('combobox').fill('mission locale');
        await waitForResults(page, 'mission locale');
      }],
      ['2-fiche', 'popup.html', async (page) => {
        await page.getByRole('combobox').fill('france travail');
        await waitForResults(page, 'france travail');
        await page.getByRole('combobox').press('Enter');
        await page.locator('#card-title').waitFor();
      }],
      ['3-options', 'options.html#annuaire', async (page) => {
        await page.locator('#sources-table').waitFor();
      }],
      ['4-suivi', 'suivi.html', async (page) => {
        await page.getByRole('heading', { level: 1 }).waitFor();
      }],
    ];
    for (const [name, path, ready] of shots) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      // The popup is a narrow window: shown at its size on a plain backdrop, as the store's frame.
      if (path.startsWith('popup')) await page.addStyleTag({ content: 'html { background: #dfe5ee; overflow: hidden; } body { width: 400px; height: 720px; overflow: hidden; box-sizing: border-box; margin: 40px auto; background: var(--bg); box-shadow: 0 4px 24px #0004; border-radius: 8px; }' });
      await ready(page);
      const file = join(STORE_SHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      await page.close();
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
