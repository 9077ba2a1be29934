/**
 * Characters that change how text is displayed without being seen: bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C) and zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF, U+00AD soft hyphen), control characters (U+0001–U+001F but
 * tab and line breaks, U+007F–U+009F), blank « letters » (U+3164, U+115F, U+1160, U+FFA0), the
 * invisible operators U+2061–U+2064, the combining grapheme joiner U+034F and tag characters
 * (U+E0000–U+E007F). In a shared directory file they can make « CCAS de Sète » display as another
 * partner's name, and Chrome refuses an address-bar suggestion holding a control character;
 * nothing in French partner data needs them.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u034f\u061c\u00ad\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\u{e0000}|[\u{e0001}-\u{e007f}]/gu;

/** The same, and also tab and line breaks: for one-line text such as an address-bar suggestion. */
const INVISIBLE_ONE_LINE = new RegExp(`${INVISIBLE.source}|[\\t\\n\\r]`, 'gu');

/** `text` on one line with nothing invisible: what Chrome's address bar accepts (see lib/omnibox). */
export function visibleOneLine(text: string): string {
  return text.replace(INVISIBLE_ONE_LINE, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : ''));
}

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
