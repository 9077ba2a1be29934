import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { createCaseFile, wireCaseFile } from '../../lib/case-file/background-wiring';

/**
 * « Pour ce dossier »: needs ids from case-management pages the counsellor switched Repère on for.
 * Its tab events wake Firefox's event page at any tab's load, so it starts without the database,
 * the directory import or the search code: the subscriptions a shared host permission is kept for
 * (lib/permissions) come from `subscriptionUrls`, which loads them only when asked.
 */
export function startCaseFile(subscriptionUrls: () => Promise<string[]>) {
  return createCaseFile(wireCaseFile(browser, t, subscriptionUrls));
}
