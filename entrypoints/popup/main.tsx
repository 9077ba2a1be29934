import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { RepereDB } from '../../lib/db';
import { DbContext } from '../../components/db-context';
import { preloadDirectory } from '../../components/use-directory';
import { App } from './App';

const db = new RepereDB();
preloadDirectory(db);
render(
  <DbContext.Provider value={db}>
    <App />
  </DbContext.Provider>,
  document.getElementById('app')!,
);
