import '../../components/theme.css';
import './card.css';
import { mountPage } from '../../components/mount-page';
import { App } from './App';

mountPage(App);
