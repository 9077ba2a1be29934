import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addGroup, RepereDB } from '../../lib/db';
import { contactText } from '../../lib/contact-text';
import { parseDataInclusion } from '../../lib/directory';
import { translateFrench } from '../../lib/i18n-french';
import { parseDirectoryFile } from '../../lib/import';
import { judgeImport } from '../../lib/import/commit';
import { interruptedMessage } from '../../lib/import/interrupted';
import { refreshSource, subscribe } from '../../lib/import/subscriptions';
import { createMessageRouter, type Handlers } from '../../lib/messages';
import { speakEnglishInEachTest } from '../support/english-catalogue';
import { service, structure } from '../fixtures/records';

// What a refused import or refresh says, and what the card copies, on an English browser.
speakEnglishInEachTest();

const utf8 = (text: string) => new TextEncoder().encode(text);
const URL_ = 'https://team.example/directory.csv';
let db: RepereDB | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

describe('a refused import, on an English page', () => {
  it('says why in English, its first problem included', () => {
    // The import worker has no browser i18n: it writes French from the catalogue, the page translates.
    const { reason } = judgeImport(parseDirectoryFile(utf8('nom;commune\n;Sète\n'), 'team.csv'));
    expect(reason).toBe('Aucun partenaire valide : Structure non importée : champ obligatoire « Nom » vide ou absent');
    expect(translateFrench(reason!)).toBe('No valid partner: Structure not imported: required field “Name” empty or missing');
  });

  it('refuses a subscription whose file has no valid partner, in English', async () => {
    db = new RepereDB(`repere-english-${Math.random().toString(36).slice(2)}`);
    const deps = { fetch: async () => new Response('nom;commune\n;Sète\n', { headers: { 'content-type': 'text/csv' } }), hasPermission: async () => false };
    const refused = await subscribe(db, URL_, undefined, deps).then(() => '', (error: Error) => error.message);
    expect(refused).toBe('Access to https://team.example not allowed: click “Refresh” and accept the browser’s request');
    const granted = { ...deps, hasPermission: async () => true };
    const invalid = await subscribe(db, URL_, undefined, granted).then(() => '', (error: Error) => error.message);
    expect(invalid).toBe('No valid partner: Structure not imported: required field “Name” empty or missing');
  });

  it('records a failed refresh in English', async () => {
    db = new RepereDB(`repere-english-${Math.random().toString(36).slice(2)}`);
    let body = 'nom;commune;date_maj\nCCAS de Sète;Sète;2026-01-01\n';
    const deps = { fetch: async () => new Response(body, { headers: { 'content-type': 'text/csv' } }), hasPermission: async () => true };
    const { sourceId } = await subscribe(db, URL_, undefined, deps);
    body = 'nom;commune\n;Sète\n';
    const outcome = await refreshSource(db, sourceId, deps);
    expect(outcome).toMatchObject({ status: 'failed', error: 'Invalid file received: No valid partner: Structure not imported: required field “Name” empty or missing' });
    expect((await db.sources.get(sourceId))?.lastError).toBe(outcome.status === 'failed' ? outcome.error : '');
    expect(interruptedMessage()).toBe('Refresh interrupted: the extension’s service stopped before the end (browser asleep or closed). The previous data is kept; start the refresh again.');
  });
});

describe('the text a counsellor copies from a card, on an English page', () => {
  it('labels each line in English', () => {
    const [partner] = parseDataInclusion({ structures: [structure()], services: [service()] }).partners;
    const text = contactText(partner);
    expect(text.split('\n')).toEqual([
      'Mission Locale du Bassin de Thau',
      'Run by: Mission Locale',
      'Contact: Samira Benali',
      'Phone: 04 67 00 00 00',
      'E-mail: contact@ml-thau.example',
      'Address: 2 rue du Port, 34200 Sète',
      'Website: https://ml-thau.example',
    ]);
  });
});

describe('a refused message between the extension’s parts, on an English page', () => {
  it('says why in English', async () => {
    const route = createMessageRouter({} as Handlers, { extensionId: 'repere', extensionOrigin: 'chrome-extension://repere' });
    expect(await route({ type: 'core:ping' }, { id: 'another-extension' })).toEqual({ ok: false, error: 'Unknown sender: message refused.' });
    expect(await route({ type: 'no-such-type' }, { id: 'repere' })).toEqual({ ok: false, error: 'Invalid message: refused.' });
    expect(await route({ type: 'core:ping' }, { id: 'repere', url: 'https://any.example/' })).toEqual({ ok: false, error: 'This message is not allowed from a web page.' });
  });
});

describe('a refused favourites group, on an English page', () => {
  it('lib/db writes French from the catalogue; the options page shows it in English', async () => {
    db = new RepereDB(`repere-english-${Math.random().toString(36).slice(2)}`);
    const tooLong = (await addGroup(db, 'x'.repeat(61))).error ?? '';
    expect(tooLong).toBe('Nom du groupe : doit comporter au plus 60 caractères');
    expect(translateFrench(tooLong)).toBe('Group name: must have at most 60 characters');
    await addGroup(db, 'Logement');
    expect(translateFrench((await addGroup(db, 'logement')).error ?? '')).toBe('The group “logement” already exists.');
  });
});
