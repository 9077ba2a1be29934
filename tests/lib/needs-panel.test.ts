import { describe, expect, it, vi } from 'vitest';
import { findPartnerMenuItem, openNeedsPanel } from '../../lib/needs/panel';
import { loadSelection, MAX_SELECTION_LENGTH, parseSelection, saveSelection, selectionFromClick, SELECTION_KEY, type SessionArea } from '../../lib/needs/selection';

function memoryArea(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    async get(key) {
      return key in items ? { [key]: items[key] } : {};
    },
    async set(values) {
      Object.assign(items, values);
    },
  };
}

describe('selection from a context-menu click', () => {
  it('reads the selected text, tidied and bounded', () => {
    expect(selectionFromClick({ menuItemId: 'x', selectionText: "  n'a pas\n le permis  " })).toBe("n'a pas le permis");
    expect(selectionFromClick({ menuItemId: 'x', selectionText: 'a'.repeat(MAX_SELECTION_LENGTH + 10) })).toHaveLength(MAX_SELECTION_LENGTH);
  });

  it('refuses clicks without a selection or of the wrong shape', () => {
    expect(selectionFromClick({ menuItemId: 'x' })).toBeUndefined();
    expect(selectionFromClick({ menuItemId: 'x', selectionText: '   ' })).toBeUndefined();
    expect(selectionFromClick({ selectionText: 'permis' })).toBeUndefined();
    expect(selectionFromClick('permis')).toBeUndefined();
    expect(selectionFromClick(null)).toBeUndefined();
    expect(selectionFromClick({ menuItemId: 'x', selectionText: 12 })).toBeUndefined();
    expect(selectionFromClick({ menuItemId: { id: 'x' }, selectionText: 'permis' })).toBeUndefined();
  });

  it('round-trips through a session area and rejects tampered values', async () => {
    const area = memoryArea();
    expect(await loadSelection(area)).toBeUndefined();
    await saveSelection(area, 'dette de loyer', 42);
    expect(await loadSelection(area)).toEqual({ text: 'dette de loyer', at: 42 });
    area.items[SELECTION_KEY] = { text: 12 };
    expect(await loadSelection(area)).toBeUndefined();
    expect(parseSelection(undefined)).toBeUndefined();
  });
});

describe('the menu item and the panel', () => {
  it('is offered on selections only', () => {
    expect(findPartnerMenuItem('Trouver')).toEqual({ id: 'repere-find-partner', title: 'Trouver', contexts: ['selection'] });
  });

  it('opens Chrome’s side panel synchronously, in the click', async () => {
    const open = vi.fn(async () => {});
    const openWindow = vi.fn(async () => {});
    const place = openNeedsPanel({ sidePanel: { open }, openWindow }, { windowId: 7 });
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    expect(await place).toBe('side-panel');
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('uses Firefox’s sidebar, and a window when the panel cannot open', async () => {
    const openWindow = vi.fn(async () => {});
    expect(await openNeedsPanel({ sidebarAction: { open: async () => {} }, openWindow }, {})).toBe('sidebar');
    const refused = { open: async () => Promise.reject(new Error('user gesture required')) };
    expect(await openNeedsPanel({ sidePanel: refused, openWindow }, { windowId: 1 })).toBe('window');
    expect(await openNeedsPanel({ openWindow }, { windowId: 1 })).toBe('window');
    expect(openWindow).toHaveBeenCalledTimes(2);
  });
});
