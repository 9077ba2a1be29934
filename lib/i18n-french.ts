import frMessages from '../public/_locales/fr/messages.json';
import { substitute, t, type MessageKey, type Messages } from './i18n';

// The French catalogue itself, for the code that writes French into data (import problems, zod
// reasons, the `npm run validate` report). Kept out of lib/i18n.ts: pages get their words from the
// browser and do not load the catalogue with `t()`.

/**
 * The French text of a key, whatever the browser's language: the default that lib/ writes into
 * data it hands on (import problems, the `npm run validate` report), re-rendered by `t()` in the UI.
 */
export function frenchText(key: MessageKey | string, ...substitutions: (string | number)[]): string {
  const entry = (frMessages as Messages)[key];
  return entry ? substitute(entry, substitutions.map(String)) : key;
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
