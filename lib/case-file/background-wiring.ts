import type { MessageKey } from '../i18n';
import type { Handlers } from '../messages/router';
import { createCaseFile, type CaseApis, type CaseFile } from './background-case';

export { createCaseFile };

/**
 * The built page reader (entrypoints/case-reader.ts, registered at run time only). An unlisted
 * script, not a WXT content script: WXT's content-script context announces itself to the page
 * with a DOM event a page script can observe and forge to stop it.
 */
export const CASE_SCRIPT_FILE = '/case-reader.js';

type T = (key: MessageKey, ...subs: (string | number)[]) => string;

/**
 * The background's browser APIs for « Pour ce dossier » (its events: lib/case-file/case-events.ts).
 * Called once from entrypoints/background/case-file.ts.
 */
export function wireCaseFile(
  browser: typeof import('wxt/browser').browser,
  t: T,
  subscriptionUrls: () => Promise<string[]>,
): CaseApis {
  return {
    subscriptionUrls,
    scripting: browser.scripting as unknown as CaseApis['scripting'],
    permissions: browser.permissions as unknown as CaseApis['permissions'],
    action: browser.action as unknown as CaseApis['action'],
    session: browser.storage.session as unknown as CaseApis['session'],
    local: browser.storage.local as unknown as CaseApis['local'],
    tabs: browser.tabs as unknown as CaseApis['tabs'],
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    scriptFile: CASE_SCRIPT_FILE,
    badgeTitle: (count) => (count === 1 ? t('caseBadgeTitleOne') : t('caseBadgeTitle', count)),
    defaultTitle: t('actionTitle'),
  };
}

/** The message handlers of « Pour ce dossier ». */
export function caseFileHandlers(caseFile: CaseFile): Pick<Handlers, `case:${string}` & keyof Handlers> {
  return {
    'case:needs': (message, sender) => caseFile.receiveNeeds(message.needs, sender, message.load),
    'case:read-once': (message) => caseFile.readOnce(message.tabId),
    'case:site-pending': (message) => caseFile.sitePending(message.origin),
    'case:enable-site': (message) => caseFile.enableSite(message.origin),
    'case:disable-site': (message) => caseFile.disableSite(message.origin),
    'case:list-sites': () => caseFile.listSites(),
    'case:tab-state': (message) => caseFile.tabState(message.tabId),
    'case:show-in-page': (message) => caseFile.showInPage(message.tabId, message.category),
  };
}
