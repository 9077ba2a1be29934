import { vi } from 'vitest';
import type { PartnerSummary, SearchHit } from '../../lib/search';

/** A search asked of the held directory, answered when a test says so. */
export interface HeldSearch {
  query: string;
  answer: (hits: SearchHit<PartnerSummary>[]) => void;
}

/**
 * The search worker, for component tests of the partner search: each search waits until the test
 * answers it (`asked`). Tests mock `components/search/use-directory` with it:
 * `vi.mock('…/use-directory', async () => ({ useDirectory: (await import('…/held-directory')).useHeldDirectory }))`.
 */
export const asked: HeldSearch[] = [];
export const directory = {
  search: vi.fn((query: string) => new Promise<SearchHit<PartnerSummary>[]>((answer) => asked.push({ query, answer }))),
  summaries: vi.fn(async () => []),
  load: vi.fn(async () => undefined),
};
export const useHeldDirectory = () => directory;
