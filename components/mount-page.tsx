import { render, type ComponentType } from 'preact';
import { RepereDB } from '../lib/db';
import { DbContext } from './db-context';
import { preloadDirectory } from './use-directory';

/**
 * Renders an extension page with its database. Pages that search start reading the stored
 * search index before their first render, so the first keystroke finds it ready.
 */
export function mountPage(App: ComponentType, options: { preloadSearch?: boolean } = {}): void {
  const db = new RepereDB();
  if (options.preloadSearch) preloadDirectory(db);
  render(
    <DbContext.Provider value={db}>
      <App />
    </DbContext.Provider>,
    document.getElementById('app')!,
  );
}
