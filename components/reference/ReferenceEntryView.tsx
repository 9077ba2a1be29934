import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import type { ReferenceEntry } from '../../lib/reference';
import { t } from '../../lib/i18n';
import { EntryFacts } from './EntryFacts';
import { LocalPartners } from './LocalPartners';
import './reference.css';

interface ReferenceEntryViewProps {
  entry: ReferenceEntry;
  /** The way back (a button in the popup, a link on the reference page). */
  back: ComponentChildren;
  onOpenPartner?: (partner: StoredPartner) => void;
  onSeeAll?: (query: string) => void;
}

/** One network or scheme: the facts, then the directory's partners of that network. */
export function ReferenceEntryView({ entry, back, onOpenPartner, onSeeAll }: ReferenceEntryViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [entry.id]);
  return (
    <article class="reference-entry" aria-labelledby="reference-entry-title">
      <div class="card__bar">{back}</div>
      <p class="reference-entry__kind">{t('refKind')}</p>
      <h1 id="reference-entry-title" tabIndex={-1} ref={heading} lang="fr">
        {entry.nom}
        {entry.sigle && <span class="muted"> ({entry.sigle})</span>}
      </h1>
      <EntryFacts entry={entry} />
      <LocalPartners entry={entry} onOpenPartner={onOpenPartner} onSeeAll={onSeeAll} />
    </article>
  );
}
