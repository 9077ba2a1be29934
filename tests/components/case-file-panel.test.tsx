// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PartnerSummary, SearchHit, SearchOptions } from '../../lib/search';
import type { TabCaseState } from '../../lib/case-file/tab-needs';
import { DbContext } from '../../components/db-context';
import { useDbAndRoot, waitUntil } from '../support/component-db';

/** The directory: 12 partners for housing, 150 for mobility, 1 for health. */
const partnersFor: Record<string, number> = { 'logement-hebergement': 12, mobilite: 150, sante: 1 };
/** How to reach some of them: a phone and hours always open, hours always closed, a short number. */
const reach: Record<string, Partial<PartnerSummary>> = {
  'logement-hebergement-0': { telephone: '04 67 74 00 00', horaires_accueil: 'Mo-Su 00:00-24:00' },
  'logement-hebergement-1': { horaires_accueil: 'Mo-Su off' },
  'sante-0': { telephone: '3646' },
};
const directory = {
  search: vi.fn(async (_query: string, options: SearchOptions): Promise<SearchHit<PartnerSummary>[]> => {
    const category = options.categories?.[0] ?? '';
    const count = Math.min(partnersFor[category] ?? 0, options.limit ?? 30);
    return Array.from({ length: count }, (_, i) => ({ score: 1, partner: { id: `${category}-${i}`, nom: `Partenaire ${category} ${i + 1}`, commune: 'Sète', code_postal: '34200', ...reach[`${category}-${i}`] } as PartnerSummary }));
  }),
  summaries: async () => [],
  load: async () => undefined,
};
vi.mock('../../components/search/use-directory', () => ({ useDirectory: () => directory }));
const { CaseFilePanel } = await import('../../components/panel/CaseFilePanel');

const env = useDbAndRoot();
let tabId = 0;
let answer: { state: TabCaseState | null; siteEnabled: boolean };
let explanation: unknown;
const sendToTab = vi.fn();

beforeEach(async () => {
  fakeBrowser.reset();
  const tab = await fakeBrowser.tabs.create({ url: `https://dossier.exemple.fr/usagers/${Math.random()}`, active: true });
  tabId = tab.id!;
  // The popup opened for one tab (`popup.html?tab=<id>`, as the end-to-end tests open it).
  history.replaceState(null, '', `/popup.html?tab=${tabId}`);
  answer = {
    state: { tabId, origin: 'https://dossier.exemple.fr', file: 1, oneShot: false, frames: [0], needs: [{ category: 'logement-hebergement' }, { category: 'mobilite' }, { category: 'sante' }] } as TabCaseState,
    siteEnabled: true,
  };
  explanation = [
    { category: 'logement-hebergement', why: [{ text: 'Sans hébergement', mark: 'checked' }] },
    { category: 'mobilite', why: [{ text: 'Pas de permis de conduire' }, { text: 'Vélo', mark: 'chosen' }] },
  ];
  // The background's answer about the tab (ids only).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
    message.type === 'case:tab-state' ? { ok: true, value: answer } : { ok: true, value: null }) as never);
  sendToTab.mockReset();
  sendToTab.mockImplementation(async () => explanation);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendToTab as never);
});

const show = (props: { offerRead?: boolean; initiallyOpen?: boolean } = {}) =>
  render(
    <DbContext.Provider value={env.db}>
      <CaseFilePanel follow={false} offerRead={props.offerRead ?? true} initiallyOpen={props.initiallyOpen} />
    </DbContext.Provider>,
    env.root,
  );
const chips = () => [...env.root.querySelectorAll<HTMLButtonElement>('.case-chip')];
const chipNames = () => chips().map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim());
const needHeadings = () => [...env.root.querySelectorAll('.case-need__label')].map((h) => h.textContent);
const button = (name: string) => [...env.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

describe('« Pour ce dossier »: the compact block', () => {
  it('shows the needs as chips with their number of partners, closed, without asking the page anything', async () => {
    show();
    await waitUntil(() => chipNames().length === 3 && chips().every((chip) => chip.querySelector('.case-chip__count')));
    expect(chipNames()).toEqual(['Logement et hébergement 12 partenaires', 'Mobilité 99+ partenaires', 'Santé 1 partenaire']);
    expect(chips().map((chip) => chip.querySelector('.case-chip__count')?.firstChild?.textContent)).toEqual(['12', '99+', '1']);
    expect(env.root.querySelector('h2')?.textContent).toBe('Pour ce dossier');
    expect(button('Voir le détail')?.getAttribute('aria-expanded')).toBe('false');
    expect(needHeadings()).toEqual([]);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('a chip opens the block on its need: the statement it was read from, its partners; « Écarter » hides it for this file', async () => {
    show();
    await waitUntil(() => chips().length === 3);
    chips()[1].click();
    await waitUntil(() => needHeadings().length === 3);
    expect(document.activeElement?.textContent).toBe('Mobilité');
    expect(button('Masquer le détail')?.getAttribute('aria-expanded')).toBe('true');
    await waitUntil(() => env.root.querySelectorAll('.case-need__why li').length === 3);
    expect(sendToTab).toHaveBeenCalledWith(tabId, { type: 'case:explain' }, { frameId: 0 });
    const whyOf = (i: number) => [...env.root.querySelectorAll('.case-need')[i].querySelectorAll('.case-need__why li')].map((li) => li.textContent);
    expect(whyOf(0)).toEqual(['lu : « Sans hébergement » — coché']);
    expect(whyOf(1)).toEqual(['lu : « Pas de permis de conduire »', 'lu : « Vélo » — choisi']);
    expect(whyOf(2)).toEqual([]);
    await waitUntil(() => env.root.querySelectorAll('.case-need')[0].querySelectorAll('.case-partner').length === 3);
    expect(button('Montrer dans la page les mots qui indiquent Mobilité')).toBeDefined();

    button('Écarter le besoin Mobilité pour ce dossier')!.click();
    await waitUntil(() => needHeadings().length === 2);
    expect(needHeadings()).toEqual(['Logement et hébergement', 'Santé']);
    expect(chips().map((chip) => chip.querySelector('.case-chip__label')?.textContent)).toEqual(['Logement et hébergement', 'Santé']);
    expect(env.root.textContent).toContain('1 besoin(s) écarté(s) pour ce dossier.');
    button('Rétablir')!.click();
    await waitUntil(() => chips().length === 3);
  });

  it('a partner row gives its phone to call and whether it is open now, as the search rows do', async () => {
    show({ initiallyOpen: true });
    await waitUntil(() => env.root.querySelectorAll('.case-need')[0]?.querySelectorAll('.case-partner').length === 3);
    const rows = [...env.root.querySelectorAll('.case-need')[0].querySelectorAll('.case-partners > li')];
    const call = rows[0].querySelector('a');
    expect(call?.getAttribute('href')).toBe('tel:+33467740000');
    expect(call?.getAttribute('aria-label')).toBe('Appeler le 04 67 74 00 00');
    expect(rows[0].querySelector('.hours-dot--open')?.textContent).toBe('Ouvert');
    // The link sits beside the button that opens the card, never inside it.
    expect(rows[0].querySelector('button a, button .hours-dot')).toBeNull();
    expect(rows[1].querySelector('a')).toBeNull();
    expect(rows[1].querySelector('.hours-dot--closed')?.textContent).toBe('Fermé');
    expect(rows[2].querySelector('.case-partner__reach')).toBeNull();
    await waitUntil(() => env.root.querySelectorAll('.case-need')[2]?.querySelectorAll('.case-partner').length === 1);
    const health = env.root.querySelectorAll('.case-need')[2].querySelector('.case-partners > li')!;
    expect(health.querySelector('a')?.getAttribute('href')).toBe('tel:3646');
    expect(health.querySelector('.hours-dot')).toBeNull();
  });

  it('shows nothing of an answer that fails its check (too long a line)', async () => {
    explanation = [{ category: 'mobilite', why: [{ text: 'x'.repeat(500) }] }];
    show({ initiallyOpen: true });
    await waitUntil(() => needHeadings().length === 3 && sendToTab.mock.calls.length > 0);
    // The frame's answer has arrived; its check and the render that follows are microtasks, all
    // done before the next macrotask.
    await Promise.all(sendToTab.mock.results.map((result) => result.value));
    await new Promise((r) => setTimeout(r, 0));
    expect(env.root.querySelectorAll('.case-need__why li')).toHaveLength(0);
    expect(env.root.textContent).not.toContain('xxxx');
  });

  it('on a web page not switched on: « Lire ce dossier » as a small button, no block, no heading', async () => {
    answer = { state: null, siteEnabled: false };
    show();
    await waitUntil(() => Boolean(button('Lire ce dossier')));
    expect(env.root.querySelector('section, h2, .case-file')).toBeNull();
    expect(button('Activer sur ce site')).toBeDefined();
    expect(document.getElementById(button('Lire ce dossier')!.getAttribute('aria-describedby')!)?.textContent).toMatch(/Rien de la page ne quitte le navigateur/);
    render(null, env.root);
    const asked = vi.mocked(fakeBrowser.runtime.sendMessage);
    const before = asked.mock.calls.length;
    show({ offerRead: false });
    // Once the background's answer about the tab has arrived and rendered (microtasks, all done
    // before the next macrotask), nothing is shown.
    await waitUntil(() => asked.mock.calls.length > before);
    await Promise.all(asked.mock.results.slice(before).map((result) => result.value));
    await new Promise((r) => setTimeout(r, 0));
    expect(env.root.innerHTML).toBe('');
  });
});
