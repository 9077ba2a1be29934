import type { MessageKey } from '../i18n';

/**
 * The options page's parts, in the order of the table of contents; each `id` is a deep link
 * (`options.html#annuaire`). `sections` are the ids of the sections each part holds, so that an
 * older link (`#import`) still lands in its part.
 */
export const OPTIONS_GROUPS = [
  { id: 'reseau', title: 'optGroupNetwork', sections: ['favourites', 'own-partners', 'notes-overview', 'suivi'] },
  { id: 'territoire', title: 'optGroupTerritory', sections: ['territory'] },
  { id: 'annuaire', title: 'optGroupDirectory', sections: ['sources', 'starter-visibility', 'national-source', 'import', 'subscribe', 'csv-help'] },
  { id: 'sites-de-suivi', title: 'optGroupCaseSites', sections: ['case-sites'] },
  { id: 'sauvegarde', title: 'optGroupBackup', sections: ['backup', 'wipe'] },
  { id: 'a-propos', title: 'optGroupAbout', sections: ['about'] },
] as const satisfies readonly { id: string; title: MessageKey; sections: readonly string[] }[];

export type OptionsGroupId = (typeof OPTIONS_GROUPS)[number]['id'];

/** The first-run welcome is its own deep link. */
export const WELCOME_HASH = 'bienvenue';

/**
 * The page the browser's `runtime.onInstalled` opens: the welcome on a first install only — an
 * update of Repère or of the browser (`update`, `chrome_update`, `shared_module_update`) opens nothing.
 */
export function pageOnInstalled(reason: string): `/options.html#${typeof WELCOME_HASH}` | undefined {
  return reason === 'install' ? `/options.html#${WELCOME_HASH}` : undefined;
}

/** Which part of the page a location hash points at (a part, or a section inside one). */
export function groupOfHash(hash: string): OptionsGroupId | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return OPTIONS_GROUPS.find((group) => group.id === id || (group.sections as readonly string[]).includes(id))?.id;
}
