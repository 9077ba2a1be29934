import type { CaseNeed } from '../messages/case';

/** What the popup and the side panel read of one tab (storage.session: memory only, ids only). */
export interface TabCaseState {
  tabId: number;
  origin: string;
  /** Changes when the tab shows another file (a new page): dismissed needs are forgotten. */
  file: number;
  needs: CaseNeed[];
  oneShot: boolean;
  /** The frames that reported (ids only): the popup asks each for the statements behind its needs. */
  frames?: number[];
}

export const TAB_STATE_PREFIX = 'case:tab:';
export const tabStateKey = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;

const needKey = (need: CaseNeed) => `${need.category}|${need.thematique ?? ''}`;

/** The needs of every frame of a tab, as one list: the union, in the order first reported. */
export function unionOfFrames(frames: ReadonlyMap<number, readonly CaseNeed[]>): CaseNeed[] {
  const seen = new Map<string, CaseNeed>();
  const ordered = [...frames.entries()].sort(([a], [b]) => a - b);
  for (const [, needs] of ordered) for (const need of needs) if (!seen.has(needKey(need))) seen.set(needKey(need), need);
  return [...seen.values()];
}

/** The badge: the number of distinct categories, nothing when none. */
export function badgeOf(needs: readonly CaseNeed[]): { text: string; count: number } {
  const count = new Set(needs.map((n) => n.category)).size;
  return { text: count > 0 ? String(count) : '', count };
}
