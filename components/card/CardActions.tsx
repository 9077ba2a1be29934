import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../use-live-query';
import type { StoredPartner } from '../../lib/db';
import { handoverMailto, reportMailto } from '../../lib/card-text';
import { contactText } from '../../lib/contact-text';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { SafeLink } from '../SafeLink';

/**
 * Prints the card: here, or from a tab of its own when this page is the toolbar popup (the
 * popup closes as soon as the print dialog takes the focus, and the printing with it).
 */
async function printCard(partnerId: string): Promise<void> {
  const inPopup = browser.extension?.getViews?.({ type: 'popup' }).includes(window) ?? false;
  if (!inPopup) return window.print();
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?print=${encodeURIComponent(partnerId)}`) });
  window.close();
}

interface CardActionsProps {
  partner: StoredPartner;
  now: Date;
}

/**
 * What a counsellor does with a card besides calling: hand it to the person (an e-mail with the
 * card as plain text), print it, see the record where it comes from, report an error to whoever
 * keeps that directory (the coordinator set with the team's subscription).
 */
export function CardActions({ partner, now }: CardActionsProps) {
  const db = useDb();
  const source = useLiveQuery(() => db.sources.get(partner.origin), [db, partner.origin]);
  const [copied, setCopied] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(contactText(partner));
      setCopied(t('cardCopied'));
    } catch {
      setCopied(t('cardCopyFailed'));
    }
  }

  return (
    <>
      <div class="card__actions no-print" role="group" aria-label={t('cardActions')}>
        <a class="button button--primary" href={handoverMailto(partner, now)} title={t('actSendHelp')}>
          {t('actSend')}
        </a>
        <button type="button" onClick={() => void printCard(partner.id)}>{t('actPrint')}</button>
        <button type="button" onClick={() => void copy()}>{t('cardCopy')}</button>
        {partner.lien_source && (
          <SafeLink href={partner.lien_source} class="button">{t('actSource')}</SafeLink>
        )}
        <a class="button" href={reportMailto(partner, source?.label ?? partner.source, source?.coordinatorEmail)}>
          {t('actReport')}
        </a>
      </div>
      <p role="status" class="muted no-print copy-status">{copied}</p>
    </>
  );
}
