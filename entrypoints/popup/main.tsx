import '../../components/theme.css';
import './popup.css';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

mountPage(App);
