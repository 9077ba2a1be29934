import { render, type VNode } from 'preact';
import { t, uiLocale, type MessageKey } from '../lib/i18n';

/** Renders an extension page's tree, titled `title` in the interface's language. */
export function renderPage(tree: VNode, title?: MessageKey): void {
  // The page speaks the language of the catalogue the browser chose (screen readers, hyphenation).
  document.documentElement.lang = uiLocale().slice(0, 2);
  // The tab's title too: the HTML's is the French fallback.
  if (title) document.title = t(title);
  render(tree, document.getElementById('app')!);
}
