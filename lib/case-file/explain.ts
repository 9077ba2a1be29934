import type { PageNeed } from '../needs/read-page-needs';
import { WHY_MAX_CHARS, WHY_PER_NEED, type CaseExplanation, type NeedWhy } from '../messages/case-tab';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cuts at a word boundary, never in a word, with « … » where text was left out. */
function cutEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The statement's words a counsellor needs to recognise it: all of it when short, else the part
 * around the evidence (cut at word boundaries, « … » where text was left out).
 */
export function excerpt(text: string, evidence: string, max = WHY_MAX_CHARS): string {
  const whole = clean(text);
  if (whole.length <= max) return whole;
  const at = whole.toLocaleLowerCase('fr').indexOf(clean(evidence).toLocaleLowerCase('fr'));
  if (at < 0) return cutEnd(whole, max);
  const room = max - 2;
  let start = Math.max(0, at - Math.floor((room - evidence.length) / 3));
  if (start > 0) {
    const space = whole.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  const body = cutEnd(whole.slice(start), start > 0 ? room : max - 1);
  return start > 0 ? `…${body}` : body;
}

function labelText(control: Element): string {
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) return clean(labels[0].textContent ?? '');
  return clean(control.getAttribute('aria-label') ?? '');
}

function isTicked(el: Element | null | undefined): boolean {
  if (!el || el.tagName.toUpperCase() !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return (type === 'checkbox' || type === 'radio') && (el as HTMLInputElement).checked;
}

/** The statement one need was read from, as the counsellor sees it: the text, and whether it was ticked or chosen. */
export function statementOf(source: Element, evidence: string): NeedWhy | undefined {
  const tag = source.tagName.toUpperCase();
  let text: string;
  let mark: NeedWhy['mark'];
  if (tag === 'SELECT') {
    const chosen = Array.from((source as HTMLSelectElement).selectedOptions ?? []).map((o) => clean(o.text)).filter(Boolean);
    text = chosen.join(', ') || labelText(source);
    mark = 'chosen';
  } else if (tag === 'INPUT' && isTicked(source)) {
    text = labelText(source);
    mark = 'checked';
  } else if (tag === 'LABEL' && isTicked((source as HTMLLabelElement).control)) {
    text = clean(source.textContent ?? '');
    mark = 'checked';
  } else if (tag === 'TEXTAREA' || tag === 'INPUT') {
    text = (source as HTMLInputElement).value;
  } else if ((tag === 'LEGEND' || source.matches('[role="radiogroup"], [role="group"]')) && (source.closest('fieldset, [role="radiogroup"], [role="group"]')?.querySelector('input:checked') ?? null)) {
    // A group whose ticked answer said « oui »: the question is the statement.
    text = clean(source.textContent ?? '') || labelText(source);
    mark = 'checked';
  } else {
    text = (source as HTMLElement).innerText ?? source.textContent ?? '';
  }
  const shown = excerpt(text, evidence);
  return shown ? { text: shown, ...(mark ? { mark } : {}) } : undefined;
}

/**
 * Per need category, the statements it was read from (at most WHY_PER_NEED, each once). Built
 * in the page on demand from what the reader already holds; handed to the asking extension page.
 */
export function explainNeeds(needs: readonly PageNeed[]): CaseExplanation {
  const byCategory = new Map<string, NeedWhy[]>();
  for (const need of needs) {
    const list = byCategory.get(need.category) ?? [];
    byCategory.set(need.category, list);
    for (const { source, evidence } of need.shownBy) {
      if (list.length >= WHY_PER_NEED) break;
      const why = statementOf(source, evidence);
      if (why && !list.some((known) => known.text === why.text)) list.push(why);
    }
  }
  return [...byCategory].map(([category, why]) => ({ category, why })) as CaseExplanation;
}
