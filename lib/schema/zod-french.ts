import type { z } from 'zod';
import { describeValue, expectedType } from '../backup/describe-value';
import { frenchText } from '../i18n-french';

/**
 * French for every kind of zod issue whose schema gave no message of its own (the fields' own
 * messages, already French, win): « doit être du texte, pas le nombre 42 » instead of zod's
 * « Invalid input: expected string, received number ». Passed as the `error` of a parse. Each
 * comes from the catalogue, so the page shows it in the interface's language (translateFrench).
 */
export function frenchIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? frenchText('zodMissing') : frenchText('zodExpected', expectedType(issue.expected), describeValue(issue.input));
    case 'too_small':
      return frenchText(issue.origin === 'string' ? 'zodTextTooShort' : issue.origin === 'array' || issue.origin === 'set' ? 'zodListTooShort' : 'zodNumberTooSmall', String(issue.minimum));
    case 'too_big':
      return frenchText(issue.origin === 'string' ? 'zodTextTooLong' : issue.origin === 'array' || issue.origin === 'set' ? 'zodListTooLong' : 'zodNumberTooBig', String(issue.maximum));
    case 'invalid_format':
      return issue.format === 'email' ? frenchText('zodNotEmail') : issue.format === 'url' ? frenchText('zodNotUrl') : frenchText('zodBadFormat', issue.format);
    case 'not_multiple_of':
      return frenchText('zodNotMultiple', String(issue.divisor));
    case 'unrecognized_keys':
      return frenchText('zodUnknownKeys', issue.keys.join(', '));
    case 'invalid_union':
      return issue.input === undefined ? frenchText('zodNoForm') : frenchText('zodNoFormGot', describeValue(issue.input));
    case 'invalid_key':
      return frenchText('zodBadKey');
    case 'invalid_element':
      return frenchText('zodBadElement');
    case 'invalid_value':
      return issue.values.length <= 8 ? frenchText('zodUnknownValueExpected', issue.values.map(String).join(', ')) : frenchText('zodUnknownValue');
    default:
      return frenchText('reasonInvalid');
  }
}
