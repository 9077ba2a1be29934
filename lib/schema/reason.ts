import { t, type MessageKey } from '../i18n';

/**
 * The reasons the card forms' schemas give (user data, partnerships) are catalogue keys
 * (`reasonEmpty`), not French: the popup shows them with `reasonText`, through `t()`, without
 * loading the French catalogue; code that writes French for a page to translate (the follow-up
 * spreadsheet's worker, lib/db for the options page, a backup's check) uses `frenchReason`.
 */
export function isReasonKey(message: string): message is MessageKey {
  return /^reason[A-Z]\w*$/.test(message);
}

/** A schema's reason in the interface's language; any other text (already words) as it is. */
export function reasonText(message: string): string {
  return isReasonKey(message) ? t(message) : message;
}
