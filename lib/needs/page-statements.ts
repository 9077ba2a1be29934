import { attributesOf, PageVisibility, type VisibilityOptions } from './page-visibility';
import { isPlaceholderOption, statusOf, trailingStatus, type Status } from './page-status';

/**
 * The statements of the file shown in a case-management page: one per table row cell, list item,
 * term, paragraph, label with its badge, and the values of the fields (text typed, boxes checked,
 * options chosen). The software around the file (navigation, menus, banners, closed dialogs,
 * hidden parts, help boxes) is left out. Pure DOM reading: no layout needed, nothing changed.
 */
export interface Statement {
  text: string;
  /** Where it is shown (for « Montrer dans la page »); a field for typed values. */
  source: Element;
  /** `free`: typed text (a note), read as it is; `heading`: a title, a need only with a need status. */
  kind: 'text' | 'free' | 'heading';
  status?: Status;
  /** A block that is only a status badge: its status applies to the statements of its row. */
  badgeOnly?: boolean;
  /** The field label its words follow (« Identifiant France Travail » in `<small>` before the value): context, never read. */
  label?: string;
}

export type WalkOptions = VisibilityOptions;

const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'FONT', 'IMG', 'INS', 'DEL', 'WBR']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TH', 'CAPTION', 'LEGEND', 'SUMMARY', 'DT']);
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);
const CHECKABLE = new Set(['checkbox', 'radio']);

interface Block {
  el: Element;
  /** The words read so far, as the page writes them (spaces folded at the end). */
  text: string;
  kind: Statement['kind'];
  status?: Status;
  label?: string;
}

/** An element being read: where its children's words go and which child comes next. */
interface Frame {
  block: Block;
  accordion: boolean;
  next: ChildNode | null;
  /** Its own statement is emitted when its children are read. */
  emits: boolean;
  /** An inline element: where its words start in its block's text (else -1). */
  inlineFrom: number;
  /** An inline `<small>` (the tools' field label before its value). */
  small?: boolean;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An unticked box or radio says nothing: no need to ask whether it is shown. */
function uncheckedBox(el: Element): boolean {
  return !(el as HTMLInputElement).checked && CHECKABLE.has((el.getAttribute('type') ?? '').toLowerCase());
}

function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null || value === 'false') return el.getAttribute('role') === 'textbox';
  return !el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
}

export class StatementReader {
  readonly statements: Statement[] = [];
  private readonly shown: PageVisibility;
  /** The elements being read, innermost last, each with its next child to read. */
  private readonly stack: Frame[] = [];
  /** Ids of the help texts of unticked boxes (`aria-describedby`): they describe a criterion, not the person. */
  private readonly untickedHelp = new Set<string>();
  /** The parent of the last unticked box met: its help text, after the box, is not read either. */
  private untickedParent: Element | null = null;

  constructor(options: WalkOptions) {
    this.shown = new PageVisibility(options);
  }

  /** Reads the whole file at once. */
  read(root: Document | Element): Statement[] {
    this.start(root);
    this.step(() => false);
    return this.statements;
  }

  /** Begins a reading that `step` carries on, a slice at a time. */
  start(root: Document | Element): void {
    const doc = 'documentElement' in root ? root : root.ownerDocument;
    this.shown.start(doc);
    // A box's help text explains the criterion, ticked or not; the ticked box's label speaks for the person.
    for (const input of Array.from(doc.querySelectorAll('input[aria-describedby]'))) {
      if (CHECKABLE.has((input.getAttribute('type') ?? '').toLowerCase())) for (const id of (input.getAttribute('aria-describedby') ?? '').split(/\s+/)) if (id) this.untickedHelp.add(id);
    }
    const start = 'documentElement' in root ? this.fileRoot(root) : root;
    if (start) this.visit(start, undefined, false);
  }

  /**
   * Reads on until the file is read (true) or `pauseNow()` says the slice is over (false). The
   * walk keeps its place in an explicit stack, so the host page gets a turn between slices.
   */
  step(pauseNow: () => boolean): boolean {
    const stack = this.stack;
    let count = 0;
    while (stack.length > 0) {
      if ((++count & 63) === 0 && pauseNow()) return false;
      const frame = stack[stack.length - 1];
      const node = frame.next;
      if (!node) {
        stack.pop();
        this.leave(frame);
        continue;
      }
      frame.next = node.nextSibling;
      if (node.nodeType === 3) frame.block.text += node.nodeValue ?? '';
      else if (node.nodeType === 1) this.visit(node as Element, frame.block, frame.accordion);
    }
    return true;
  }

  /** The page's one main region when it has one, else its body. */
  private fileRoot(doc: Document): Element | null {
    const mains = Array.from(doc.querySelectorAll('main, [role="main"]')).filter((m) => !this.shown.isHidden(m, false));
    return mains.length === 1 ? mains[0] : doc.body;
  }

  /** An element met in the walk: read now (a field, a line break), skipped, or entered. */
  private visit(el: Element, block: Block | undefined, inAccordion: boolean): void {
    const tag = el.tagName.toUpperCase();
    if (tag === 'INPUT' && uncheckedBox(el)) {
      this.untickedParent = el.parentElement;
      return;
    }
    // The help text beside an unticked box (after it, or named by its aria-describedby).
    if (tag !== 'LABEL' && this.untickedParent !== null && el.parentElement === this.untickedParent) return;
    const attributes = attributesOf(el);
    if (attributes === 'other' && el.id !== '' && this.untickedHelp.has(el.id)) return;
    if (this.shown.skipped(el, tag, attributes, inAccordion)) return;
    const plain = attributes !== 'other';
    const accordion = inAccordion || (!plain && this.shown.isAccordion(el));
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return this.field(el, true);
    if (tag === 'LABEL' && this.labelsAControl(el)) {
      // The words of a field's label are its name, not the file: only its controls count.
      for (const control of Array.from(el.querySelectorAll('input, textarea, select'))) this.field(control);
      return;
    }
    const role = plain ? null : el.getAttribute('role');
    if ((role === 'checkbox' || role === 'radio' || role === 'switch' || role === 'option') && el.getAttribute('aria-checked') !== 'true' && el.getAttribute('aria-selected') !== 'true') return;
    if (!plain && block?.kind !== 'free' && isEditableRoot(el)) {
      this.stack.push({ block: { el, text: '', kind: 'free' }, accordion, next: el.firstChild, emits: true, inlineFrom: -1 });
      return;
    }
    if (tag === 'BR') {
      if (block) block.text += '\n';
      return;
    }
    if (block !== undefined && (INLINE_TAGS.has(tag) || tag.includes('-')) && role !== 'heading') {
      // Read in place; a short inline that is only a status (a badge) gives its status instead.
      this.stack.push({ block, accordion, next: el.firstChild, emits: false, inlineFrom: block.text.length, small: tag === 'SMALL' });
      return;
    }
    const kind: Statement['kind'] = block?.kind === 'free' ? 'free' : HEADING_TAGS.has(tag) || role === 'heading' || role === 'columnheader' ? 'heading' : 'text';
    this.stack.push({ block: { el, text: '', kind }, accordion, next: el.firstChild, emits: true, inlineFrom: -1 });
  }

  /** An element's children are read: its statement is emitted, or an inline badge gives its status. */
  private leave(frame: Frame): void {
    const block = frame.block;
    if (frame.emits) return this.emit(block);
    if (frame.small && block.kind !== 'free' && block.label === undefined && block.text.slice(0, frame.inlineFrom).trim() === '') {
      // A field's label before its value (les emplois' `<li><small>Label</small><strong>Value</strong>`).
      const label = clean(block.text.slice(frame.inlineFrom));
      if (label.length <= 60) {
        block.label = label;
        block.text = block.text.slice(0, frame.inlineFrom) + ' ';
        return;
      }
    }
    if (frame.inlineFrom < 0 || block.kind === 'free' || block.text.length - frame.inlineFrom > 40) return;
    const status = statusOf(block.text.slice(frame.inlineFrom));
    if (status) {
      block.text = block.text.slice(0, frame.inlineFrom);
      block.status = status;
    }
  }

  private emit(block: Block): void {
    // Trimmed first: most containers hold only the spaces between their children.
    const trimmed = block.text.trim();
    const text = block.kind === 'free' || !trimmed ? trimmed : clean(trimmed);
    if (!text) {
      // A label whose value is a block inside it (`<li><small>Adresse</small><address>…`): the label alone, for its value.
      if (block.label) this.statements.push({ text: block.label, source: block.el, kind: 'text' });
      if (block.status) this.statements.push({ text: '', source: block.el, kind: 'text', status: block.status, badgeOnly: true });
      return;
    }
    if (block.kind !== 'free' && !block.status) {
      const whole = statusOf(text);
      if (whole) {
        this.statements.push({ text: '', source: block.el, kind: 'text', status: whole, badgeOnly: true });
        return;
      }
      const trailing = trailingStatus(text);
      if (trailing) {
        this.statements.push({ text: trailing.label, source: block.el, kind: block.kind, status: trailing.status });
        return;
      }
    }
    this.statements.push({ text, source: block.el, kind: block.kind, ...(block.status ? { status: block.status } : {}), ...(block.label ? { label: block.label } : {}) });
  }

  private labelsAControl(label: Element): boolean {
    return label.hasAttribute('for') || label.querySelector('input, textarea, select') !== null;
  }

  /** The visible name of a form control: aria-label, aria-labelledby, <label>. */
  private labelOf(control: Element): string {
    const aria = control.getAttribute('aria-label');
    if (aria) return clean(aria);
    const doc = control.ownerDocument;
    const ids = control.getAttribute('aria-labelledby');
    if (ids) return clean(ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
    const labels = (control as HTMLInputElement).labels;
    const label = labels && labels.length > 0 ? labels[0] : control.id ? doc.querySelector(`label[for="${CSS_escape(control.id)}"]`) : control.closest('label');
    return clean(label?.textContent ?? '');
  }

  /** The question a group of boxes answers: its fieldset's legend or its group's name. */
  private groupLabelOf(control: Element): { text: string; el: Element } | undefined {
    const fieldset = control.closest('fieldset');
    const legend = fieldset?.querySelector('legend');
    if (legend) return { text: clean(legend.textContent ?? ''), el: legend };
    const group = control.closest('[role="radiogroup"], [role="group"]');
    if (group) return { text: this.labelOf(group), el: group };
    return undefined;
  }

  /** A form control's value; `seen`: the walk already found it shown. */
  private field(el: Element, seen = false): void {
    const tag = el.tagName.toUpperCase();
    // The walk has already passed over unticked boxes and hidden fields.
    if (!seen && ((tag === 'INPUT' && uncheckedBox(el)) || this.shown.isHidden(el, false))) return;
    if (tag === 'TEXTAREA') return this.typed(el, (el as HTMLTextAreaElement).value);
    if (tag === 'SELECT') {
      const select = el as HTMLSelectElement;
      for (const option of Array.from(select.options)) {
        if (!option.selected || option.value === '' || option.disabled || isPlaceholderOption(option.text)) continue;
        const status = statusOf(option.text);
        // A status chosen in a table's cell (Carnet de bord's « Réalisée » per action) is its row's status.
        if (status && el.closest('td, [role="cell"], [role="gridcell"]')) this.statements.push({ text: '', source: el, kind: 'text', status, badgeOnly: true });
        else if (status) this.statements.push({ text: this.labelOf(el), source: el, kind: 'heading', status });
        else this.statements.push({ text: clean(option.text), source: el, kind: 'text' });
      }
      return;
    }
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      if (!input.checked) return;
      const label = this.labelOf(input);
      const status = statusOf(label);
      if (status) {
        const group = this.groupLabelOf(input);
        if (group?.text) this.statements.push({ text: group.text, source: group.el, kind: 'heading', status });
        return;
      }
      // A checked box declares the situation: a theme's name checked is a need.
      if (label) this.statements.push({ text: label, source: input.labels?.[0] ?? input, kind: 'heading', status: 'need' });
      return;
    }
    if (TEXT_INPUT_TYPES.has(type)) this.typed(el, input.value);
  }

  private typed(el: Element, value: string): void {
    const text = value.trim();
    if (!text) return;
    const status = statusOf(text);
    if (status) {
      const label = this.labelOf(el);
      if (label) this.statements.push({ text: label, source: el, kind: 'heading', status });
      return;
    }
    this.statements.push({ text, source: el, kind: 'free' });
  }
}

/** `CSS.escape` where it exists (browsers, happy-dom), a safe subset otherwise. */
function CSS_escape(id: string): string {
  const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
  return css?.escape ? css.escape(id) : id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}
