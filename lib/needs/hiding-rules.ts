/**
 * Which elements the page's stylesheets could hide (`display: none`, `visibility: hidden`), read
 * from the rules themselves: a rule can only hide an element its selector's subject (the last
 * compound) matches, so a rule ending in `.fr-collapse` can hide only elements of that class and
 * one ending in `li` only list items, one ending in `[data-state="closed"]` only elements with that
 * attribute. The reader then asks for the computed style (the costly part of reading a large
 * file) only of elements some rule could hide. Always a superset: media
 * conditions are ignored, and what cannot be read (a stylesheet from another origin, a subject
 * without class or tag) means any element may be hidden.
 */
export interface HidingRules {
  /** Some rule could hide any element: every element's style is read. */
  any: boolean;
  /** Classes a hiding rule's subject requires (one of them is enough to ask). */
  classes: Set<string>;
  /** Ids a hiding rule's subject requires (without a class). */
  ids: Set<string>;
  /** Attribute names a hiding rule's subject requires (without class or id); `popover` for the browser's own rule. */
  attributes: Set<string>;
  /** Upper-case tag names a hiding rule's subject is (without class, id or attribute). */
  tags: Set<string>;
}

/** What an element must have for a selector to match it: the most telling of its requirements. */
export type Subject = { class: string } | { id: string } | { attribute: string } | { tag: string } | 'any' | 'none';

const emptyRules = (): HidingRules => ({ any: false, classes: new Set(), ids: new Set(), attributes: new Set(), tags: new Set() });

interface SheetRules {
  length: number;
  rules: HidingRules;
}

/** Per stylesheet object, kept while its number of rules stays the same (`insertRule` changes it). */
const bySheet = new WeakMap<CSSStyleSheet, SheetRules>();

/** Properties that can make text invisible besides display/visibility (see invisibleStyle). */
const HIDING_PROPERTIES = ['opacity', 'font-size', 'color', 'clip', 'clip-path', 'text-indent', 'left', 'top', 'right', 'height', 'max-height'];
const zeroish = (value: string) => /^-?0(\.0+)?([a-z%]*)$/.test(value.trim()) || /^1px$/.test(value.trim());

export const hides = (style: CSSStyleDeclaration | undefined): boolean => {
  if (!style) return false;
  const display = style.getPropertyValue('display');
  const visibility = style.getPropertyValue('visibility');
  if (display === 'none' || display.includes('var(') || visibility === 'hidden' || visibility === 'collapse' || visibility.includes('var(')) return true;
  for (const name of HIDING_PROPERTIES) {
    const value = style.getPropertyValue(name).trim();
    if (!value) continue;
    if (value.includes('var(')) return true;
    if ((name === 'opacity' || name === 'font-size' || name === 'height' || name === 'max-height') && zeroish(value)) return true;
    if (name === 'color' && (value === 'transparent' || /^rgba\(.*[,/]\s*0(\.0+)?\)$/.test(value))) return true;
    if ((name === 'clip' && value.startsWith('rect')) || (name === 'clip-path' && value !== 'none')) return true;
    if ((name === 'text-indent' || name === 'left' || name === 'top' || name === 'right') && value.startsWith('-') && Math.abs(parseFloat(value)) >= 999) return true;
  }
  return false;
};

/** `md\:hidden` → `md:hidden`: a class as the page's markup writes it. */
function unescapeCss(name: string): string {
  return name.replace(/\\([0-9a-fA-F]{1,6}\s?|[\s\S])/g, (_, escaped: string) =>
    /^[0-9a-fA-F]/.test(escaped) && /^[0-9a-fA-F]{1,6}\s?$/.test(escaped) ? String.fromCodePoint(parseInt(escaped, 16)) : escaped,
  );
}

/** Splits on a character outside brackets, parentheses and strings. */
function splitTopLevel(selector: string, at: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && at(char)) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts;
}

/** What elements one complex selector's subject can be. */
export function subjectOf(selector: string): Subject {
  const compounds = splitTopLevel(selector.trim(), (char) => char === ' ' || char === '>' || char === '+' || char === '~' || char === '\n' || char === '\t');
  const last = compounds.filter((part) => part.trim() !== '').pop()?.trim() ?? '';
  if (!last) return 'any';
  const classes: string[] = [];
  const ids: string[] = [];
  const attributes: string[] = [];
  let tag: string | undefined;
  let i = 0;
  const ident = () => {
    const start = i;
    while (i < last.length && (/[\w-]/.test(last[i]) || last.charCodeAt(i) > 0x7f || last[i] === '\\')) i += last[i] === '\\' ? 2 : 1;
    return last.slice(start, i);
  };
  if (/[a-zA-Z]/.test(last[0])) tag = ident().toUpperCase();
  else if (last[0] === '*') i = 1;
  while (i < last.length) {
    const char = last[i];
    if (char === '.') {
      i++;
      classes.push(unescapeCss(ident()));
    } else if (char === '#') {
      i++;
      ids.push(unescapeCss(ident()));
    } else if (char === '[') {
      const inside = splitTopLevel(last.slice(i + 1), (c) => c === ']')[0];
      const name = /^\s*(?:[\w-]*\|)?([\w-]+)/.exec(inside)?.[1]?.toLowerCase();
      // On class itself (`[class*=hidden]`) any class may match: any element.
      if (!name || name === 'class') return 'any';
      attributes.push(name);
      i += inside.length + 2;
    } else if (char === ':') {
      if (last[i + 1] === ':') return 'none'; // a pseudo-element: the element itself stays shown
      i++;
      ident();
      if (last[i] === '(') i += splitTopLevel(last.slice(i + 1), (c) => c === ')')[0].length + 2;
    } else i++; // `&`, `|`, anything unusual: no requirement
  }
  if (classes.length > 0) return { class: classes[0] };
  if (ids.length > 0) return { id: ids[0] };
  if (attributes.length > 0) return { attribute: attributes[0] };
  if (tag) return { tag };
  return 'any';
}

function addRules(list: CSSRuleList, into: HidingRules): void {
  for (const rule of Array.from(list)) {
    const style = (rule as CSSStyleRule).style;
    const selector = (rule as CSSStyleRule).selectorText;
    if (typeof selector === 'string' && hides(style)) {
      for (const part of splitTopLevel(selector, (char) => char === ',')) {
        const subject = subjectOf(part);
        if (subject === 'any') into.any = true;
        else if (subject === 'none') continue;
        else if ('class' in subject) into.classes.add(subject.class);
        else if ('id' in subject) into.ids.add(subject.id);
        else if ('attribute' in subject) into.attributes.add(subject.attribute);
        else into.tags.add(subject.tag);
      }
    }
    // Grouping rules (@media, @supports, @layer, @container), nested style rules, @import.
    const inner = (rule as CSSGroupingRule).cssRules;
    if (inner && inner.length > 0) addRules(inner, into);
    const imported = (rule as CSSImportRule).styleSheet;
    if (imported) addSheet(imported, into);
  }
}

function addSheet(sheet: CSSStyleSheet, into: HidingRules): void {
  let list: CSSRuleList;
  try {
    list = sheet.cssRules;
  } catch {
    // Another origin's stylesheet cannot be read: any element may be hidden by it.
    into.any = true;
    return;
  }
  let known = bySheet.get(sheet);
  if (!known || known.length !== list.length) {
    known = { length: list.length, rules: emptyRules() };
    addRules(list, known.rules);
    bySheet.set(sheet, known);
  }
  if (known.rules.any) into.any = true;
  for (const name of known.rules.classes) into.classes.add(name);
  for (const id of known.rules.ids) into.ids.add(id);
  for (const name of known.rules.attributes) into.attributes.add(name);
  for (const tag of known.rules.tags) into.tags.add(tag);
}

/** The hiding rules of a document's stylesheets now (each sheet parsed once while unchanged). */
export function hidingRules(doc: Document): HidingRules {
  const rules = emptyRules();
  // The browser's own stylesheet hides a closed popover (`[popover]:not(:popover-open)`).
  rules.attributes.add('popover');
  const sheets = [...Array.from(doc.styleSheets ?? []), ...((doc as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [])];
  for (const sheet of sheets) if (!sheet.disabled) addSheet(sheet as CSSStyleSheet, rules);
  return rules;
}
