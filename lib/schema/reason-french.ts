import { frenchText } from '../i18n-french';
import { isReasonKey } from './reason';

/** A schema's reason in French from the catalogue (for a page to translate); other text as it is. */
export function frenchReason(message: string): string {
  return isReasonKey(message) ? frenchText(message) : message;
}
