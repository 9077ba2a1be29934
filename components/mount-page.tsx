import { render, type ComponentType } from 'preact';
import { RepereDB } from '../lib/db';
import { DbContext } from './db-context';

/**
 * Renders an extension page with its database. Pages that search started their search in their
 * <head> already (entrypoints/search-preload.ts, taken over by components/search/use-directory.ts).
 */
export function mountPage(App: ComponentType): void {
  render(
    <DbContext.Provider value={new RepereDB()}>
      <App />
    </DbContext.Provider>,
    document.getElementById('app')!,
  );
}
