import { geographyClient, type GeographyClient } from '../../lib/geography-service';

let shared: GeographyClient | undefined;

/**
 * The page's one geography worker, started by the first territory picker shown (the welcome and
 * the settings share it). Vite bundles the worker from this exact `new Worker(new URL(…))` form.
 */
export function pageGeography(): GeographyClient {
  return (shared ??= geographyClient(new Worker(new URL('../../entrypoints/options/geography-worker.ts', import.meta.url), { type: 'module' })));
}
