import type { ComponentType } from 'preact';
import { RepereDB } from '../lib/db/database';
import type { MessageKey } from '../lib/i18n';
import { DbContext } from './db-context';
import { renderPage } from './render-page';

/**
 * Renders an extension page with its database, titled `title` in the interface's language. Pages that search started their search in their
 * <head> already (entrypoints/search-preload.ts, taken over by components/search/use-directory.ts).
 */
export function mountPage(App: ComponentType, title?: MessageKey): void {
  renderPage(
    <DbContext.Provider value={new RepereDB()}>
      <App />
    </DbContext.Provider>,
    title,
  );
}
