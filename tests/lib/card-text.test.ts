import { describe, expect, it } from 'vitest';
import { handoverMailto, handoverText, MAILTO_MAX_LENGTH, mailtoWith, reportMailto } from '../../lib/card-text';
import { parseDataInclusion } from '../../lib/directory';
import { service, structure } from '../fixtures/records';

const [partner] = parseDataInclusion({
  structures: [structure({ telephone: '0467000000', accessibilite_lieu: 'https://acceslibre.beta.gouv.fr/app/ml-thau/', lien_source: 'https://annuaire.example/ml-thau' })],
  services: [service({ conditions_acces: 'Avoir entre 16 et 25 ans', mobilisation_precisions: 'Venir avec une pièce d’identité' })],
}).partners;
const MONDAY_10 = new Date(2026, 10, 23, 10, 0);

describe('the card handed over to the person', () => {
  it('holds who, where, phone by pairs, hours, how to go and what to bring — in that order', () => {
    const text = handoverText(partner, MONDAY_10);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Mission Locale du Bassin de Thau');
    expect(text).toContain('Adresse : 2 rue du Port, 34200 Sète');
    expect(text).toContain('Téléphone : 04 67 00 00 00');
    expect(text).toMatch(/Horaires d’accueil :\n- .*08:30/);
    expect(text).toContain('Accessibilité du lieu : https://acceslibre.beta.gouv.fr/app/ml-thau/');
    expect(text).toMatch(/À prévoir :\n- Avoir entre 16 et 25 ans\n- Venir avec une pièce d’identité$/);
    expect(text.indexOf('Téléphone')).toBeLessThan(text.indexOf('Horaires'));
  });

  it('never carries the counsellor’s own named contact (the service’s contact is for professionals)', () => {
    expect(handoverText(partner, MONDAY_10)).not.toContain('Samira Benali');
  });

  it('is a mailto: with no recipient, the subject naming the partner and the text as body', () => {
    const href = handoverMailto(partner, MONDAY_10);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Coordonnées : Mission Locale du Bassin de Thau');
    expect(decodeURIComponent(href.split('&body=')[1])).toBe(handoverText(partner, MONDAY_10));
    expect(href).not.toContain('+');
  });
});

describe('a long card handed over', () => {
  it('stays a link browsers open (≤ 2,000 characters): the last parts go first, with a note; name, address and phone stay', () => {
    const [long] = parseDataInclusion({
      structures: [structure({ telephone: '0467000000' })],
      services: Array.from({ length: 30 }, (_, i) => service({ id: `s${i}`, conditions_acces: `Condition ${i} : être accompagné par un référent et avoir un projet professionnel validé en entretien`, mobilisation_precisions: `Pièce ${i} : justificatif de domicile de moins de trois mois et attestation de droits` })),
    }).partners;
    expect(mailtoWith(null, 'x', handoverText(long, MONDAY_10)).length).toBeGreaterThan(MAILTO_MAX_LENGTH);
    const href = handoverMailto(long, MONDAY_10);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = decodeURIComponent(href.split('&body=')[1]);
    expect(body).toMatch(/^Mission Locale du Bassin de Thau\n/);
    expect(body).toContain('Adresse : 2 rue du Port, 34200 Sète');
    expect(body).toContain('Téléphone : 04 67 00 00 00');
    expect(body).toContain('- Condition 0 :');
    expect(body).not.toContain('Pièce 29');
    expect(body.endsWith('\n\n(Message raccourci pour tenir dans un courriel : la suite est à demander à votre conseiller.)')).toBe(true);
  });
});

describe('« Signaler une erreur »', () => {
  it('writes to the source’s contact, naming the partner, its source link and its date in words — no internal id, no ISO date', () => {
    const href = reportMailto(partner, 'Annuaire de l’équipe', 'coordination@equipe.example');
    expect(href.startsWith('mailto:coordination@equipe.example?subject=')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]);
    expect(body).not.toContain('test--ml-sete');
    expect(body).not.toContain('Identifiant');
    expect(body).not.toContain('2026-03-12');
    expect(body).toContain('Annuaire : Annuaire de l’équipe');
    expect(body).toContain('https://annuaire.example/ml-thau');
    expect(body).toContain('Mise à jour du : 12 mars 2026');
  });

  it('leaves the recipient empty when no valid address is known', () => {
    expect(reportMailto(partner, 'Repère', undefined).startsWith('mailto:?subject=')).toBe(true);
    expect(mailtoWith('pas une adresse', 'a', 'b')).toBe('mailto:?subject=a&body=b');
  });
});
