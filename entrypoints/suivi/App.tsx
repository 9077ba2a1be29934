import { t } from '../../lib/i18n';
import { FollowUpBoard } from '../../components/follow-up/FollowUpBoard';

/** « Suivi des partenariats »: the board, the team's spreadsheet, reminders, the network map. */
export function App() {
  return (
    <main>
      <h1>{t('followBoardTitle')}</h1>
      <p class="muted">{t('followBoardIntro')}</p>
      <FollowUpBoard />
      <p><a href="/cartographie.html" target="_blank">{t('followMapLink')}</a></p>
    </main>
  );
}
