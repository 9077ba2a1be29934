import '../../components/theme.css';
import './sidepanel.css';
import { t } from '../../lib/i18n';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

document.title = t('panelTitle');
mountPage(App);
