import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Esc from anywhere on the list (the footer, a lost focus on <body>) brings the keyboard back to
 * the search box. In the box itself Esc clears the words (PartnerSearch's own key handler).
 */
export function useEscapeToSearch(input: RefObject<HTMLInputElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.target === input.current) return;
      const field = event.target as HTMLElement;
      // A select or field of the page's own (the needs panel's list) keeps its Esc.
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(field.tagName)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input, active]);
}
