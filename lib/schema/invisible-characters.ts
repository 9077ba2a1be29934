/**
 * Characters that change how text is displayed without being seen: bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C) and zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF, U+00AD soft hyphen). In a shared directory file they can make
 * « CCAS de Sète » display as another partner's name; nothing in French partner data needs them.
 */
const INVISIBLE = /[\u061c\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** `text` without invisible controls, and whether any was removed. */
export function stripInvisible(text: string): { text: string; changed: boolean } {
  const cleaned = text.replace(INVISIBLE, '');
  return { text: cleaned, changed: cleaned.length !== text.length };
}

/** Strings, and strings inside a list, without invisible controls. */
export function stripInvisibleValue(value: unknown): { value: unknown; changed: boolean } {
  if (typeof value === 'string') {
    const { text, changed } = stripInvisible(value);
    return { value: text, changed };
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const stripped = stripInvisibleValue(item);
      changed ||= stripped.changed;
      return stripped.value;
    });
    return { value: changed ? out : value, changed };
  }
  return { value, changed: false };
}
