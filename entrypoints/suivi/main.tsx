import '../../components/theme.css';
import './suivi.css';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

mountPage(App, 'pageTitleBoard');
