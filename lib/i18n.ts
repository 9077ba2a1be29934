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
  const entry = (frMessages as Messages)[key];
  return entry ? substitute(entry, subs) : key;
}
