import type { PageNeed } from '../needs/read-page-needs';

export const HIGHLIGHT_NAME = 'repere-need';

/** The Custom Highlight API, where the browser has it (Chrome 105+, Firefox 140+). */
interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

/** Text ranges of `evidence` inside `source`'s text (case-insensitive), without changing the DOM. */
export function rangesOf(source: Element, evidence: string): Range[] {
  const doc = source.ownerDocument;
  const wanted = evidence.toLocaleLowerCase('fr');
  if (!wanted) return [];
  const ranges: Range[] = [];
  const walker = doc.createTreeWalker(source, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').toLocaleLowerCase('fr');
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length)) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * « Montrer dans la page »: highlights the words that showed one need through `CSS.highlights`
 * (no element added, no attribute changed) and scrolls the first into view. Returns how many
 * places were highlighted. The style is an adopted stylesheet, not an element of the page.
 */
export function highlightNeed(doc: Document, needs: readonly PageNeed[], category: string, api: HighlightApi | undefined): number {
  if (!api) return 0;
  const ranges: Range[] = [];
  let fieldShown: Element | undefined;
  for (const need of needs) {
    if (need.category !== category) continue;
    for (const { source, evidence } of need.shownBy) {
      const found = rangesOf(source, evidence);
      if (found.length === 0 && !fieldShown) fieldShown = source; // typed in a field: its text is not in the DOM
      ranges.push(...found);
    }
  }
  api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
  ensureHighlightStyle(doc);
  const first = ranges[0]?.startContainer.parentElement ?? fieldShown;
  first?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return ranges.length;
}

export function clearHighlight(api: HighlightApi | undefined): void {
  api?.highlights.delete(HIGHLIGHT_NAME);
}

let sheet: CSSStyleSheet | undefined;
function ensureHighlightStyle(doc: Document): void {
  if (sheet || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  try {
    const made = new CSSStyleSheet();
    made.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd23f; color: #000; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, made];
    sheet = made;
  } catch {
    // A content script's wrappers may refuse it (Firefox): the browser's default highlight colour shows.
  }
}
