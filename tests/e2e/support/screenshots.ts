import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(__dirname, '../../../test-results/screenshots');

/**
 * Saves the page as the counsellor sees it in light, dark and forced colours
 * (test-results/screenshots/NAME-light.png …), so a developer can look at what changed.
 */
export async function screenshotThemes(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const files: string[] = [];
  for (const [theme, media] of [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced', { colorScheme: 'light', forcedColors: 'active' }],
  ] as const) {
    await page.emulateMedia(media);
    const file = join(SCREENSHOT_DIR, `${name}-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  return files;
}
