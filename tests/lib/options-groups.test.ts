import { describe, expect, it } from 'vitest';
import { OPTIONS_GROUPS, groupOfHash, pageOnInstalled } from '../../lib/options/groups';
import { departementOfTerritory } from '../../lib/options/departement';

describe('options page parts', () => {
  it('come in the order of the table of contents', () => {
    expect(OPTIONS_GROUPS.map((g) => g.id)).toEqual(['reseau', 'territoire', 'annuaire', 'sites-de-suivi', 'sauvegarde', 'a-propos']);
  });

  it.each([
    ['#annuaire', 'annuaire'],
    ['#import', 'annuaire'],
    ['#backup', 'sauvegarde'],
    ['#territory', 'territoire'],
    ['#a-propos', 'a-propos'],
    ['', undefined],
    ['#nowhere', undefined],
  ])('%s is in %s', (hash, group) => {
    expect(groupOfHash(hash)).toBe(group);
  });
});

describe('the département the welcome offers', () => {
  const place = (kind: 'commune' | 'epci' | 'departement', code: string, codes: string[] = [code]) => ({ kind, code, label: code, codes });
  it.each([
    [[place('commune', '34301')], '34'],
    [[place('commune', '2A004')], '2A'],
    [[place('commune', '97411')], '974'],
    [[place('departement', '30')], '30'],
    [[place('epci', '243400017', ['243400017', '34022', '34057'])], '34'],
    [[], undefined],
  ])('%j -> %s', (places, code) => {
    expect(departementOfTerritory(places)).toBe(code);
  });
});

describe('what the install opens (issue 21)', () => {
  it('opens the welcome on a first install only, never on an update', () => {
    expect(pageOnInstalled('install')).toBe('/options.html#bienvenue');
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) expect(pageOnInstalled(reason)).toBeUndefined();
  });
});
