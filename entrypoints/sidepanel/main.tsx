import { render } from 'preact';
import '../../components/theme.css';
import './sidepanel.css';
import { RepereDB } from '../../lib/db';
import { t } from '../../lib/i18n';
import { DbContext } from '../../components/db-context';
import { preloadDirectory } from '../../components/use-directory';
import { App } from './App';

document.title = t('panelTitle');
const db = new RepereDB();
preloadDirectory(db);
render(
  <DbContext.Provider value={db}>
    <App />
  </DbContext.Provider>,
  document.getElementById('app')!,
);
