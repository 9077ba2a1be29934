import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter, type Handlers } from '../../lib/messages';

const options = { extensionId: 'abc', extensionOrigin: 'chrome-extension://abc' };
const page = { id: 'abc', url: 'chrome-extension://abc/popup.html' };

function router() {
  const ping = vi.fn(() => ({ version: '1.0.0' }));
  const handlers: Handlers = { 'core:ping': ping };
  return { route: createMessageRouter(handlers, options), ping };
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

  it('returns a handler failure as a message instead of throwing', async () => {
    const route = createMessageRouter({ 'core:ping': () => { throw new Error('Base indisponible'); } }, options);
    expect(await route({ type: 'core:ping' }, page)).toEqual({ ok: false, error: 'Base indisponible' });
  });
});
