import { describe, expect, it } from 'vitest';
import { groupPhone, isSafeHref, mailtoHref, postalAddress, telHref } from '../../lib/contact';
import { contactText } from '../../lib/contact-text';
import { freshnessOf } from '../../lib/freshness';
import { parseDataInclusion } from '../../lib/directory';
import { service, structure } from '../fixtures/records';

describe('links', () => {
  it.each([
    ['04 67 00 00 00', 'tel:+33467000000'],
    ['04.67.00.00.00', 'tel:+33467000000'],
    // Issue 13: E.164, without the "(0)" trunk prefix.
    ['+33 (0)4 67 00 00 02', 'tel:+33467000002'],
    ['+33 04 67 00 00 02', 'tel:+33467000002'],
    ['0033 4 67 00 00 02', 'tel:+33467000002'],
    ['06 12 34 56 78', 'tel:+33612345678'],
    ['0262 12 34 56', 'tel:+262262123456'],
    ['0690 12 34 56', 'tel:+590690123456'],
    ['+33 4 67 00 00 00', 'tel:+33467000000'],
    ['3949', 'tel:3949'],
    ['116 006', 'tel:116006'],
    ['appeler la mairie', null],
    ['', null],
    [null, null],
  ])('telHref(%s) is %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it.each([
    ['contact@ccas.example', 'mailto:contact@ccas.example'],
    ['pas un mail', null],
    ['a@b', null],
  ])('mailtoHref(%s) is %s', (email, href) => {
    expect(mailtoHref(email)).toBe(href);
  });

  it.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['tel:3949', true],
    ['mailto:a@b.fr', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
  ])('isSafeHref(%s) is %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('contact text', () => {
  it('gathers what a counsellor pastes into a note', () => {
    const [partner] = parseDataInclusion({ structures: [structure()], services: [service()] }).partners;
    expect(contactText(partner)).toBe(
      [
        'Mission Locale du Bassin de Thau',
        'Porté par : Mission Locale',
        'Contact : Samira Benali',
        'Tél. : 04 67 00 00 00',
        'Courriel : contact@ml-thau.example',
        'Adresse : 2 rue du Port, 34200 Sète',
        'Site : https://ml-thau.example',
      ].join('\n'),
    );
    expect(postalAddress({ adresse: null, complement_adresse: null, code_postal: null, commune: 'Sète' })).toBe('Sète');
  });
});

describe('freshness', () => {
  const now = new Date(2026, 10, 22, 10);
  it.each([
    ['2026-11-22', 'aujourd’hui', false],
    ['2026-11-21', 'hier', false],
    ['2026-11-02', 'il y a 20 jours', false],
    ['2026-03-12', 'il y a 8 mois', false],
    ['2025-06-01', 'il y a plus d’un an', true],
    ['2022-01-10', 'il y a 4 ans', true],
  ])('%s is "%s" (stale: %s)', (date, age, stale) => {
    expect(freshnessOf(date, now)).toMatchObject({ age, stale });
  });

  it('writes the date in French', () => {
    expect(freshnessOf('2026-03-12', now).date).toBe('12 mars 2026');
  });
});

describe('phone numbers read two digits at a time', () => {
  it.each([
    ['0467000000', '04 67 00 00 00'],
    ['04.67.00.00.00', '04 67 00 00 00'],
    ['04 67 00 00 00', '04 67 00 00 00'],
    ['+33467000000', '+33 4 67 00 00 00'],
    ['0033 4 67 00 00 00', '+33 4 67 00 00 00'],
    ['3949', '3949'],
    ['116 006', '116 006'],
    ['appeler la mairie', 'appeler la mairie'],
    [null, ''],
  ])('groupPhone(%s) is %s', (raw, grouped) => {
    expect(groupPhone(raw)).toBe(grouped);
  });
});
