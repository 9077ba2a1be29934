import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CaseExplanationSchema, WHY_PER_NEED, type NeedWhy } from '../../lib/messages/case-tab';
import type { TabCaseState } from '../../lib/case-file/tab-needs';

export type NeedReasons = ReadonlyMap<string, readonly NeedWhy[]>;

type Send = (tabId: number, message: { type: 'case:explain' }, options: { frameId: number }) => Promise<unknown>;
const sendToFrame: Send = (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options);

/**
 * Asks each frame of the tab that reported needs which statements showed them (tabs.sendMessage,
 * straight to the page's reader, as « Montrer dans la page » does): page text that stays in this
 * page's memory, never in the background, storage or a log. Each answer is validated (shape,
 * categories, lengths); a frame that does not answer, or answers wrong, adds nothing.
 */
export async function askReasons(state: Pick<TabCaseState, 'tabId' | 'frames'>, send: Send = sendToFrame): Promise<NeedReasons> {
  const frames = state.frames && state.frames.length > 0 ? state.frames : [0];
  const answers = await Promise.all(frames.map((frameId) => send(state.tabId, { type: 'case:explain' }, { frameId }).catch(() => undefined)));
  const reasons = new Map<string, NeedWhy[]>();
  for (const answer of answers) {
    const parsed = CaseExplanationSchema.safeParse(answer);
    if (!parsed.success) continue;
    for (const { category, why } of parsed.data) {
      const list = reasons.get(category) ?? [];
      for (const one of why) if (list.length < WHY_PER_NEED && !list.some((known) => known.text === one.text)) list.push(one);
      reasons.set(category, list);
    }
  }
  return reasons;
}

/** The statements behind the tab's needs, asked when `wanted` (the block open) and again when the needs change. */
export function useNeedReasons(state: TabCaseState | null | undefined, wanted: boolean): NeedReasons | undefined {
  const [reasons, setReasons] = useState<NeedReasons>();
  const key = state ? `${state.tabId}:${state.file}:${JSON.stringify(state.needs)}:${state.frames?.join(',') ?? ''}` : '';
  useEffect(() => {
    setReasons(undefined);
    if (!state || !wanted) return;
    let live = true;
    void askReasons(state).then((found) => live && setReasons(found));
    return () => {
      live = false;
    };
  }, [key, wanted]);
  return reasons;
}
