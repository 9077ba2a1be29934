import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { removeSource, type SourceOverlap } from '../../lib/db';
import { freshnessOf } from '../../lib/freshness';
import { formatDateTime as dateTime, formatIsoDay, formatNumber, t, tn } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages';
import { isChannelClosed, recordInterruptedRefresh } from '../../lib/import/interrupted';
import { checkSubscriptionUrl } from '../../lib/import/subscription-url';
import type { RefreshOutcome } from '../../lib/import/subscriptions';
import type { DirectorySource } from '../../lib/schema';
import { useDb } from '../db-context';
import { shownSourceLabel } from './source-label';

interface Props {
  source: DirectorySource;
  overlaps: SourceOverlap[];
  labelOf: (sourceId: string) => string;
  /** Called once the source is gone (its row and buttons with it). */
  onRemoved?: (label: string) => void;
}

const age = (ms: number) => freshnessOf(new Date(ms).toISOString().slice(0, 10), new Date()).age;
const KIND = { embedded: 'sourceKindEmbedded', file: 'sourceKindFile', url: 'sourceKindUrl', own: 'sourceKindOwn' } as const;

/** One directory source in the options page, with what can be done with it. */
export function SourceRow({ source, overlaps, labelOf, onRemoved }: Props) {
  const db = useDb();
  const label = shownSourceLabel(source);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function refresh() {
    const checked = checkSubscriptionUrl(source.url ?? '');
    // Asked again in the click, in case the counsellor withdrew the access meanwhile.
    const asked = checked.ok ? browser.permissions.request({ origins: [checked.permission] }) : Promise.resolve(false);
    setBusy(true);
    setMessage('');
    try {
      await asked;
      const outcome = (await sendMessage({ type: 'sources:refresh', sourceId: source.id })) as RefreshOutcome;
      setMessage(outcome.status === 'updated' ? tn(outcome.summary?.partners ?? 0, 'sourceRefreshedOne', 'sourceRefreshedOther') : outcome.status === 'unchanged' ? t('sourceUnchanged') : '');
    } catch (error) {
      if (isChannelClosed(error)) await recordInterruptedRefresh(db, source.id);
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(t('sourceRemoveConfirm', label))) return;
    await removeSource(db, source.id);
    const checked = source.url ? checkSubscriptionUrl(source.url) : undefined;
    const stillUsed = (await db.sources.where('kind').equals('url').toArray()).some((s) => s.url && checked?.ok && checkSubscriptionUrl(s.url).ok && new URL(s.url).hostname === new URL(checked.url).hostname);
    if (checked?.ok && !stillUsed) await browser.permissions.remove({ origins: [checked.permission] }).catch(() => false);
    onRemoved?.(label);
  }

  return (
    <tr data-source-id={source.id}>
      <td>
        <span class="source-label">{label}</span>
        <br />
        <span class="muted">{t(KIND[source.kind])}</span>
        {source.url && <><br /><code class="source-url">{source.url}</code></>}
        {overlaps.map((o) => (
          <p key={o.otherId} class="muted source-overlap">
            {o.wins
              ? tn(o.count, 'sourceOverlapWinsOne', 'sourceOverlapWinsOther', labelOf(o.otherId), t(o.reason === 'priority' ? 'sourceReasonPriority' : 'sourceReasonRecency'))
              : tn(o.count, 'sourceOverlapLosesOne', 'sourceOverlapLosesOther', labelOf(o.otherId), t(o.reason === 'priority' ? 'sourceReasonPriority' : 'sourceReasonRecency'))}
          </p>
        ))}
      </td>
      <td>{formatNumber(source.partnerCount)}</td>
      <td>
        {dateTime(source.updatedAt)}
        <br />
        <span class="muted">{age(source.updatedAt)}</span>
        {source.kind === 'url' && source.checkedAt && <><br /><span class="muted">{t('sourceChecked', dateTime(source.checkedAt))}</span></>}
        {source.lastError && (
          <p role="alert" class="error source-error">
            {t('sourceLastError', dateTime(source.lastErrorAt ?? source.updatedAt), source.lastError, dateTime(source.updatedAt))}
          </p>
        )}
      </td>
      <td>{source.newestRecord ? formatIsoDay(source.newestRecord) : '—'}</td>
      <td>
        {source.kind === 'url' && (
          <button type="button" disabled={busy} onClick={() => void refresh()} aria-label={t('sourceRefreshLabel', label)}>
            {busy ? t('sourceRefreshing') : t('sourceRefresh')}
          </button>
        )}{' '}
        {(source.kind === 'url' || source.kind === 'file') && (
          <button type="button" onClick={() => void remove()} aria-label={t('sourceRemoveLabel', label)}>
            {t('remove')}
          </button>
        )}
        {message && <p role="status" class="muted">{message}</p>}
      </td>
    </tr>
  );
}
