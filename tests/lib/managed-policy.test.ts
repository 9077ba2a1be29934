import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Geography } from '../../lib/geography';
import { parsePolicy, EMPTY_POLICY } from '../../lib/managed/policy';
import { applyManagedPolicy, caseSiteAllowed, resolveTerritory, subscriptionAllowed, type ManagedDeps } from '../../lib/managed/apply';
import { effectiveSettings, loadEffectiveSettings, managedStateItem, saveSettings, territoryCodes, type ManagedState } from '../../lib/settings';

const geo: Geography = {
  source: 'test',
  departements: [['34', 'Hérault'], ['2A', 'Corse-du-Sud']],
  epci: [['200066355', 'CA Sète Agglopôle Méditerranée']],
  communes: [
    ['34301', 'Sète', '34200', 0],
    ['34108', 'Frontignan', '34110', 0],
    ['34200', 'Pézènes-les-Mines', '34600', -1],
  ],
};

describe('the structure’s policy, checked', () => {
  it('takes a complete policy as given', () => {
    const { policy, problems } = parsePolicy({
      territory: ['200066355', '34', '2a'],
      subscriptions: [{ url: 'https://annuaire.exemple.fr/equipe.csv', label: 'Équipe Thau', coordinatorEmail: 'coordination@exemple.fr' }],
      caseSites: ['https://emplois.inclusion.beta.gouv.fr/dashboard', 'dossier.exemple.fr'],
      locked: { territory: true, subscriptions: true, caseSites: false },
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      territory: ['200066355', '34', '2A'],
      subscriptions: [{ url: 'https://annuaire.exemple.fr/equipe.csv', label: 'Équipe Thau', coordinatorEmail: 'coordination@exemple.fr' }],
      caseSites: ['https://emplois.inclusion.beta.gouv.fr', 'https://dossier.exemple.fr'],
      locked: { territory: true, subscriptions: true, caseSites: false },
    });
  });

  it('no policy is an empty policy, without a message', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: EMPTY_POLICY, problems: [] });
    expect(parsePolicy({})).toEqual({ policy: EMPTY_POLICY, problems: [] });
  });

  it('leaves out each bad entry with a French message naming the setting and the entry, and keeps the good ones', () => {
    const { policy, problems } = parsePolicy({
      territory: ['34301', 'Sète'],
      subscriptions: [{ url: 'http://annuaire.exemple.fr/a.csv' }, { url: 'https://ok.exemple.fr/a.csv', coordinatorEmail: 'pas-une-adresse' }, 'https://x', { url: 'https://ok.exemple.fr/b.csv' }],
      caseSites: ['ftp://dossier.exemple.fr', 42],
      locked: { territory: 'oui', everything: true },
      theme: 'sombre',
    });
    expect(policy.territory).toEqual(['34301']);
    expect(policy.subscriptions).toEqual([{ url: 'https://ok.exemple.fr/b.csv' }]);
    expect(policy.caseSites).toEqual([]);
    expect(policy.locked).toEqual({ territory: false, subscriptions: false, caseSites: false });
    expect(problems).toEqual([
      'Réglage inconnu « theme » : ignoré (réglages possibles : territory, subscriptions, caseSites, locked).',
      'Réglage territory (territoire), élément 2 : « Sète » n’est pas un code de commune (INSEE, 5 caractères), d’EPCI (SIREN, 9 chiffres) ou de département. Élément ignoré.',
      expect.stringMatching(/^Réglage subscriptions \(abonnements\), élément 1 : « http:\/\/annuaire\.exemple\.fr\/a\.csv » — Adresse en http:\/\/ refusée.*Élément ignoré\.$/),
      'Réglage subscriptions (abonnements), élément 2 : coordinatorEmail « pas-une-adresse » n’est pas une adresse électronique. Élément ignoré.',
      expect.stringMatching(/^Réglage subscriptions \(abonnements\), élément 3 : « https:\/\/x » n’a pas la forme/),
      expect.stringMatching(/^Réglage caseSites \(sites de suivi\), élément 1 : Adresse du site : « ftp: »/),
      'Réglage caseSites (sites de suivi), élément 2 : « 42 » n’est pas une adresse de site. Élément ignoré.',
      'Réglage locked (réglages verrouillés).territory : true ou false attendu, pas « oui ». Non verrouillé.',
      'Réglage locked (réglages verrouillés) : « everything » ne peut pas être verrouillé (possibles : territory, subscriptions, caseSites).',
    ]);
  });

  it('a policy of the wrong shape is ignored as a whole, with a message', () => {
    expect(parsePolicy('territory=34').problems).toEqual(['La stratégie de votre structure n’est pas un objet de réglages : elle est ignorée.']);
    expect(parsePolicy({ territory: '34' }).problems[0]).toBe('Réglage territory (territoire) : une liste est attendue, pas « 34 ». Réglage ignoré.');
  });
});

describe('the territory of a policy', () => {
  it('turns codes into places, an EPCI with its communes, and names unknown codes', () => {
    const { places, problems } = resolveTerritory(geo, ['200066355', '34', '34999']);
    expect(places).toEqual([
      { kind: 'epci', code: '200066355', label: 'CA Sète Agglopôle Méditerranée (EPCI)', codes: ['34301', '34108'] },
      { kind: 'departement', code: '34', label: 'Hérault (34)', codes: [] },
    ]);
    expect(problems).toEqual(['Réglage territory (territoire) : le code « 34999 » n’est pas une commune connue (test). Élément ignoré.']);
  });

  it('comes first in the search, before the counsellor’s own places, which it replaces when locked', () => {
    const own = { kind: 'commune' as const, code: '34200', label: 'Pézènes', codes: [] };
    const managed: ManagedState = { policy: { ...EMPTY_POLICY, territory: ['34301'] }, territory: [{ kind: 'commune', code: '34301', label: 'Sète', codes: [] }], problems: [], checkedAt: 0 };
    expect(territoryCodes(effectiveSettings({ territory: [own] }, managed))).toEqual(['34301', '34200']);
    const locked = { ...managed, policy: { ...managed.policy, locked: { ...EMPTY_POLICY.locked, territory: true } } };
    expect(territoryCodes(effectiveSettings({ territory: [own] }, locked))).toEqual(['34301']);
    expect(effectiveSettings({ territory: [own] }, null)).toEqual({ territory: [own] });
  });
});

describe('applying a policy in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  function deps(policy: unknown, granted: string[] = [], overrides: Partial<ManagedDeps> = {}) {
    const calls = { subscribed: [] as string[], enabled: [] as string[], geography: 0 };
    let applied = { subscriptions: [] as string[], caseSites: [] as string[] };
    const sources = new Set<string>();
    const d: ManagedDeps = {
      readPolicy: async () => policy,
      geography: async () => {
        calls.geography++;
        return geo;
      },
      hasPermission: async (pattern) => granted.includes(pattern),
      loadState: () => managedStateItem.getValue(),
      saveState: (state) => managedStateItem.setValue(state),
      loadApplied: async () => applied,
      saveApplied: async (next) => {
        applied = next;
      },
      subscribe: async (url) => {
        calls.subscribed.push(url);
        sources.add(`url:${url}`);
      },
      hasSource: async (id) => sources.has(id),
      enableSite: async (origin) => void calls.enabled.push(origin),
      enabledSites: async () => calls.enabled,
      now: () => 1000,
      ...overrides,
    };
    return { d, calls, sources };
  }

  const policy = {
    territory: ['34301'],
    subscriptions: [{ url: 'http://127.0.0.1:8080/equipe.csv', label: 'Équipe' }],
    caseSites: ['https://dossier.exemple.fr'],
  };

  it('keeps the checked policy and its territory for the pages, and sets up what the browser already grants', async () => {
    const { d, calls } = deps(policy, ['http://127.0.0.1/*']);
    const state = await applyManagedPolicy(d);
    expect(state.territory.map((p) => p.label)).toEqual(['Sète (34) — 34200']);
    expect(await managedStateItem.getValue()).toEqual(state);
    expect(calls.subscribed).toEqual(['http://127.0.0.1:8080/equipe.csv']);
    // The case site's origin is not granted: it waits for the counsellor's « Autoriser ».
    expect(calls.enabled).toEqual([]);
    await saveSettings({ territory: [] });
    expect(territoryCodes(await loadEffectiveSettings())).toEqual(['34301']);
  });

  it('sets up a subscription once: removed by the counsellor, it is not downloaded again at the next start', async () => {
    const { d, calls, sources } = deps(policy, ['http://127.0.0.1/*', 'https://dossier.exemple.fr/*']);
    await applyManagedPolicy(d);
    expect(calls.enabled).toEqual(['https://dossier.exemple.fr']);
    sources.clear();
    await applyManagedPolicy(d);
    expect(calls.subscribed).toHaveLength(1);
    // Nor is the geography read again when the codes did not change (the service worker starts often).
    expect(calls.geography).toBe(1);
  });

  it('a policy the browser cannot read, or a subscription that fails, never throws and says why', async () => {
    const { d } = deps(undefined, ['http://127.0.0.1/*'], { readPolicy: () => Promise.reject(new Error('Managed storage manifest not found')) });
    expect((await applyManagedPolicy(d)).problems).toEqual([]);
    const failing = deps(policy, ['http://127.0.0.1/*'], { subscribe: () => Promise.reject(new Error('Le serveur a répondu 500')) });
    const state = await applyManagedPolicy(failing.d);
    expect(state.problems).toEqual(['Abonnement de votre structure Équipe non téléchargé : Le serveur a répondu 500']);
    expect(state.territory).toHaveLength(1);
  });

  it('locks: only the structure’s subscriptions and sites may be added', () => {
    const locked = parsePolicy({ ...policy, locked: { subscriptions: true, caseSites: true } }).policy;
    expect(subscriptionAllowed(locked, 'http://127.0.0.1:8080/equipe.csv')).toBe(true);
    expect(subscriptionAllowed(locked, 'https://autre.exemple.fr/a.csv')).toBe(false);
    expect(subscriptionAllowed(parsePolicy(policy).policy, 'https://autre.exemple.fr/a.csv')).toBe(true);
    expect(caseSiteAllowed(locked, 'https://dossier.exemple.fr')).toBe(true);
    expect(caseSiteAllowed(locked, 'https://autre.exemple.fr')).toBe(false);
    expect(caseSiteAllowed(undefined, 'https://autre.exemple.fr')).toBe(true);
  });
});

describe('a policy read again at each start', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written only when it changed (open pages watch it)', async () => {
    let writes = 0;
    const d: ManagedDeps = {
      readPolicy: async () => ({ caseSites: ['https://dossier.exemple.fr'] }),
      geography: async () => geo,
      hasPermission: async () => false,
      loadState: () => managedStateItem.getValue(),
      saveState: async (state) => {
        writes++;
        await managedStateItem.setValue(state);
      },
      loadApplied: async () => ({ subscriptions: [], caseSites: [] }),
      saveApplied: async () => undefined,
      subscribe: async () => undefined,
      hasSource: async () => false,
      enableSite: async () => undefined,
      enabledSites: async () => [],
    };
    await applyManagedPolicy(d);
    await applyManagedPolicy(d);
    expect(writes).toBe(1);
    d.readPolicy = async () => ({ caseSites: ['https://autre.exemple.fr'] });
    await applyManagedPolicy(d);
    expect(writes).toBe(2);
    expect((await managedStateItem.getValue())!.policy.caseSites).toEqual(['https://autre.exemple.fr']);
  });
});
