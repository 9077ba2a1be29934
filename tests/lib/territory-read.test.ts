import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { SettingsSchema } from '../../lib/schema';
import { loadEffectiveSettings, managedStateItem, saveSettings, type ManagedState } from '../../lib/settings';
import { readEffectiveSettings, stampedSettingsOf, touchesTerritory } from '../../lib/territory-read';

beforeEach(() => fakeBrowser.reset());

const sete = { kind: 'commune' as const, code: '34301', label: 'Sète (34)', codes: [] };
const thau = { kind: 'epci' as const, code: '200066355', label: 'CA Sète Agglopôle Méditerranée (EPCI)', codes: ['34301', '34108'] };
const herault = { kind: 'departement' as const, code: '34', label: 'Hérault (34)', codes: [] };

/** What lib/settings accepts: the stamped value checked with zod and the settings' schema. */
const Stamped = z.object({ savedAt: z.number(), value: SettingsSchema });

/** Values near the schema's edges: good places, and each way one can be wrong. */
const codeish = fc.oneof(fc.constantFrom('34', '2A', '34301', '200066355', '34108', 'x', '123456', '1234567890', '34 301', '', 'é3'), fc.string({ maxLength: 10 }));
const goodPlace = fc.record({
  kind: fc.constantFrom('commune', 'epci', 'departement'),
  code: fc.constantFrom('34', '2A', '974', '34301', '200066355'),
  label: fc.constantFrom('Sète (34)', 'x', 'x'.repeat(200)),
  codes: fc.array(fc.constantFrom('34301', '34108', '2A004'), { maxLength: 3 }),
});
const anyPlace = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('commune', 'epci', 'departement', 'region', ''), fc.integer()),
    code: fc.oneof(codeish, fc.integer()),
    label: fc.oneof(fc.constantFrom('Sète (34)', '', 'x'.repeat(200), 'x'.repeat(201)), fc.string(), fc.constant(null)),
    codes: fc.oneof(fc.array(codeish, { maxLength: 4 }), fc.constant('34301'), fc.constant(undefined)),
    extra: fc.anything(),
  },
  { requiredKeys: ['kind', 'code', 'label'] },
);
const place = fc.oneof(goodPlace, goodPlace, anyPlace);
const stamped = fc.oneof(
  fc.record(
    {
      savedAt: fc.oneof(fc.integer(), fc.double(), fc.constant('1'), fc.constant(Number.POSITIVE_INFINITY)),
      value: fc.oneof(fc.record({ territory: fc.oneof(fc.array(place, { maxLength: 3 }), fc.constant(undefined), fc.constant(null)), other: fc.anything() }, { requiredKeys: [] }), fc.constant(null), fc.array(fc.anything())),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('the territory read without zod (lib/territory-read)', () => {
  it('accepts and rejects exactly what the settings’ zod schema does', () => {
    const seen = { accepted: 0, placesAccepted: 0, rejected: 0 };
    fc.assert(
      fc.property(stamped, (raw) => {
        const parsed = Stamped.safeParse(raw);
        expect(stampedSettingsOf(raw)).toEqual(parsed.success ? parsed.data : undefined);
        if (!parsed.success) seen.rejected++;
        else if (parsed.data.value.territory.length > 0) seen.placesAccepted++;
        else seen.accepted++;
      }),
      { numRuns: 3000 },
    );
    // The generated values cover both sides, places included.
    expect(seen.rejected).toBeGreaterThan(100);
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.placesAccepted).toBeGreaterThan(5);
    // Too many places, too many member codes: refused by both.
    const many = { savedAt: 1, value: { territory: Array.from({ length: 51 }, () => sete) } };
    expect(stampedSettingsOf(many)).toBeUndefined();
    expect(Stamped.safeParse(many).success).toBe(false);
    const wide = { savedAt: 1, value: { territory: [{ ...thau, codes: Array.from({ length: 2001 }, () => '34301') }] } };
    expect(stampedSettingsOf(wide)).toBeUndefined();
    expect(Stamped.safeParse(wide).success).toBe(false);
  });

  it('gives the same effective territory as lib/settings, with and without the structure’s policy', async () => {
    expect(await readEffectiveSettings(fakeBrowser.storage)).toEqual({ territory: [] });
    await saveSettings({ territory: [sete, thau] });
    expect(await readEffectiveSettings(fakeBrowser.storage)).toEqual(await loadEffectiveSettings());
    expect((await readEffectiveSettings(fakeBrowser.storage)).territory).toEqual([sete, thau]);
    // An older local fallback loses to the newer synced copy; a newer one wins.
    await fakeBrowser.storage.local.set({ settingsFallback: { savedAt: 1, value: { territory: [herault] } } });
    expect((await readEffectiveSettings(fakeBrowser.storage)).territory).toEqual([sete, thau]);
    await fakeBrowser.storage.local.set({ settingsFallback: { savedAt: Date.now() + 60_000, value: { territory: [herault] } } });
    expect(await readEffectiveSettings(fakeBrowser.storage)).toEqual(await loadEffectiveSettings());
    expect((await readEffectiveSettings(fakeBrowser.storage)).territory).toEqual([herault]);
    const managed = (locked: boolean): ManagedState => ({
      policy: { territory: ['34'], subscriptions: [], caseSites: [], locked: { territory: locked, subscriptions: false, caseSites: false } },
      territory: [sete],
      problems: [],
      checkedAt: 1,
    });
    for (const locked of [false, true]) {
      await managedStateItem.setValue(managed(locked));
      expect(await readEffectiveSettings(fakeBrowser.storage)).toEqual(await loadEffectiveSettings());
    }
    expect((await readEffectiveSettings(fakeBrowser.storage)).territory).toEqual([sete]);
    // A malformed synced value is ignored, as lib/settings ignores it.
    await fakeBrowser.storage.local.remove(['settingsFallback', 'managedState']);
    await fakeBrowser.storage.sync.set({ settings: { savedAt: 5, value: { territory: [{ ...sete, code: 'Sète' }] } } });
    expect(await readEffectiveSettings(fakeBrowser.storage)).toEqual({ territory: [] });
    expect(await loadEffectiveSettings()).toEqual({ territory: [] });
  });

  it('knows which storage changes touch the territory', () => {
    expect(touchesTerritory({ settings: {} }, 'sync')).toBe(true);
    expect(touchesTerritory({ favourites: {} }, 'sync')).toBe(false);
    expect(touchesTerritory({ managedState: {} }, 'local')).toBe(true);
    expect(touchesTerritory({ settingsFallback: {} }, 'local')).toBe(true);
    expect(touchesTerritory({ lastQuery: {} }, 'session')).toBe(false);
  });
});
