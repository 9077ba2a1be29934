import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '../lib/i18n';
import { useDb } from './db-context';

const dateTime = (ms: number) => new Date(ms).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

/** The directory sources, with how many partners each brought and how fresh they are. */
export function SourcesSection() {
  const db = useDb();
  const sources = useLiveQuery(() => db.sources.orderBy('id').toArray(), [db]);
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sourcesTitle')}</h2>
      {sources && sources.length === 0 && <p class="muted">{t('sourcesEmpty')}</p>}
      {sources && sources.length > 0 && (
        <table id="sources-table">
          <thead>
            <tr>
              <th scope="col">{t('sourceName')}</th>
              <th scope="col">{t('sourcePartners')}</th>
              <th scope="col">{t('sourceUpdated')}</th>
              <th scope="col">{t('sourceNewest')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td>{source.label}</td>
                <td>{source.partnerCount.toLocaleString('fr-FR')}</td>
                <td>{dateTime(source.updatedAt)}</td>
                <td>{source.newestRecord ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
