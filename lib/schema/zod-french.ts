import type { z } from 'zod';
import { describeValue, expectedType } from '../backup/describe-value';

/**
 * French for every kind of zod issue whose schema gave no message of its own (the fields' own
 * messages, already French, win): « doit être du texte, pas le nombre 42 » instead of zod's
 * « Invalid input: expected string, received number ». Passed as the `error` of a parse.
 */
export function frenchIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'valeur absente' : `doit être ${expectedType(issue.expected)}, pas ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' ? `texte trop court (au moins ${issue.minimum} caractères)`
        : issue.origin === 'array' || issue.origin === 'set' ? `liste trop courte (au moins ${issue.minimum} éléments)`
        : `nombre trop petit (au moins ${issue.minimum})`;
    case 'too_big':
      return issue.origin === 'string' ? `texte trop long (au plus ${issue.maximum} caractères)`
        : issue.origin === 'array' || issue.origin === 'set' ? `liste trop longue (au plus ${issue.maximum} éléments)`
        : `nombre trop grand (au plus ${issue.maximum})`;
    case 'invalid_format':
      return issue.format === 'email' ? 'n’est pas une adresse électronique' : issue.format === 'url' ? 'n’est pas une adresse web' : `format invalide (${issue.format})`;
    case 'not_multiple_of':
      return `doit être un multiple de ${issue.divisor}`;
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `aucune des formes acceptées${issue.input === undefined ? '' : ` (reçu ${describeValue(issue.input)})`}`;
    case 'invalid_key':
      return 'clé invalide';
    case 'invalid_element':
      return 'élément invalide';
    case 'invalid_value':
      return `valeur non reconnue${issue.values.length <= 8 ? ` (attendu : ${issue.values.map(String).join(', ')})` : ''}`;
    default:
      return 'valeur invalide';
  }
}
