import type { MessageKey } from '../i18n';
import { frenchText } from '../i18n-french';
import type { ImportProblem } from './data-inclusion';

/**
 * An import problem as a message key and its values: `message` holds the French text (the
 * default, used by `npm run validate`), the page renders `key` and `params` in the interface's
 * language (lib/import/report.ts `problemText`).
 */
export function keyedProblem(key: MessageKey, params: readonly (string | number)[], where: Omit<ImportProblem, 'message' | 'key' | 'params'> = {}): ImportProblem {
  const values = params.map(String);
  return { ...where, key, params: values, message: frenchText(key, ...values) };
}
