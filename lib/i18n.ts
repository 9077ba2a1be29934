
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof import('../public/_locales/fr/messages.json');

/**
 * A catalogue `t()` reads where the browser's i18n is missing (unit tests install the French one,
 * tests/support/french-catalogue.ts). Extension pages never need it: the browser serves them, so
 * `t()` itself does not hold the catalogue and pages do not load it (lib/i18n-french.ts does, for
 * the code that writes French into data).
 */
let fallbackCatalogue: Messages | undefined;
export function useFallbackCatalogue(messages: Messages | undefined): void {
  fallbackCatalogue = messages;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** Resolves `$NAME$` placeholders, then `$1`… substitutions, as the browser does. */
export function substitute(entry: Messages[string], substitutions: string[]): string {
  const withPlaceholders = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/**
 * The interface's words, from `_locales` (French by default, English when the browser is in
 * English), served by the browser. Outside an extension (unit tests) the installed fallback
 * catalogue is read; without one, the key itself.
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
  const entry = fallbackCatalogue?.[key];
  return entry ? substitute(entry, subs) : key;
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
