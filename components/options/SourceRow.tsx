import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { removeSource, setSourceCoordinator, type SourceOverlap } from '../../lib/db';
import { z } from 'zod';
import { freshnessOf } from '../../lib/freshness';
import { formatDateTime as dateTime, formatIsoDay, formatNumber, t, tn } from '../../lib/i18n';
import { translateFrench } from '../../lib/i18n-french';
import { sendMessage } from '../../lib/messages';
import { isChannelClosed, recordInterruptedRefresh } from '../../lib/import/interrupted';
import { checkSubscriptionUrl } from '../../lib/import/subscription-url';
import { CASE_SITES_KEY, mayRelease, storedCaseSites } from '../../lib/permissions/origin-uses';
import type { RefreshOutcome } from '../../lib/import/subscriptions';
import type { DirectorySource } from '../../lib/schema';
import { asClause } from '../../lib/sentence';
import { useDb } from '../db-context';
import { shownSourceLabel } from './source-label';

interface Props {
  source: DirectorySource;
  overlaps: SourceOverlap[];
  labelOf: (sourceId: string) => string;
  /** Called once the source is gone (its row and buttons with it). */
  onRemoved?: (label: string) => void;
  /** Its place in the trust order (absent for the counsellor's own partners, always first). */
  rank?: { place: number; count: number; move: (step: -1 | 1) => void };
}

const age = (ms: number) => freshnessOf(new Date(ms).toISOString().slice(0, 10), new Date()).age;
const KIND = { embedded: 'sourceKindEmbedded', file: 'sourceKindFile', url: 'sourceKindUrl', own: 'sourceKindOwn' } as const;

/** One directory source in the options page, with what can be done with it. */
export function SourceRow({ source, overlaps, labelOf, onRemoved, rank }: Props) {
  const db = useDb();
  const label = shownSourceLabel(source);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [coordinator, setCoordinator] = useState(source.coordinatorEmail ?? '');
  const [coordinatorMessage, setCoordinatorMessage] = useState('');

  async function saveCoordinator(event: Event) {
    event.preventDefault();
    const email = coordinator.trim();
    if (email && !z.email().safeParse(email).success) {
      setCoordinatorMessage(t('sourceCoordinatorInvalid', email));
      return;
    }
    await setSourceCoordinator(db, source.id, email);
    setCoordinatorMessage(email ? t('sourceCoordinatorSaved', email) : t('sourceCoordinatorCleared'));
  }

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
    // The host's permission goes back only if no other subscription and no case site needs it.
    const checked = source.url ? checkSubscriptionUrl(source.url) : undefined;
    if (checked?.ok) {
      const uses = {
        caseSites: storedCaseSites(await browser.storage.local.get(CASE_SITES_KEY)),
        subscriptionUrls: (await db.sources.where('kind').equals('url').toArray()).flatMap((s) => (s.url ? [s.url] : [])),
      };
      if (mayRelease(checked.permission, uses)) await browser.permissions.remove({ origins: [checked.permission] }).catch(() => false);
    }
    onRemoved?.(label);
  }

  return (
    <tr data-source-id={source.id}>
      <td class="source-rank">
        {rank ? (
          <>
            <span>{rank.place}</span>{' '}
            <button type="button" class="source-move" data-step="-1" disabled={rank.place === 1} aria-label={t('sourceMoveUpLabel', label)} aria-describedby="sources-order-help" onClick={() => rank.move(-1)}>
              {t('sourceMoveUp')}
            </button>{' '}
            <button type="button" class="source-move" data-step="1" disabled={rank.place === rank.count} aria-label={t('sourceMoveDownLabel', label)} aria-describedby="sources-order-help" onClick={() => rank.move(1)}>
              {t('sourceMoveDown')}
            </button>
          </>
        ) : (
          <span class="muted">{t('sourceRankOwn')}</span>
        )}
      </td>
      <td>
        <span class="source-label">{label}</span>
        <br />
        <span class="muted">{t(KIND[source.kind])}</span>
        {source.url && <><br /><code class="source-url">{source.url}</code></>}
        {/* In the source's cell, not a column of their own: reachable at any width without an inner scroll (issue 21). */}
        {(source.kind === 'url' || source.kind === 'file') && (
          <div class="source-actions">
            {source.kind === 'url' && (
              <button type="button" disabled={busy} onClick={() => void refresh()} aria-label={t('sourceRefreshLabel', label)}>
                {busy ? t('sourceRefreshing') : t('sourceRefresh')}
              </button>
            )}
            <button type="button" onClick={() => void remove()} aria-label={t('sourceRemoveLabel', label)}>
              {t('remove')}
            </button>
            {message && <p role="status" class="muted">{message}</p>}
          </div>
        )}
        {source.kind !== 'own' && (
          <details class="source-coordinator">
            <summary>{source.coordinatorEmail ? t('sourceCoordinatorIs', source.coordinatorEmail) : t('sourceCoordinatorNone')}</summary>
            <form onSubmit={(event) => void saveCoordinator(event)}>
              <label for={`coordinator-${source.id}`}>{t('sourceCoordinatorLabel')}</label>{' '}
              <input id={`coordinator-${source.id}`} type="email" autocomplete="email" value={coordinator} onInput={(e) => setCoordinator(e.currentTarget.value)} />{' '}
              <button type="submit">{t('sourceCoordinatorSave')}</button>
              {coordinatorMessage && <p role="status" class="muted">{coordinatorMessage}</p>}
            </form>
          </details>
        )}
        {overlaps.map((o) => (
          <p key={o.otherId} class="muted source-overlap">
            {o.wins
              ? tn(o.count, 'sourceOverlapWinsOne', 'sourceOverlapWinsOther', labelOf(o.otherId), t(o.reason === 'priority' ? 'sourceReasonPriority' : 'sourceReasonRecency'))
              : tn(o.count, 'sourceOverlapLosesOne', 'sourceOverlapLosesOther', labelOf(o.otherId), t(o.reason === 'priority' ? 'sourceReasonPriority' : 'sourceReasonRecency'))}
          </p>
        ))}
      </td>
      <td class="source-count">{formatNumber(source.partnerCount)}</td>
      <td>
        {dateTime(source.updatedAt)}
        <br />
        <span class="muted">{age(source.updatedAt)}</span>
        {source.kind === 'url' && source.checkedAt && <><br /><span class="muted">{t('sourceChecked', dateTime(source.checkedAt))}</span></>}
        {source.lastError && (
          <p role="alert" class="error source-error">
            {t('sourceLastError', dateTime(source.lastErrorAt ?? source.updatedAt), asClause(translateFrench(source.lastError)), dateTime(source.updatedAt))}
          </p>
        )}
      </td>
      <td>{source.newestRecord ? formatIsoDay(source.newestRecord) : '—'}</td>
    </tr>
  );
}
