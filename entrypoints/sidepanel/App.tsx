import { NeedsPanel } from '../../components/panel/NeedsPanel';
import { usePanelSelection } from '../../components/panel/use-panel-selection';

export function App() {
  const { selection, clear } = usePanelSelection();
  return (
    <main>
      {/* A new right-click starts afresh: chips and typed words belong to one selection. */}
      <NeedsPanel key={selection?.at ?? 0} selection={selection} onClear={clear} />
    </main>
  );
}
