import type { ComponentType } from 'preact';
import type { MessageKey } from '../lib/i18n';
import { LazyDbProvider } from './lazy-db';
import { renderPage } from './render-page';

const openDatabase = () => import('../lib/db/database').then(({ RepereDB }) => new RepereDB());

/**
 * mountPage for a page whose first results need no Dexie (the popup, issue 20): Dexie's code
 * loads and the database opens after them (components/lazy-db.tsx), off the page's first load.
 */
export function mountLazyDbPage(App: ComponentType, title?: MessageKey): void {
  renderPage(
    <LazyDbProvider load={openDatabase}>
      <App />
    </LazyDbProvider>,
    title,
  );
}
