import { hidingRules, type HidingRules } from './hiding-rules';

/**
 * What of a case-management page is shown as part of the file: skipped tags and landmarks (nav,
 * banners, menus, closed dialogs…), hidden elements (attributes, inline style, and the page's
 * stylesheets when it has layout), with collapsed accordion panels counted as shown. One per
 * reading: it keeps what it learnt of the page's accordions and stylesheets.
 */
export interface VisibilityOptions {
  /** Read `getComputedStyle` for display/visibility (a page with layout). */
  computedStyle: boolean;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'HEAD', 'MENU', 'DATALIST', 'OPTION', 'METER', 'PROGRESS', 'AUDIO', 'VIDEO', 'MAP',
  // Hidden by the browser's own stylesheet whatever the page says.
  'TITLE', 'LINK', 'META', 'BASE', 'PARAM', 'RP', 'NOEMBED', 'NOFRAMES', 'AREA', 'SOURCE', 'TRACK']);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'complementary', 'note', 'tooltip', 'toolbar', 'button', 'tablist', 'listbox', 'progressbar', 'alert', 'status', 'log', 'marquee', 'timer']);
/** Landmarks inside which a header/footer belongs to a part of the page, not to the whole page. */
const SECTIONING = 'article, aside, main, nav, section, [role="main"], [role="article"], [role="region"]';

/**
 * What an element's attributes allow, asked once per element: `none` (no attribute), `class`
 * (only a class: nothing on it hides it or gives it a role, but a stylesheet rule may hide it),
 * `other` (read each attribute that matters).
 */
export type Attributes = 'none' | 'class' | 'other';
export function attributesOf(el: Element): Attributes {
  if (!el.hasAttributes()) return 'none';
  // `attributes[0].name` would create an Attr object per element: asked by name instead.
  return el.attributes.length === 1 && el.hasAttribute('class') ? 'class' : 'other';
}

const px = (value: string) => (value === '' ? NaN : parseFloat(value));
const OFF_SCREEN = -999;
/** `rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`: a clip that leaves nothing (top ≥ bottom or left ≥ right). */
function clipsAll(clip: string): boolean {
  const match = /^rect\(([^)]*)\)$/.exec(clip.trim());
  if (!match) return false;
  const [top, right, bottom, left] = match[1].split(/[\s,]+/).map((v) => px(v));
  return (top >= bottom) || (left >= right);
}

/**
 * Whether a style makes its element's text invisible to the counsellor: not displayed, hidden,
 * transparent (opacity 0, colour transparent), of size zero, clipped away, pushed off-screen or
 * squeezed to zero height (or to the 1 px of the « visually hidden » pattern) with its overflow
 * hidden. A collapsed accordion panel (`inAccordion`) is still part of the file.
 */
export function invisibleStyle(style: CSSStyleDeclaration, inAccordion: boolean): boolean {
  if (style.display === 'none') return true;
  if (!inAccordion && (style.visibility === 'hidden' || style.visibility === 'collapse')) return true;
  if (px(style.opacity) === 0 || px(style.fontSize) === 0) return true;
  const color = style.color;
  if (color === 'transparent' || /^rgba\(.*[,/]\s*0(\.0+)?\)$/.test(color)) return true;
  if (style.clip && clipsAll(style.clip)) return true;
  const clipPath = style.getPropertyValue('clip-path');
  if (clipPath && /^(inset\(\s*(50|100)%|circle\(\s*0)/.test(clipPath)) return true;
  if (px(style.textIndent) <= OFF_SCREEN) return true;
  const position = style.position;
  if ((position === 'absolute' || position === 'fixed') && (px(style.left) <= OFF_SCREEN || px(style.top) <= OFF_SCREEN || px(style.right) <= OFF_SCREEN)) return true;
  const overflow = style.overflow || style.getPropertyValue('overflow-y');
  if (!inAccordion && /hidden|clip/.test(overflow)) {
    const height = Math.min(...[px(style.height), px(style.maxHeight)].filter((v) => !Number.isNaN(v)));
    if (height === 0) return true;
    if (height <= 1 && px(style.width) <= 1) return true;
  }
  return false;
}

export class PageVisibility {
  private readonly accordionIds = new Set<string>();
  private view: (Window & typeof globalThis) | null = null;
  /** What the page's stylesheets could hide (read once per reading, with layout only). */
  private hiding: HidingRules | undefined;
  /** Class attribute → whether a hiding rule names one of its classes. */
  private readonly classHits = new Map<string, boolean>();

  constructor(private readonly options: VisibilityOptions) {}

  /** Learns the page's accordions (their panels count even collapsed) and hiding rules. */
  start(doc: Document): void {
    this.view = doc.defaultView;
    if (this.options.computedStyle) this.hiding = hidingRules(doc);
    for (const toggle of Array.from(doc.querySelectorAll('[aria-controls][aria-expanded]'))) {
      for (const id of (toggle.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) this.accordionIds.add(id);
    }
  }

  /** An accordion's panel: shown as part of the file even when collapsed. */
  isAccordion(el: Element): boolean {
    return el.id !== '' && this.accordionIds.has(el.id);
  }

  /** Hidden from the counsellor: by an attribute, its inline style or the page's stylesheets. */
  isHidden(el: Element, inAccordion: boolean, attributes: Attributes = attributesOf(el), tag = el.tagName.toUpperCase()): boolean {
    // Without other attributes, only a stylesheet can hide it: its computed style (the costly part
    // on a large page) is read only when a hiding rule could aim at its tag or one of its classes.
    if (attributes === 'none') return this.options.computedStyle && this.hiding !== undefined && !this.hiding.any && this.hiding.tags.has(tag) && this.styledHidden(el, inAccordion);
    if (attributes === 'class') return this.options.computedStyle && this.mayBeStyledHidden(el, tag) && this.styledHidden(el, inAccordion);
    if (el.hasAttribute('inert') || el.getAttribute('aria-hidden') === 'true') return true;
    if (this.isAccordion(el)) return false;
    if (el.hasAttribute('hidden')) return true;
    const style = el.hasAttribute('style') ? (el as HTMLElement).style : undefined;
    if (style && invisibleStyle(style, inAccordion)) return true;
    return this.options.computedStyle && this.mayBeStyledHidden(el, tag, true) && this.styledHidden(el, inAccordion);
  }

  /** Whether a hiding rule of the page's stylesheets could match this element (`others`: it has attributes besides class). */
  private mayBeStyledHidden(el: Element, tag: string, others = false): boolean {
    const hiding = this.hiding;
    if (!hiding || hiding.any || hiding.tags.has(tag)) return true;
    if (others) {
      if (el.id !== '' && hiding.ids.has(el.id)) return true;
      for (const name of hiding.attributes) if (el.hasAttribute(name)) return true;
    }
    const names = el.getAttribute('class') ?? '';
    let hit = this.classHits.get(names);
    if (hit === undefined) {
      hit = names.split(/\s+/).some((name) => hiding.classes.has(name));
      this.classHits.set(names, hit);
    }
    return hit;
  }

  /** Hidden by the page's stylesheets (see invisibleStyle), read on a page with layout. */
  private styledHidden(el: Element, inAccordion: boolean): boolean {
    const computed = this.view?.getComputedStyle(el);
    return Boolean(computed && invisibleStyle(computed, inAccordion));
  }

  /** Not part of the file: the software around it (navigation, menus, closed dialogs) or hidden. */
  skipped(el: Element, tag: string, attributes: Attributes, inAccordion: boolean): boolean {
    if (SKIPPED_TAGS.has(tag)) return true;
    if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
    if ((tag === 'HEADER' || tag === 'FOOTER') && !el.parentElement?.closest(SECTIONING)) return true;
    if (attributes === 'other') {
      const role = el.getAttribute('role');
      if (role && SKIPPED_ROLES.has(role)) return true;
    }
    return this.isHidden(el, inAccordion, attributes, tag);
  }
}
