import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

type Catalogue = Record<string, { message: string }>;
const read = (lang: string) => JSON.parse(readFileSync(join(__dirname, '../../../public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;

/**
 * Pieces of the French interface that must not show in English: every French message of the
 * catalogue, cut at its placeholders, whose pieces of some length differ from the English.
 */
function frenchPieces(): string[] {
  const fr = read('fr');
  const en = read('en');
  const pieces = new Set<string>();
  for (const [key, { message }] of Object.entries(fr)) {
    if (message === en[key]?.message) continue;
    for (const piece of message.split(/\$\w+\$|\$\d|%s/)) {
      const trimmed = piece.trim().replace(/^[\s:;,.()«»—–-]+|[\s:;,.()«»—–-]+$/g, '');
      if (trimmed.length >= 10 && /[a-zà-ÿ]/i.test(trimmed) && !en[key].message.includes(trimmed)) pieces.add(trimmed);
    }
  }
  return [...pieces];
}
const PIECES = frenchPieces();

/** What the interface writes itself (never data): French dates, ages, line numbers, list words. */
const FRENCH_MARKERS = [
  /\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  /\bil y a \d|\baujourd’hui\b|\bhier\b/,
  /\bLigne \d/,
  /\b(?:rejetée?s?|ignorée?s?|obligatoire|corrigées?)\b/,
];

/** The text a counsellor sees or hears on the page: visible text, then accessible names and hints. */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    // Text marked lang="fr" is French on purpose (accepted French headings, official labels).
    let body = document.body.innerText;
    for (const el of document.querySelectorAll<HTMLElement>('body [lang="fr"]')) body = body.replace(el.innerText, '');
    return [document.title, body, ...attributes].join('\n');
  });
}

/** French interface text left on an English page: catalogue pieces and French-only markers found. */
export async function frenchLeftovers(page: Page): Promise<string[]> {
  const text = await interfaceText(page);
  const found = PIECES.filter((piece) => text.includes(piece));
  for (const marker of FRENCH_MARKERS) {
    const match = marker.exec(text);
    if (match) found.push(match[0]);
  }
  return found;
}

/** Ids used more than once on the page (a deep link or a label would find the wrong one). */
export async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
}
