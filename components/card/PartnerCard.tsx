import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { contactText, mailtoHref, namedContacts, postalAddress, telHref } from '../../lib/contact';
import { freshnessOf } from '../../lib/freshness';
import { labelOf } from '../../lib/taxonomy';
import { t } from '../../lib/i18n';
import { FavouriteStar } from '../FavouriteStar';
import { HoursBlock } from './HoursBlock';
import { MissingInfo } from './MissingInfo';
import { NotesBlock } from './NotesBlock';
import { OwnContactsBlock } from './OwnContactsBlock';
import { SafeLink } from '../SafeLink';
import { ServiceItem } from './ServiceItem';
import { SourcesBlock } from './SourcesBlock';

interface PartnerCardProps {
  partner: StoredPartner;
  onBack: () => void;
  now?: Date;
}

/** Everything a counsellor needs to orient someone to this partner, on one card. */
export function PartnerCard({ partner, onBack, now = new Date() }: PartnerCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  // Focus moves with the render itself, not a frame later: keys typed right after the card
  // appears land where the counsellor aims, never half in a field and half on the heading.
  useLayoutEffect(() => heading.current?.focus(), [partner.id]);

  const networks = (partner.reseaux_porteurs ?? []).map((n) => labelOf('reseau', n));
  const tel = telHref(partner.telephone);
  const mail = mailtoHref(partner.courriel);
  const address = postalAddress(partner);
  const contacts = namedContacts(partner);
  const fresh = freshnessOf(partner.date_maj, now);

  async function copy() {
    try {
      await navigator.clipboard.writeText(contactText(partner));
      setCopied(t('cardCopied'));
    } catch {
      setCopied(t('cardCopyFailed'));
    }
  }

  return (
    <article class="card" aria-labelledby="card-title">
      <div class="card__bar">
        <button type="button" class="link-button" onClick={onBack}>← {t('cardBack')}</button>
        <FavouriteStar partnerId={partner.id} partnerName={partner.nom} />
      </div>
      <h2 id="card-title" tabIndex={-1} ref={heading}>{partner.nom}</h2>
      {networks.length > 0 && <p class="muted">{t('cardCarriedBy')} {networks.join(', ')}</p>}
      {partner.commune && <p class="muted">{[partner.code_postal, partner.commune].filter(Boolean).join(' ')}</p>}
      {partner.description && <p>{partner.description}</p>}

      <section class="card__section" aria-label={t('cardContactSection')}>
        <h3>{t('cardContactSection')}</h3>
        {contacts.length > 0 && <p><strong>{t('cardContact')} :</strong> {contacts.join(', ')}</p>}
        <ul class="plain links">
          {tel && <li><SafeLink href={tel} label={t('cardCall', partner.telephone ?? '')}>☎ {partner.telephone}</SafeLink></li>}
          {mail && <li><SafeLink href={mail}>✉ {partner.courriel}</SafeLink></li>}
          {partner.site_web && <li><SafeLink href={partner.site_web}>{t('cardWebsite')}</SafeLink></li>}
          {address && <li>{address}</li>}
        </ul>
        <button type="button" onClick={() => void copy()}>{t('cardCopy')}</button>
        <span role="status" class="muted">{copied}</span>
      </section>

      <HoursBlock hours={partner.horaires_accueil} now={now} />
      <MissingInfo partner={partner} />

      <OwnContactsBlock partnerId={partner.id} />
      <NotesBlock partnerId={partner.id} />

      {partner.services.length > 0 && (
        <section class="card__section" aria-label={t('cardServices')}>
          <h3>{t('cardServices')}</h3>
          <ul class="plain">
            {partner.services.map((service) => <ServiceItem key={service.id} service={service} />)}
          </ul>
        </section>
      )}

      <SourcesBlock partner={partner} onSplit={onBack} />

      <p class={`freshness${fresh.stale ? ' freshness--stale' : ''}`}>
        {t('cardUpdated', fresh.date, fresh.age)}
        {fresh.stale && ` — ${t('cardStale')}`}
      </p>
    </article>
  );
}
