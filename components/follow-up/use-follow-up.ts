import { useLiveQuery } from '../use-live-query';
import { boardPartners, boardRows, dueItems, loadFollowUpData, localDay, type BoardRow, type FollowUpData } from '../../lib/partnership';
import { useDb } from '../db-context';

export interface FollowUpState {
  data: FollowUpData;
  rows: BoardRow[];
  today: string;
}

/** The board's lines, live: they move as soon as a contact is logged or a convention saved. */
export function useFollowUp(now: Date = new Date()): FollowUpState | undefined {
  const db = useDb();
  const today = localDay(now);
  return useLiveQuery(async () => {
    const data = await loadFollowUpData(db);
    const items = dueItems(data, today);
    const partners = await boardPartners(db, items.map((i) => i.partnerId));
    return { data, rows: boardRows(items, partners, data.partnerships), today };
  }, [db, today]);
}
