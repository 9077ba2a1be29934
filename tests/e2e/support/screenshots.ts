import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(__dirname, '../../../test-results/screenshots');

/**
 * Saves the page as the counsellor sees it in light, dark and forced colours
 * (test-results/screenshots/NAME-light.png …), so a developer can look at what changed. With
 * `part`, only that part of the page (a long list would make a page-long picture).
 */
export async function screenshotThemes(page: Page, name: string, part?: Locator): Promise<string[]> {
  // Pictures to look at, not checks: `REPERE_SCREENSHOTS=0` (what `npm test` sets unless told
  // otherwise) skips the ~40 × 3 captures of a whole run; a single spec run keeps them.
  if (process.env.REPERE_SCREENSHOTS === '0') return [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const files: string[] = [];
  for (const [theme, media] of [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced', { colorScheme: 'light', forcedColors: 'active' }],
  ] as const) {
    await page.emulateMedia(media);
    const file = join(SCREENSHOT_DIR, `${name}-${theme}.png`);
    if (part) await part.screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  return files;
}
