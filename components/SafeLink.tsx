import type { ComponentChildren } from 'preact';
import { isSafeHref } from '../lib/contact';

interface SafeLinkProps {
  href: string | null | undefined;
  children: ComponentChildren;
  label?: string;
  class?: string;
}

/** A link only for http(s), tel: and mailto:; anything else is shown as plain text. */
export function SafeLink({ href, children, label, class: className }: SafeLinkProps) {
  if (!href || !isSafeHref(href)) return <span>{children}</span>;
  const external = href.startsWith('http');
  return (
    <a href={href} class={className} aria-label={label} target={external ? '_blank' : undefined} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}
