import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface CardDescriptionProps {
  text: string | null | undefined;
}

/** Past this many characters the description shows three lines and a « Lire la suite » button. */
const LONG = 220;

/** What the partner does: short enough to glance at, the whole text one press away. */
export function CardDescription({ text }: CardDescriptionProps) {
  const [open, setOpen] = useState(false);
  if (!text) return null;
  const long = text.length > LONG;
  return (
    <div class="card__description-block">
      <p id="card-description" lang="fr" class={`card__description${long && !open ? ' card__description--clamped' : ''}`}>{text}</p>
      {long && (
        <button type="button" class="link-button no-print" aria-expanded={open} aria-controls="card-description" onClick={() => setOpen(!open)}>
          {open ? t('cardReadLess') : t('cardReadMore')}
        </button>
      )}
    </div>
  );
}
