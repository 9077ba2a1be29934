import { render } from 'preact';
import { afterEach, beforeEach, expect } from 'vitest';
import type { RepereDB } from '../../lib/db';
import { dropDb, openFreshDb } from './fresh-db';

/**
 * For a component test under happy-dom: a fresh database and an element to render into, made
 * before each test and dropped after it. The returned object is filled in by beforeEach.
 */
export function useDbAndRoot(): { db: RepereDB; root: HTMLElement } {
  const state = {} as { db: RepereDB; root: HTMLElement };
  beforeEach(() => {
    state.db = openFreshDb();
    state.root = document.createElement('div');
    document.body.append(state.root);
  });
  afterEach(async () => {
    render(null, state.root);
    state.root.remove();
    await dropDb(state.db);
  });
  return state;
}

/**
 * Waits (up to 15 s: the unit suite shares a loaded 2-core machine with builds and browsers) for
 * what the user would see after live queries and renders settle.
 */
export async function waitUntil(check: () => boolean): Promise<void> {
  for (const end = Date.now() + 15_000; Date.now() < end && !check(); ) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}
