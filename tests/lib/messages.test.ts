import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter, type Handlers } from '../../lib/messages';

const options = { extensionId: 'abc', extensionOrigin: 'chrome-extension://abc' };
const page = { id: 'abc', url: 'chrome-extension://abc/popup.html' };
/** « Pour ce dossier » handlers, tested in case-file.test.ts. */
const caseHandlers = {
  'case:needs': vi.fn(), 'case:read-once': vi.fn(), 'case:site-pending': vi.fn(), 'case:enable-site': vi.fn(),
  'case:disable-site': vi.fn(), 'case:list-sites': vi.fn(), 'case:tab-state': vi.fn(), 'case:show-in-page': vi.fn(),
};

function router() {
  const ping = vi.fn(() => ({ version: '1.0.0' }));
  const subscribe = vi.fn(() => ({ status: 'updated' }));
  const handlers: Handlers = { 'core:ping': ping, 'sources:subscribe': subscribe, 'sources:subscribe-national': vi.fn(), 'sources:refresh': vi.fn(), 'search:refresh-index': vi.fn(() => ({ rebuilt: false })), ...caseHandlers };
  return { route: createMessageRouter(handlers, options), ping, subscribe };
}

describe('message router', () => {
  it('routes a valid message from an extension page to its handler', async () => {
    const { route, ping } = router();
    expect(await route({ type: 'core:ping' }, page)).toEqual({ ok: true, value: { version: '1.0.0' } });
    expect(ping).toHaveBeenCalledOnce();
  });

  it.each([
    [{ type: 'core:ping' }, { id: 'other', url: 'chrome-extension://other/x.html' }, /Expéditeur inconnu/],
    [{ type: 'core:ping' }, { id: 'abc', url: 'https://evil.example/', tab: { id: 3 } }, /page web/],
    [{ type: 'nope' }, page, /Message invalide/],
    ['core:ping', page, /Message invalide/],
    [null, page, /Message invalide/],
  ])('refuses %j from %j', async (message, sender, error) => {
    const { route, ping } = router();
    const result = await route(message, sender);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
    expect(ping).not.toHaveBeenCalled();
  });

  it('accepts an extension page opened in a tab, but not a web page imitating its path', async () => {
    const { route, ping } = router();
    expect(await route({ type: 'core:ping' }, { ...page, tab: { id: 4, url: page.url } })).toMatchObject({ ok: true });
    expect(await route({ type: 'core:ping' }, { id: 'abc', url: 'chrome-extension://abcd/popup.html', tab: { id: 5 } })).toMatchObject({ ok: false });
    expect(ping).toHaveBeenCalledOnce();
  });

  it('returns a handler failure as a message instead of throwing', async () => {
    const route = createMessageRouter({ 'core:ping': () => { throw new Error('Base indisponible'); }, 'sources:subscribe': vi.fn(), 'sources:subscribe-national': vi.fn(), 'sources:refresh': vi.fn(), 'search:refresh-index': vi.fn(() => ({ rebuilt: false })), ...caseHandlers }, options);
    expect(await route({ type: 'core:ping' }, page)).toEqual({ ok: false, error: 'Base indisponible' });
  });

  it('accepts an extension page opened in a tab (the options page)', async () => {
    const { route, ping } = router();
    expect(await route({ type: 'core:ping' }, { id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 7, url: 'chrome-extension://abc/options.html' } })).toMatchObject({ ok: true });
    expect(await route({ type: 'core:ping' }, { id: 'abc', url: 'chrome-extension://abc.evil.example/x', tab: { id: 7 } })).toMatchObject({ ok: false });
    expect(ping).toHaveBeenCalledOnce();
  });

  it('accepts a subscription from an extension page only, with a bounded URL', async () => {
    const { route, subscribe } = router();
    expect(await route({ type: 'sources:subscribe', url: 'https://equipe.example/a.csv' }, page)).toMatchObject({ ok: true });
    expect(await route({ type: 'sources:subscribe', url: 'https://equipe.example/a.csv' }, { id: 'abc', url: 'https://evil.example/', tab: { id: 1 } })).toMatchObject({ ok: false });
    expect(await route({ type: 'sources:subscribe', url: `https://x.example/${'a'.repeat(3000)}` }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'sources:refresh' }, page)).toMatchObject({ ok: false });
    // The coordinator's address is optional, and an address when given.
    expect(await route({ type: 'sources:subscribe', url: 'https://equipe.example/a.csv', coordinatorEmail: 'pas une adresse' }, page)).toMatchObject({ ok: false });
    expect(subscribe).toHaveBeenCalledOnce();
    expect(await route({ type: 'sources:subscribe', url: 'https://equipe.example/a.csv', coordinatorEmail: 'coordination@equipe.example' }, page)).toMatchObject({ ok: true });
    expect(subscribe).toHaveBeenLastCalledWith(expect.objectContaining({ coordinatorEmail: 'coordination@equipe.example' }), expect.anything());
  });
});
