import type { MessageKey } from '../i18n';
import { frenchText } from '../i18n-french';

/**
 * French words for what a field holds and what it should hold (restore errors, zod reasons),
 * from the catalogue: the page shows them in the interface's language (translateFrench).
 */

const EXPECTED: Record<string, MessageKey> = {
  string: 'valueKindText',
  number: 'valueKindNumber',
  int: 'valueKindInteger',
  boolean: 'valueKindBoolean',
  array: 'valueKindList',
  object: 'valueKindObject',
  null: 'valueKindNull',
};

/** "du texte", "un nombre"… for a zod expected type. */
export function expectedType(expected: unknown): string {
  const key = EXPECTED[String(expected)];
  return key ? frenchText(key) : String(expected);
}

/** "le nombre 42", "le texte « abc »", "une liste", "null": what the file actually holds. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return frenchText('valueHeldList', value.length);
  switch (typeof value) {
    case 'string':
      return frenchText('valueHeldText', value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return frenchText('valueHeldNumber', value);
    case 'boolean':
      return frenchText(value ? 'valueHeldTrue' : 'valueHeldFalse');
    case 'object':
      return frenchText('valueKindObject');
    default:
      return typeof value;
  }
}

/** The value at `path` in `root`, and whether the path exists. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !(key in current)) return { found: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: current !== undefined, value: current };
}
