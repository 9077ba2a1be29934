import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { ReferenceNavigation, referencePageHref } from './reference-navigation';

interface EntryLinkProps {
  id: string;
  children: ComponentChildren;
  /** Id of the link element (the popup's combobox points at it). */
  elementId?: string;
}

/** A link to a reference entry: opened in place where the page can, else on the reference page. */
export function EntryLink({ id, children, elementId }: EntryLinkProps) {
  const open = useContext(ReferenceNavigation);
  return (
    <a
      id={elementId}
      href={referencePageHref(id)}
      target={open ? undefined : '_blank'}
      onClick={(event) => {
        if (!open) return;
        event.preventDefault();
        open(id);
      }}
    >
      {children}
    </a>
  );
}
