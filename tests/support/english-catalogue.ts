import { afterEach, beforeEach } from 'vitest';
import enMessages from '../../public/_locales/en/messages.json';
import frMessages from '../../public/_locales/fr/messages.json';
import { useFallbackCatalogue } from '../../lib/i18n';

/**
 * Runs each test of the file as on an English-speaking browser: `t()` reads the English
 * catalogue (the French one comes back after each test).
 */
export function speakEnglishInEachTest(): void {
  beforeEach(() => useFallbackCatalogue(enMessages));
  afterEach(() => useFallbackCatalogue(frMessages));
}

/**
 * Words and marks of French interface text: a sentence holding one leaked past the i18n layer.
 * Only for messages whose values are not French data themselves.
 */
export const FRENCH_MARKS = /[«»]|[éèêàâçùûôî]|\b(?:le|la|les|des|du|une|est|pas|doit|votre|vos|ou|et|au|aux|sur|ignorée?|réglage|élément|adresse|fichier|serveur)\b|\b[dlnqs]’/i;
