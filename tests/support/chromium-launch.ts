import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

/**
 * Headless Debian Chromium with one unpacked extension, in a persistent profile (flags proven in
 * TOOLCHAIN.md): the end-to-end tests and the popup-open bench launch it the same way.
 */
export function launchChromiumWithExtension(options: { extensionDir: string; profile: string; english?: boolean; extraArgs?: readonly string[] }): Promise<BrowserContext> {
  const { extensionDir, profile, english = false, extraArgs = [] } = options;
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: english ? 'en-US' : 'fr-FR',
    env: { ...process.env, ...(english ? { LANGUAGE: 'en', LANG: 'en_US.UTF-8' } : { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' }) },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      english ? '--lang=en-US' : '--lang=fr-FR',
      ...extraArgs,
    ],
  });
}
