import { t } from '../../lib/i18n';
import { FollowUpBoard } from '../../components/follow-up/FollowUpBoard';
import { SpreadsheetSection } from '../../components/follow-up/SpreadsheetSection';
import { ReminderToggle } from '../../components/follow-up/ReminderToggle';

// Vite bundles the worker from this exact `new Worker(new URL(…))` form.
const createSheetWorker = () => new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' });

/** « Suivi des partenariats »: the board, the team's spreadsheet, reminders, the network map. */
export function App() {
  return (
    <main>
      <h1>{t('followBoardTitle')}</h1>
      <p class="muted">{t('followBoardIntro')}</p>
      <FollowUpBoard />
      <SpreadsheetSection createSheetWorker={createSheetWorker} />
      <ReminderToggle />
      <p><a href="/cartographie.html" target="_blank">{t('followMapLink')}</a></p>
    </main>
  );
}
