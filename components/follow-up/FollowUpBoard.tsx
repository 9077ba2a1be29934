import { useState } from 'preact/hooks';
import { getGroupedPartner, type StoredPartner } from '../../lib/db';
import { daysBetween, filterChoices, filterRows, frenchDate, onePerPartner, sortRows, type BoardRow, type BoardSort, type DueKind } from '../../lib/partnership';
import { displayLabel } from '../../lib/taxonomy';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { PartnerCard } from '../card/PartnerCard';
import { useFollowUp } from './use-follow-up';
import './follow-up.css';

export const DUE_LABELS: Record<DueKind, MessageKey> = {
  'convention-end': 'followDueConventionEnd',
  review: 'followDueReview',
  'no-bilan': 'followDueNoBilan',
  'next-contact': 'followDueNextContact',
  relance: 'followDueRelance',
  'never-contacted': 'followDueNeverContacted',
};

const COLUMNS: { sort: BoardSort; label: MessageKey }[] = [
  { sort: 'name', label: 'followColPartner' },
  { sort: 'commune', label: 'followColCommune' },
  { sort: 'kind', label: 'followColAction' },
  { sort: 'date', label: 'followColDate' },
];

function when(row: BoardRow, today: string): string {
  if (!row.date) return '';
  const days = daysBetween(today, row.date);
  return `${frenchDate(row.date)} (${days === 0 ? t('followToday') : days > 0 ? t('followInDays', days) : t('followDaysAgo', -days)})`;
}

/** « Suivi des partenariats »: what is due, sortable, filterable; each line opens the partner's card. */
export function FollowUpBoard({ now = new Date() }: { now?: Date }) {
  const db = useDb();
  const state = useFollowUp(now);
  const [sort, setSort] = useState<BoardSort>('date');
  const [descending, setDescending] = useState(false);
  const [category, setCategory] = useState('');
  const [commune, setCommune] = useState('');
  const [open, setOpen] = useState<StoredPartner | null>(null);

  if (open) {
    return <PartnerCard partner={open} now={now} onBack={() => setOpen(null)} />;
  }
  if (!state) return <p class="muted" role="status">{t('loading')}</p>;
  const choices = filterChoices(state.rows);
  const rows = onePerPartner(sortRows(filterRows(state.rows, { category, commune }), sort, descending));
  const sortBy = (column: BoardSort) => {
    setDescending(column === sort ? !descending : false);
    setSort(column);
  };

  return (
    <div class="board">
      <p role="status" id="board-count">{state.rows.length === 0 ? t('followBoardEmpty') : t(state.rows.length === 1 ? 'followDueOne' : 'followDueMany', state.rows.length)}</p>
      <div class="board__filters">
        <label>
          {t('followFilterCategory')}{' '}
          <select value={category} onChange={(event) => setCategory((event.target as HTMLSelectElement).value)}>
            <option value="">{t('followFilterAll')}</option>
            {choices.categories.map((c) => <option key={c} value={c}>{displayLabel('categorie', c)}</option>)}
          </select>
        </label>
        <label>
          {t('followFilterCommune')}{' '}
          <select value={commune} onChange={(event) => setCommune((event.target as HTMLSelectElement).value)}>
            <option value="">{t('followFilterAllCommunes')}</option>
            {choices.communes.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </div>
      {rows.length > 0 && (
        <div class="table-scroll">
        <table id="follow-up-board">
          <caption class="visually-hidden">{t('followBoardCaption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.sort} scope="col" aria-sort={sort === column.sort ? (descending ? 'descending' : 'ascending') : undefined}>
                  <button type="button" class="link-button" onClick={() => sortBy(column.sort)}>
                    {t(column.label)}{sort === column.sort ? (descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.partnerId} class={`board__row board__row--${row.kind}`}>
                <td>
                  {row.partner.inDirectory ? (
                    <button type="button" class="link-button board__partner" onClick={() => void getGroupedPartner(db, row.partnerId).then((p) => p && setOpen(p))}>
                      {row.partner.nom}
                    </button>
                  ) : (
                    <span>{row.partner.nom} <span class="muted">{t('followNotInDirectory')}</span></span>
                  )}
                </td>
                <td>{row.partner.commune}</td>
                <td class="board__action">{row.kinds.map((kind) => t(DUE_LABELS[kind])).join(' · ')}</td>
                <td>{when(row, state.today)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
