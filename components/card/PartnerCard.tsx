import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { freshnessOf } from '../../lib/freshness';
import { t } from '../../lib/i18n';
import { FavouriteStar } from '../FavouriteStar';
import { AccessibilityBlock } from './AccessibilityBlock';
import { CardActions } from './CardActions';
import { CardDescription } from './CardDescription';
import { ContactBlock } from './ContactBlock';
import { HoursBlock } from './HoursBlock';
import { MissingInfo } from './MissingInfo';
import { NotesBlock } from './NotesBlock';
import { OwnContactsBlock } from './OwnContactsBlock';
import { PartnershipBlock } from './PartnershipBlock';
import { CarrierLine } from './CarrierLine';
import { ServicesBlock } from './ServicesBlock';
import './card-print.css';
import { SourcesBlock } from './SourcesBlock';

interface PartnerCardProps {
  partner: StoredPartner;
  onBack: () => void;
  now?: Date;
}

/**
 * Everything a counsellor needs to orient someone to this partner, on one card: a layout of
 * blocks (components/card/*), each owning one part, so new parts slot in between.
 */
export function PartnerCard({ partner, onBack, now = new Date() }: PartnerCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves with the render itself, not a frame later: keys typed right after the card
  // appears land where the counsellor aims, never half in a field and half on the heading.
  useLayoutEffect(() => heading.current?.focus(), [partner.id]);

  const fresh = freshnessOf(partner.date_maj, now);
  const freshness = (
    <p class={`freshness${fresh.stale ? ' freshness--stale' : ''}`}>
      {t('cardUpdated', fresh.date, fresh.age)}
      {fresh.stale && ` — ${t('cardStale')}`}
    </p>
  );

  return (
    <article class="card" aria-labelledby="card-title">
      <div class="card__bar no-print">
        <button type="button" class="link-button" onClick={onBack}>← {t('cardBack')}</button>
        <FavouriteStar partnerId={partner.id} partnerName={partner.nom} />
      </div>
      <h2 id="card-title" class="card__title" tabIndex={-1} ref={heading} lang="fr">{partner.nom}</h2>
      {partner.commune && <p class="muted" lang="fr">{[partner.code_postal, partner.commune].filter(Boolean).join(' ')}</p>}
      {/* The phone first: it is what the counsellor came for; a stale record warns before it is used. */}
      <ContactBlock partner={partner} />
      {fresh.stale && freshness}
      <CarrierLine networks={partner.reseaux_porteurs} />
      <CardDescription text={partner.description} />

      <CardActions partner={partner} now={now} />
      <HoursBlock hours={partner.horaires_accueil} now={now} />
      <AccessibilityBlock href={partner.accessibilite_lieu} />
      <MissingInfo partner={partner} />

      <OwnContactsBlock partnerId={partner.id} />
      <NotesBlock partnerId={partner.id} />
      <PartnershipBlock partner={partner} now={now} />

      <ServicesBlock partner={partner} />

      <SourcesBlock partner={partner} onSplit={onBack} />

      {!fresh.stale && freshness}
    </article>
  );
}
