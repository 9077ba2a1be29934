import { NeedsPanel } from '../../components/panel/NeedsPanel';
import { usePanelSelection } from '../../components/panel/use-panel-selection';
import { t } from '../../lib/i18n';
import { CaseFilePanel } from '../../components/panel/CaseFilePanel';

export function App() {
  const { selection, read, clear } = usePanelSelection();
  return (
    <main>
      <h1 class="visually-hidden">{t('popupTitle')}</h1>
      <CaseFilePanel follow offerRead={false} initiallyOpen />
      {/* A new right-click starts afresh: chips and typed words belong to one selection. Nothing
          shows before the stored one is read: the panel opened by a right-click never shows the
          favourites first, then swaps them (and the keys pressed on them) for the needs. */}
      {read && <NeedsPanel key={selection?.at ?? 0} selection={selection} onClear={clear} />}
    </main>
  );
}
