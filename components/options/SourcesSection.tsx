import { useRef, useState } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { sourceOverlaps } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { SourceRow } from './SourceRow';
import { shownSourceLabel } from './source-label';

/**
 * The directory sources (embedded starter, imported files, subscriptions): how many partners
 * each brought, how fresh, the last error, and which one is shown when two hold the same id.
 */
export function SourcesSection() {
  const db = useDb();
  const sources = useLiveQuery(async () => (await db.sources.toArray()).sort((a, b) => b.priority - a.priority || b.updatedAt - a.updatedAt), [db]);
  const overlaps = useLiveQuery(() => sourceOverlaps(db), [db]);
  const labels = new Map((sources ?? []).map((s) => [s.id, shownSourceLabel(s)]));
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  function removed(label: string) {
    setStatus(t('sourceRemoved', label));
    statusRef.current?.focus();
  }
  return (
    <section aria-labelledby="sources-title" id="sources">
      <h2 id="sources-title">{t('sourcesTitle')}</h2>
      {sources && sources.length === 0 && <p class="muted">{t('sourcesEmpty')}</p>}
      {sources && sources.length > 0 && (
        <div class="table-scroll">
        <table id="sources-table">
          <thead>
            <tr>
              <th scope="col">{t('sourceName')}</th>
              <th scope="col">{t('sourcePartners')}</th>
              <th scope="col">{t('sourceUpdated')}</th>
              <th scope="col">{t('sourceNewest')}</th>
              <th scope="col">{t('sourceActions')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <SourceRow key={source.id} source={source} overlaps={overlaps?.get(source.id) ?? []} labelOf={(id) => labels.get(id) ?? id} onRemoved={removed} />
            ))}
          </tbody>
        </table>
        </div>
      )}
      <p role="status" class="muted" tabIndex={-1} ref={statusRef}>{status}</p>
    </section>
  );
}
