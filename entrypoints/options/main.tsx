import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { RepereDB } from '../../lib/db';
import { DbContext } from '../../components/db-context';
import { App } from './App';

const db = new RepereDB();
render(
  <DbContext.Provider value={db}>
    <App />
  </DbContext.Provider>,
  document.getElementById('app')!,
);
