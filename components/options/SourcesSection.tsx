import { useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { byTrust, moveSource, sourceOverlaps } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { SourceRow } from './SourceRow';
import { shownSourceLabel } from './source-label';

/**
 * The directory sources (embedded starter, imported files, subscriptions) in trust order: how
 * many partners each brought, how fresh, the last error, which ids it shares, and « Monter » /
 * « Descendre » to change whose phone, site and address a merged card shows (issue 23).
 */
export function SourcesSection() {
  const db = useDb();
  const sources = useLiveQuery(async () => (await db.sources.toArray()).sort(byTrust), [db]);
  const movable = (sources ?? []).filter((s) => s.kind !== 'own');
  const overlaps = useLiveQuery(() => sourceOverlaps(db), [db]);
  const labels = new Map((sources ?? []).map((s) => [s.id, shownSourceLabel(s)]));
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  async function move(sourceId: string, label: string, step: -1 | 1) {
    await moveSource(db, sourceId, step);
    const ordered = (await db.sources.toArray()).filter((s) => s.kind !== 'own').sort(byTrust);
    const place = ordered.findIndex((s) => s.id === sourceId) + 1;
    setStatus(t('sourceMoved', label, String(place), String(ordered.length)));
    // The row moved; the focus stays on a button of it (the other one when this one is now disabled).
    requestAnimationFrame(() => {
      const row = document.querySelector(`#sources-table tr[data-source-id="${CSS.escape(sourceId)}"]`);
      const buttons = [...(row?.querySelectorAll<HTMLButtonElement>('button.source-move') ?? [])];
      const same = buttons.find((b) => b.dataset.step === String(step) && !b.disabled);
      (same ?? buttons.find((b) => !b.disabled))?.focus();
    });
  }
  function removed(label: string) {
    setStatus(t('sourceRemoved', label));
    statusRef.current?.focus();
  }
  return (
    <section aria-labelledby="sources-title" id="sources">
      <h2 id="sources-title">{t('sourcesTitle')}</h2>
      {sources && sources.length === 0 && <p class="muted">{t('sourcesEmpty')}</p>}
      {movable.length > 1 && <p class="muted" id="sources-order-help">{t('sourcesOrderHelp')}</p>}
      {sources && sources.length > 0 && (
        <div class="table-scroll">
        <table id="sources-table">
          <thead>
            <tr>
              <th scope="col">{t('sourceRank')}</th>
              <th scope="col">{t('sourceName')}</th>
              <th scope="col">{t('sourcePartners')}</th>
              <th scope="col">{t('sourceUpdated')}</th>
              <th scope="col">{t('sourceNewest')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <SourceRow
                key={source.id}
                source={source}
                overlaps={overlaps?.get(source.id) ?? []}
                labelOf={(id) => labels.get(id) ?? id}
                onRemoved={removed}
                rank={source.kind === 'own' ? undefined : { place: movable.indexOf(source) + 1, count: movable.length, move: (step) => void move(source.id, shownSourceLabel(source), step) }}
              />
            ))}
          </tbody>
        </table>
        </div>
      )}
      <p role="status" class="muted" tabIndex={-1} ref={statusRef}>{status}</p>
    </section>
  );
}
