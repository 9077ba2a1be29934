// The 100,000-partner keystroke part of the popup-open bench stores its directory once, not once
// per build: storing and indexing 100,000 partners took over 30 min per build on a loaded machine.
// Every build is run from one fixed folder (so Chromium gives it one extension id, hence one
// IndexedDB origin), each in a copy of the profile the directory was stored in. The builds
// compared store their index in the same format: a build whose format differs rebuilds it itself
// (the bench's probe waits for that).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where each build's Chromium extension is copied before it runs on a seeded profile. */
export const KEYS_EXTENSION_DIR = join(tmpdir(), 'repere-bench-keys-extension');

/** Copies a build's Chromium extension into KEYS_EXTENSION_DIR (same path, same extension id). */
export function installForKeys(buildDir: string): string {
  rmSync(KEYS_EXTENSION_DIR, { recursive: true, force: true });
  cpSync(join(buildDir, '.output/chrome-mv3'), KEYS_EXTENSION_DIR, { recursive: true });
  return KEYS_EXTENSION_DIR;
}

/**
 * A fresh copy of the seeded profile, without what the previous build left compiled or
 * registered (its service worker's registration and code caches): the next build starts from its
 * own files, with the stored directory and index only.
 */
export function copySeededProfile(template: string): string {
  if (!existsSync(template)) throw new Error(`no seeded profile at ${template}`);
  const profile = mkdtempSync(join(tmpdir(), 'repere-bench-keys-profile-'));
  cpSync(template, profile, { recursive: true });
  for (const cache of ['Default/Service Worker', 'Default/Code Cache', 'Default/GPUCache', 'Default/Cache', 'SingletonLock', 'SingletonSocket', 'SingletonCookie']) {
    rmSync(join(profile, cache), { recursive: true, force: true });
  }
  return profile;
}
