// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { replaceSourcePartners } from '../../lib/db';
import { EMPTY_POLICY } from '../../lib/managed/policy';
import { managedStateItem, type ManagedState } from '../../lib/settings';
import { DbContext } from '../../components/db-context';
import { SubscribeSection } from '../../components/options/SubscribeSection';
import { ManagedNotice } from '../../components/options/ManagedNotice';
import { useDbAndRoot, waitUntil } from '../support/component-db';

const env = useDbAndRoot();
beforeEach(() => fakeBrowser.reset());

const URL_ = 'https://annuaire.ml-thau.fr/repere/annuaire.csv';
const state = (locked: boolean, problems: string[] = []): ManagedState => ({
  policy: { ...EMPTY_POLICY, subscriptions: [{ url: URL_, label: 'Annuaire de la Mission Locale' }], locked: { ...EMPTY_POLICY.locked, subscriptions: locked } },
  territory: [],
  problems,
  checkedAt: 0,
});

function show() {
  render(
    <DbContext.Provider value={env.db}>
      <ManagedNotice />
      <SubscribeSection />
    </DbContext.Provider>,
    env.root,
  );
}
const authorize = () => env.root.querySelector('#managed-subscriptions button');

describe('options under a structure’s policy', () => {
  it('locked subscriptions: the structure’s directory proposed with « Autoriser », no form to add another', async () => {
    await managedStateItem.setValue(state(true));
    show();
    await waitUntil(() => authorize() !== null);
    expect(authorize()!.getAttribute('aria-label')).toBe('Autoriser l’accès à https://annuaire.ml-thau.fr');
    expect(env.root.querySelector('#managed-subscriptions')!.textContent).toContain('Annuaire de la Mission Locale — géré par votre structure');
    expect(env.root.querySelector('#subscribe-url')).toBeNull();
    expect(env.root.querySelector('#subscriptions-locked')!.textContent).toBe('Abonnements gérés par votre structure : vous ne pouvez pas en ajouter d’autres.');
    // Once downloaded (by the background or the click), nothing is left to authorise.
    await replaceSourcePartners(env.db, { id: `url:${URL_}`, kind: 'url', label: 'Annuaire de la Mission Locale', priority: 0, url: URL_ }, []);
    await waitUntil(() => authorize() === null);
  });

  it('not locked: proposed, and the counsellor’s own form stays; a changed policy shows at once with its problems', async () => {
    await managedStateItem.setValue(state(false));
    show();
    await waitUntil(() => authorize() !== null);
    expect(env.root.querySelector('#managed-subscriptions')!.textContent).toContain('proposé par votre structure');
    expect(env.root.querySelector('#subscribe-url')).not.toBeNull();
    expect(env.root.querySelector('[role="alert"]')).toBeNull();
    await managedStateItem.setValue(state(true, ['Réglage inconnu « theme » : ignoré (réglages possibles : territory, subscriptions, caseSites, locked).']));
    await waitUntil(() => env.root.querySelector('#managed-problems') !== null);
    expect(env.root.querySelector('#managed-problems')!.getAttribute('role')).toBe('alert');
    expect(env.root.querySelector('#managed-problems li')!.textContent).toContain('Réglage inconnu « theme »');
    await waitUntil(() => env.root.querySelector('#subscribe-url') === null);
  });
});
