import { createContext } from 'preact';

/**
 * Opens a reference entry in place (popup, side panel). Without it, entry links open the
 * reference page (`reference.html#<id>`) in a new tab.
 */
export const ReferenceNavigation = createContext<((id: string) => void) | undefined>(undefined);

export function referencePageHref(id?: string): string {
  return id ? `/reference.html#${id}` : '/reference.html';
}
