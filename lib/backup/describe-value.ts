/** French words for what a backup field holds and what it should hold, for restore errors. */

const EXPECTED: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux',
  array: 'une liste',
  object: 'un objet',
  null: 'vide (null)',
};

/** "du texte", "un nombre"… for a zod expected type. */
export function expectedType(expected: unknown): string {
  return EXPECTED[String(expected)] ?? String(expected);
}

/** "le nombre 42", "le texte « abc »", "une liste", "null": what the file actually holds. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `une liste (${value.length} éléments)`;
  switch (typeof value) {
    case 'string':
      return `le texte « ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;
    case 'number':
      return `le nombre ${value}`;
    case 'boolean':
      return value ? 'vrai (true)' : 'faux (false)';
    case 'object':
      return 'un objet';
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
