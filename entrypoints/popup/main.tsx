import '../../components/theme.css';
import './popup.css';
import { mountLazyDbPage } from '../../components/mount-lazy-db-page';
import { App } from './App';

mountLazyDbPage(App);
