import '../../components/theme.css';
import './reference.css';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

mountPage(App, 'pageTitleReference');
