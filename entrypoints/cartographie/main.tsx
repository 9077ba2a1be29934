import '../../components/theme.css';
import './cartographie.css';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

mountPage(App, 'pageTitleMap');
