import { t } from '../../lib/i18n';
import { FollowUpBoard } from '../follow-up/FollowUpBoard';

/** The follow-up board in the options page; the full page adds the spreadsheet and reminders. */
export function FollowUpSection() {
  return (
    <section id="suivi" aria-labelledby="suivi-title">
      <h2 id="suivi-title">{t('followBoardTitle')}</h2>
      <FollowUpBoard />
      <p>
        <a href="/suivi.html" target="_blank">{t('followOpenPage')}</a> · <a href="/cartographie.html" target="_blank">{t('followMapLink')}</a>
      </p>
    </section>
  );
}
