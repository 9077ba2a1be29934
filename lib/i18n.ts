import frMessages from '../public/_locales/fr/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof frMessages;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** Resolves `$NAME$` placeholders, then `$1`… substitutions, as the browser does. */
function substitute(entry: Messages[string], substitutions: string[]): string {
  const withPlaceholders = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/**
 * The interface's words, from `_locales` (French by default, English when the browser is in
 * English). Outside an extension (unit tests) the French catalogue is read directly.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let fromBrowser: string | undefined;
  try {
    fromBrowser = browserI18n()?.getMessage(key, subs);
  } catch {
    // Test doubles of the browser API may not implement i18n: use the catalogue.
  }
  if (fromBrowser) return fromBrowser;
  return frenchText(key, ...subs);
}

/**
 * The French text of a key, whatever the browser's language: the default that lib/ writes into
 * data it hands on (import problems, the `npm run validate` report), re-rendered by `t()` in the UI.
 */
export function frenchText(key: MessageKey | string, ...substitutions: (string | number)[]): string {
  const entry = (frMessages as Messages)[key];
  return entry ? substitute(entry, substitutions.map(String)) : key;
}

/**
 * The BCP 47 tag of the language the interface speaks: read from the catalogue the browser chose
 * (key `uiLocale`), so that dates, numbers and plurals always agree with the words around them,
 * even when the browser's own language is one we do not ship (then French, the default).
 */
export function uiLocale(): string {
  return t('uiLocale') || 'fr-FR';
}

/** "12 345" / "12,345". */
export function formatNumber(value: number): string {
  return cachedFormat('number', () => new Intl.NumberFormat(uiLocale())).format(value);
}

/**
 * Intl formatters made once per language and kind: making one costs about a millisecond, and a
 * result list formats thirty rows at each keystroke.
 */
const formats = new Map<string, unknown>();
export function cachedFormat<T>(kind: string, make: () => T): T {
  const key = `${uiLocale()}|${kind}`;
  let format = formats.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** The one date format of the interface: "12 mars 2026" / "12 March 2026". */
export function formatDate(date: Date | number): string {
  return cachedFormat('date', () => new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' })).format(date);
}

/** A date with its time, for events of the day (imports, refreshes): "12 mars 2026 à 14:05". */
export function formatDateTime(date: Date | number): string {
  return cachedFormat('dateTime', () => new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })).format(date);
}

/** A `YYYY-MM-DD` day (data·inclusion `date_maj`, a contact's date) in the interface's format. */
export function formatIsoDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return formatDate(new Date(y, m - 1, d));
}

/**
 * A count with its noun, through `Intl.PluralRules` in the interface's language: French takes
 * the singular for 0 and 1 (« 0 partenaire prêt »), English for 1 only. The count, formatted, is
 * the first substitution of both messages.
 */
export function tn(count: number, one: MessageKey, other: MessageKey, ...substitutions: (string | number)[]): string {
  const key = cachedFormat('plural', () => new Intl.PluralRules(uiLocale())).select(count) === 'one' ? one : other;
  return t(key, formatNumber(count), ...substitutions);
}

let frenchIndex: Map<string, MessageKey> | undefined;
/**
 * The interface-language text of a French sentence that comes from the catalogue (a zod reason
 * such as « doit comporter 5 chiffres »): lib/ validation writes French, the page shows it in
 * the interface's language. Text not from the catalogue (data, a server's error) is kept.
 */
export function translateFrench(text: string): string {
  if (!frenchIndex) {
    frenchIndex = new Map();
    for (const [key, entry] of Object.entries(frMessages as Messages)) if (!entry.placeholders) frenchIndex.set(entry.message, key as MessageKey);
  }
  const key = frenchIndex.get(text);
  return key ? t(key) : text;
}
