import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Geography } from '../../lib/geography';
import { translateFrench } from '../../lib/i18n-french';
import { describeProblem, parseDirectoryFile } from '../../lib/import';
import { fetchDirectory } from '../../lib/import/fetch-directory';
import { checkSubscriptionUrl } from '../../lib/import/subscription-url';
import { parseSiteAddress } from '../../lib/case-file/sites';
import { parsePolicy } from '../../lib/managed/policy';
import { resolveTerritory } from '../../lib/managed/apply';
import { saveSettings, syncStatusItem } from '../../lib/settings';
import { FRENCH_MARKS, speakEnglishInEachTest } from '../support/english-catalogue';
import { structure } from '../fixtures/records';

// Stop 25: on an English browser, a few zod reasons, policy problems and refresh errors were
// still French, written straight into lib/ instead of taken from the catalogue.
speakEnglishInEachTest();

const utf8 = (text: string) => new TextEncoder().encode(text);
const noFrench = (texts: string[]) => {
  for (const text of texts) expect(text, text).not.toMatch(FRENCH_MARKS);
};

describe('an imported file with wrong types, on an English page', () => {
  it('gives every reason in English', () => {
    const structures = [
      { ...structure({ id: 'a', nom: 'Food bank' }), telephone: 467000000, courriel: true, latitude: 'north', thematiques: 5 },
      { ...structure({ id: 'b' }), nom: 42 },
    ];
    const { problems } = parseDirectoryFile(utf8(JSON.stringify({ structures }, null, 1)), 'directory.json', { today: '2026-11-22' });
    const english = problems.filter((p) => p.field && p.field !== 'id').map((p) => describeProblem(p, true));
    expect(english.length).toBeGreaterThanOrEqual(4);
    expect(english.find((text) => text.includes('“Phone”'))).toContain('must be text, not the number 467000000');
    expect(english.find((text) => text.includes('“Name”'))).toContain('must be text, not the number 42');
    for (const text of english) expect(text, text).not.toMatch(/doit|pas le|du texte|un nombre|valeur|liste|Ligne/);
  });

  it('translates each zod reason lib/ writes in French, with its values', () => {
    expect(translateFrench('doit être du texte, pas le texte « abc »')).toBe('must be text, not the text “abc”');
    expect(translateFrench('texte trop long (au plus 200 caractères)')).toBe('text too long (at most 200 characters)');
    expect(translateFrench('aucune des formes acceptées (reçu une liste (3 éléments))')).toBe('none of the accepted forms (got a list (3 items))');
    expect(translateFrench('valeur non reconnue (attendu : gratuit, payant)')).toBe('unrecognised value (expected: gratuit, payant)');
    // Data that only looks like a sentence is kept as written.
    expect(translateFrench('Mission Locale du Bassin de Thau')).toBe('Mission Locale du Bassin de Thau');
  });
});

describe('a bad policy, on an English page', () => {
  it('names each setting and entry left out in English', () => {
    const { problems } = parsePolicy({
      territory: ['abc', '34301'],
      subscriptions: [{ url: 'http://team.example/directory.csv' }, 42, { url: 'https://team.example/a.csv', coordinatorEmail: 'nobody' }],
      caseSites: [12, 'ftp://files.example'],
      locked: { territory: 'yes', colour: true },
      colour: 'blue',
    });
    expect(problems).toEqual([
      'Unknown setting “colour”: ignored (possible settings: territory, subscriptions, caseSites, locked).',
      'Setting territory, item 1: “abc” is not the code of a commune (INSEE, 5 characters), an EPCI (SIREN, 9 digits) or a département. Item ignored.',
      'Setting subscriptions, item 1: “http://team.example/directory.csv” — http:// address refused: only an https:// address protects the directory on its way (http is accepted on this computer only). Item ignored.',
      'Setting subscriptions, item 2: “42” does not have the form { "url": "https://…", "label": "…", "coordinatorEmail": "…" }. Item ignored.',
      'Setting subscriptions, item 3: coordinatorEmail “nobody” is not an e-mail address. Item ignored.',
      'Setting caseSites (case-management sites), item 1: “12” is not a site address. Item ignored.',
      'Setting caseSites (case-management sites), item 2: Site address: “ftp:” is not a web address (https). Item ignored.',
      'Setting locked (locked settings).territory: true or false expected, not “yes”. Not locked.',
      'Setting locked (locked settings): “colour” cannot be locked (possible: territory, subscriptions, caseSites).',
    ]);
    expect(parsePolicy('everything').problems).toEqual(['Your organisation’s policy is not an object of settings: it is ignored.']);
    expect(parsePolicy({ territory: '34' }).problems).toEqual(['Setting territory: a list is expected, not “34”. Setting ignored.']);
  });

  it('says in English which codes the geography does not know', () => {
    const geo: Geography = { source: 'INSEE 2026', departements: [['34', 'Hérault']], epci: [], communes: [['34301', 'Sète', '34200', 0]] };
    const { problems } = resolveTerritory(geo, ['34301', '34999', '200066355', '35']);
    expect(problems).toEqual([
      'Setting territory: code “34999” is not a known commune (INSEE 2026). Item ignored.',
      'Setting territory: code “200066355” is not a known EPCI (INSEE 2026). Item ignored.',
      'Setting territory: code “35” is not a known département (INSEE 2026). Item ignored.',
    ]);
  });
});

describe('addresses and downloads, on an English page', () => {
  it('refuses a case site or a subscription address in English', () => {
    const refusals = [
      ...['', 'http://files.example', 'https://exa mple', 'ftp://files.example'].map((typed) => {
        const parsed = parseSiteAddress(typed);
        return parsed.ok ? '' : parsed.error;
      }),
      ...['not an address', 'http://team.example/a.csv', 'ftp://team.example/a.csv', 'https://me:secret@team.example/a.csv'].map((typed) => {
        const checked = checkSubscriptionUrl(typed);
        return checked.ok ? '' : checked.message;
      }),
    ];
    expect(refusals).toEqual([
      'Site address: enter the address of the case-management software, for example https://dossier.exemple.fr.',
      'Site address: only https addresses are accepted (http only on this computer, 127.0.0.1).',
      'Site address: “https://exa mple” is not a web address.',
      'Site address: “ftp:” is not a web address (https).',
      'Invalid address: paste the file’s full address, starting with https://',
      'http:// address refused: only an https:// address protects the directory on its way (http is accepted on this computer only)',
      'Only https:// addresses are accepted',
      'The address must not contain a user name or a password',
    ]);
  });

  it('explains a failed download in English', async () => {
    const url = 'https://team.example/directory.csv';
    const failure = (respond: () => Promise<Response>) => fetchDirectory({ url, fetch: respond, maxBytes: 1000 }).then(() => '', (error: Error) => error.message);
    const messages = await Promise.all([
      failure(async () => new Response('<html>', { headers: { 'content-type': 'text/html' } })),
      failure(async () => new Response('', { status: 403 })),
      failure(async () => new Response('', { status: 404 })),
      failure(async () => Promise.reject(new TypeError('Failed to fetch'))),
      failure(async () => new Response('x'.repeat(5000))),
    ]);
    expect(messages).toEqual([
      'The server sent back a web page instead of a CSV or JSON file (a sign-in or error page?)',
      'Access refused by the server (403): check the token or the address',
      'The server answered 404',
      'Server unreachable (Failed to fetch)',
      'File too large (over 0 MB): subscription not updated',
    ]);
    noFrench(messages);
  });
});

describe('settings too big for the browser’s sync, on an English page', () => {
  it('say so in English', async () => {
    fakeBrowser.reset();
    const place = { kind: 'epci', label: 'CA Sète Agglopôle', code: '200066355' } as const;
    const huge = Array.from({ length: 12 }, (_, i) => ({ ...place, code: `2000663${String(i).padStart(2, '0')}`, codes: Array.from({ length: 100 }, (_, j) => String(34000 + j)) }));
    expect(await saveSettings({ territory: huge })).toBe('local');
    expect((await syncStatusItem.getValue()).settings).toBe('The browser’s sync has not enough room for your settings: they are kept on this computer only. Export a backup to take them with you.');
  });
});

describe('counts inside a translated sentence, on an English page', () => {
  it('are written the English way (« 20,000 », not « 20 000 »), a year or a code left as it is', async () => {
    const { readFollowUpFile } = await import('../../lib/partnership/sheet-file');
    const csv = ['Partenaire;Statut', ...Array.from({ length: 20_001 }, (_, i) => `Structure ${i};Actif`)].join('\n');
    const { error } = await readFollowUpFile(new TextEncoder().encode(csv), 'suivi.csv');
    expect(error).toContain('20\u202f001');
    const english = translateFrench(error!);
    expect(english).toBe('The file has 20,001 lines, over the limit of 20,000 lines for a follow-up sheet: nothing was imported. Import it as several files.');
    noFrench([english]);
    // A line number is no count of thousands: « line 2030 », not « line 2,030 ».
    const { frenchText } = await import('../../lib/i18n-french');
    expect(translateFrench(frenchText('importWhere', 2030))).toMatch(/\b2030\b/);
  });
});
