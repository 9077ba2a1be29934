import frMessages from '../public/_locales/fr/messages.json';
import { formatNumber, substitute, t, uiLocale, type MessageKey, type Messages } from './i18n';

// The French catalogue itself, for the code that writes French into data (import problems, zod
// reasons, policy problems, refresh errors, the `npm run validate` report). Kept out of
// lib/i18n.ts: pages get their words from the browser and do not load the catalogue with `t()`.

/**
 * The French text of a key, whatever the browser's language: the default that lib/ writes into
 * data it hands on (import problems, the `npm run validate` report), re-rendered by `t()` in the UI.
 */
export function frenchText(key: MessageKey | string, ...substitutions: (string | number)[]): string {
  const entry = (frMessages as Messages)[key];
  return entry ? substitute(entry, substitutions.map(String)) : key;
}

interface FrenchPattern {
  key: MessageKey;
  /** The text before the first value: a cheap test before the regular expression. */
  prefix: string;
  /** How much of the message is words rather than values: the most specific match wins. */
  weight: number;
  pattern: RegExp;
  /** Substitution number (1-based) of each captured group, in order. */
  order: number[];
}

let frenchIndex: Map<string, MessageKey> | undefined;
let frenchPatterns: FrenchPattern[] | undefined;
const MARK = '\u0000';
/** A message whose words are fewer than this would match too much (« $1 · $2 »). */
const MIN_WORDS_LENGTH = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildIndex(): void {
  frenchIndex = new Map();
  frenchPatterns = [];
  for (const [key, entry] of Object.entries(frMessages as Messages)) {
    if (!entry.placeholders) {
      frenchIndex.set(entry.message, key as MessageKey);
      continue;
    }
    const marked = substitute(entry, Array.from({ length: 9 }, (_, i) => `${MARK}${i + 1}${MARK}`));
    const parts = marked.split(new RegExp(`${MARK}(\\d)${MARK}`));
    const literals = parts.filter((_, i) => i % 2 === 0);
    if (literals.join('').replace(/[^\p{L}]/gu, '').length < MIN_WORDS_LENGTH) continue;
    const order: number[] = [];
    const seen = new Map<number, number>();
    let source = '';
    parts.forEach((part, i) => {
      if (i % 2 === 0) return void (source += escapeRegExp(part));
      const n = Number(part);
      if (seen.has(n)) return void (source += `\\${seen.get(n)}`);
      order.push(n);
      seen.set(n, order.length);
      source += '([\\s\\S]*?)';
    });
    frenchPatterns.push({ key: key as MessageKey, prefix: literals[0], weight: literals.join('').length, pattern: new RegExp(`^${source}$`), order });
  }
  frenchPatterns.sort((a, b) => b.weight - a.weight);
}

const translated = new Map<string, string>();
const CACHE_LIMIT = 2000;

/** A count written the French way, its thousands apart (« 20 000 »): a year or a code has no separator. */
const FRENCH_COUNT = /^\d{1,3}(?:[\u202f\u00a0]\d{3})+$/;

/** A value inside a French sentence, in the interface's language: a sentence translated in turn, a count formatted. */
function translateValue(value: string): string {
  if (FRENCH_COUNT.test(value)) return formatNumber(Number(value.replace(/[\u202f\u00a0]/g, '')));
  return translateFrench(value);
}

/**
 * The interface-language text of a French sentence that comes from the catalogue (a zod reason
 * such as « doit comporter 5 chiffres », a policy problem with its setting and value): lib/
 * writes French with `frenchText`, the page shows it in the interface's language. A sentence made
 * from a message with values is recognised by its words, and its values are translated in turn
 * (a reason inside a problem). Text not from the catalogue (data, a server's error) is kept.
 */
export function translateFrench(text: string): string {
  if (!frenchIndex || !frenchPatterns) buildIndex();
  const key = frenchIndex!.get(text);
  if (key) return t(key);
  const cacheKey = `${uiLocale()}${MARK}${text}`;
  const known = translated.get(cacheKey);
  if (known !== undefined) return known;
  let result = text;
  for (const entry of frenchPatterns!) {
    if (!text.startsWith(entry.prefix)) continue;
    const match = entry.pattern.exec(text);
    if (!match) continue;
    const values: string[] = [];
    entry.order.forEach((n, i) => (values[n - 1] = translateValue(match[i + 1])));
    result = t(entry.key, ...Array.from(values, (v) => v ?? ''));
    break;
  }
  if (translated.size >= CACHE_LIMIT) translated.clear();
  translated.set(cacheKey, result);
  return result;
}
