import { describe, expect, it, vi } from 'vitest';
import { cardPath, groupFrenchPhone, partnerIdOfOmnibox, toSuggestion } from '../../lib/omnibox/suggestions';
import { createOmniboxHandlers } from '../../lib/omnibox/handlers';

const ml = { id: 'ml-sete', nom: 'Mission Locale <Bassin> de Thau & Sète', commune: 'Sète', telephone: '0467000000' };
const ft = { id: 'france-travail', nom: 'France Travail', commune: null, telephone: '3949' };

describe('omnibox suggestions', () => {
  it('show name · commune · phone, escaped for Chrome’s markup, plain for Firefox', () => {
    expect(toSuggestion(ml, { markup: true, national: 'national' })).toEqual({
      content: 'fiche:ml-sete',
      description: 'Mission Locale &lt;Bassin&gt; de Thau &amp; Sète <dim>· Sète · 04 67 00 00 00</dim>',
    });
    expect(toSuggestion(ft, { markup: false, national: 'national' }).description).toBe('France Travail · national · 3949');
    // The counsellor's own partner without a commune is not a national one.
    expect(toSuggestion({ id: 'own--1', nom: 'Épicerie', commune: null, telephone: '3949' }, { markup: false, national: 'national' }).description).toBe('Épicerie · 3949');
  });

  it.each([
    ['a control character', 'CCAS\u0001 de\u001f Sète'],
    ['a line break and a tab', 'CCAS\nde\tSète'],
    ['a Hangul filler', 'CCAS\u3164de Sète'],
    ['an invisible operator', 'CCAS\u2062 de Sète'],
    ['a grapheme joiner', 'CCAS\u034f de Sète'],
    ['tag characters', 'CCAS\u{e0001}\u{e0041} de Sète'],
  ])('leave no character Chrome refuses in a suggestion when the name holds %s', (_what, nom) => {
    for (const markup of [true, false]) {
      const { description } = toSuggestion({ ...ml, nom }, { markup, national: 'national' });
      expect(description).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u034f\u2061-\u2064\u3164]|[\u{e0000}-\u{e007f}]/u);
      expect(description).toMatch(/^CCAS ?de ?Sète/);
    }
  });

  it.each([
    ['04.67.00.00.00', '04 67 00 00 00'],
    ['3949', '3949'],
    ['+33 4 67 00 00 00', '+33 4 67 00 00 00'],
  ])('groups %s as %s', (raw, grouped) => {
    expect(groupFrenchPhone(raw)).toBe(grouped);
  });

  it('knows a chosen suggestion from typed text', () => {
    expect(partnerIdOfOmnibox('fiche:ml-sete')).toBe('ml-sete');
    expect(partnerIdOfOmnibox('mission locale')).toBeUndefined();
    expect(cardPath('a b/c')).toBe('/card.html?id=a%20b%2Fc');
  });
});

describe('omnibox handlers', () => {
  const deps = () => ({
    search: vi.fn(async (query: string) => (query.includes('mission') ? [ml] : [])),
    territory: vi.fn(async () => ['34301']),
    markup: false,
    national: 'national',
    openTab: vi.fn(async () => undefined),
  });

  it('suggest partners for what is typed, with the territory', async () => {
    const d = deps();
    const handlers = createOmniboxHandlers(d);
    const suggested = await new Promise((done) => handlers.onInputChanged('mission locale sete', done));
    expect(suggested).toEqual([{ content: 'fiche:ml-sete', description: 'Mission Locale <Bassin> de Thau & Sète · Sète · 04 67 00 00 00' }]);
    expect(d.search).toHaveBeenCalledWith('mission locale sete', ['34301']);
  });

  it('open the chosen card, or the best match of typed text, in a tab', async () => {
    const d = deps();
    const handlers = createOmniboxHandlers(d);
    await handlers.onInputEntered('fiche:france-travail', 'newForegroundTab');
    expect(d.openTab).toHaveBeenLastCalledWith('/card.html?id=france-travail', 'newForegroundTab');
    expect(await handlers.onInputEntered('mission locale')).toBe('/card.html?id=ml-sete&q=mission%20locale');
    expect(await handlers.onInputEntered('zzz')).toBe('/card.html?id=&q=zzz');
  });
});
