import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_RESTORE_GLOBAL } from '../lib/db/search-inputs';
import { restoreEarly } from '../lib/search/early-restore';

/**
 * The ranker's code for a Firefox page's <head> (issue 20): search-preload.js adds this script
 * only when the event page is suspended, then restores the index it read with it. A page whose
 * event page keeps the search worker never loads it (its <head> stays a few kilobytes).
 */
export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    (globalThis as Record<string, unknown>)[EARLY_RESTORE_GLOBAL] = restoreEarly;
  },
});
