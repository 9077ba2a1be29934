import { useEffect } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { LazyPartnerCard } from './LazyPartnerCard';

interface OpenCardProps {
  partner: StoredPartner;
  onBack: () => void;
}

/** A field holding typed text that Esc would throw away. */
function typingIn(target: EventTarget | null): boolean {
  const field = target as HTMLInputElement | null;
  return Boolean(field && ['INPUT', 'TEXTAREA'].includes(field.tagName) && field.value !== '');
}

/**
 * The card opened from a list. Esc goes back to the list from anywhere in the page (also when
 * the focus fell to <body>), not out of the popup — unless it would throw away a note or a
 * contact being typed.
 */
export function OpenCard({ partner, onBack }: OpenCardProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || typingIn(event.target)) return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);
  return <LazyPartnerCard partner={partner} onBack={onBack} />;
}
