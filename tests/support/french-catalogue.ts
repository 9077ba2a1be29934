// Unit tests run outside an extension, without the browser's i18n: `t()` reads the French
// catalogue installed here (vitest setupFiles). Extension pages never load it: the browser serves them.
import frMessages from '../../public/_locales/fr/messages.json';
import { useFallbackCatalogue } from '../../lib/i18n';

useFallbackCatalogue(frMessages);
