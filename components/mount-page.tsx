import { render, type ComponentType } from 'preact';
import { RepereDB } from '../lib/db/database';
import { t, uiLocale, type MessageKey } from '../lib/i18n';
import { DbContext } from './db-context';

/**
 * Renders an extension page with its database, titled `title` in the interface's language. Pages that search started their search in their
 * <head> already (entrypoints/search-preload.ts, taken over by components/search/use-directory.ts).
 */
export function mountPage(App: ComponentType, title?: MessageKey): void {
  // The page speaks the language of the catalogue the browser chose (screen readers, hyphenation).
  document.documentElement.lang = uiLocale().slice(0, 2);
  // The tab's title too: the HTML's is the French fallback.
  if (title) document.title = t(title);
  render(
    <DbContext.Provider value={new RepereDB()}>
      <App />
    </DbContext.Provider>,
    document.getElementById('app')!,
  );
}
