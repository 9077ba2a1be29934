import '../../components/theme.css';
import './options.css';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

mountPage(App, 'optionsTitle');
