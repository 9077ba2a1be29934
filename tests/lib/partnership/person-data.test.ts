import { describe, expect, it } from 'vitest';
import { partnerContext, personDataIn } from '../../../lib/partnership/person-data';

// The partner the notes are about: its own number, e-mail, site and address are never an alarm.
const context = {
  ...partnerContext(
    [{ telephone: '04 67 46 00 00', courriel: 'contact@mlj-montpellier.fr', site_web: 'https://www.mlj-montpellier.fr', adresse: '12 rue de la Paix', services: [{ telephone: '04 67 46 00 10' }] }],
    [{ phone: '06 70 00 00 01', email: 'c.martin@mlj-montpellier.fr' }],
    2026,
  ),
};
const kinds = (note: string) => personDataIn(note, context).map((f) => [f.kind, f.excerpt]);

// The 32 real formats of issue 23's audit, each in the sentence a counsellor would type.
const CAUGHT: [string, string, [string, string][]][] = [
  ['NIR avec espaces', 'Orientation de M. X, NIR 1 85 03 75 123 456 78', [['nir', '1 85 03 75 123 456 78']]],
  ['NIR collé sans clé', 'numéro 2850375123456', [['nir', '2850375123456']]],
  ['NIR collé avec clé', 'sécu 185037512345678', [['nir', '185037512345678']]],
  ['NIR avec tirets', 'NIR 1-85-03-75-123-456-78 transmis', [['nir', '1-85-03-75-123-456-78']]],
  ['NIR avec doubles espaces', 'n° ss 2  85  03  75  123  456  78', [['nir', '2  85  03  75  123  456  78']]],
  ['NIR avec points', 'NIR 1.85.03.75.123.456.78', [['nir', '1.85.03.75.123.456.78']]],
  ['NIR corse', 'ss 1 85 03 2A 123 456', [['nir', '1 85 03 2A 123 456']]],
  ['NIR provisoire', 'numéro provisoire 7 85 03 99 123 456 12', [['nir', '7 85 03 99 123 456 12']]],
  ['date de naissance nommée', 'Jeune né le 12/03/2004', [['birth-date', 'né le'], ['birth-date', '12/03/2004']]],
  ['date ancienne seule', 'dossier 03-07-1998', [['birth-date', '03-07-1998']]],
  ['année sur deux chiffres', 'Mme Y. 03/03/90, à rappeler', [['birth-date', '03/03/90']]],
  ['« 85 » lu 1985', 'jeune du 14.02.85 orienté', [['birth-date', '14.02.85']]],
  ['date en toutes lettres', 'personne reçue, 3 mars 1990', [['birth-date', '3 mars 1990']]],
  ['premier du mois abrégé', 'DDN : 1er sept. 1979', [['birth-date', 'DDN'], ['birth-date', '1er sept. 1979']]],
  ['date ISO', 'naissance 1990-03-03', [['birth-date', 'naissance'], ['birth-date', '1990-03-03']]],
  ['année de naissance', 'Mme Z, née en 1985, orientée', [['birth-date', 'née en 1985']]],
  ['portable de la personne', 'rappeler la jeune au 06 12 34 56 78', [['phone', '06 12 34 56 78']]],
  ['portable avec barres', 'tel 06/12/34/56/78', [['phone', '06/12/34/56/78']]],
  ['portable avec points', 'joindre au 06.12.34.56.78', [['phone', '06.12.34.56.78']]],
  ['portable collé', 'numéro 0712345678', [['phone', '0712345678']]],
  ['numéro international', 'joindre +33 6 12 34 56 78', [['phone', '+33 6 12 34 56 78']]],
  ['international avec (0)', 'joindre +33 (0)6 12 34 56 78', [['phone', '+33 (0)6 12 34 56 78']]],
  ['préfixe 0033', 'appel 0033 6 12 34 56 78', [['phone', '0033 6 12 34 56 78']]],
  ['numéro belge', 'famille joignable au +32 470 12 34 56', [['phone', '+32 470 12 34 56']]],
  ['numéro algérien', 'sa sœur au 00213 555 12 34 56', [['phone', '00213 555 12 34 56']]],
  ['numéro britannique', 'UK +44 7911 123456', [['phone', '+44 7911 123456']]],
  ['fixe d’une personne', 'à son domicile 04 67 12 34 56', [['phone', '04 67 12 34 56']]],
  ['courriel personnel', 'écrire à jeanne.dupont85@gmail.com', [['email', 'jeanne.dupont85@gmail.com']]],
  ['courriel masqué', 'mail : kevin.m (at) orange.fr', [['email', 'kevin.m (at) orange.fr']]],
  ['adresse postale', 'habite 3 allée des Tilleuls, 34070 Montpellier', [['address', '3 allée des Tilleuls, 34070 Montpellier']]],
  ['bâtiment et appartement', 'résidence les Pins bât. B appt 12', [['address', 'bât. B'], ['address', 'appt 12']]],
  ['IBAN', 'RIB de la personne FR76 3000 6000 0112 3456 7890 189', [['iban', 'FR76 3000 6000 0112 3456 7890 189']]],
  ['numéro CAF', 'n° allocataire CAF 1234567', [['file-number', '1234567']]],
  ['identifiant France Travail', 'identifiant France Travail 1234567A', [['file-number', '1234567A']]],
];

describe('person data in a contact-log note', () => {
  it('holds at least the 32 formats of the audit', () => expect(CAUGHT.length).toBeGreaterThanOrEqual(32));

  it.each(CAUGHT)('warns: %s', (_label, note, expected) => {
    expect(kinds(note)).toEqual(expected);
  });

  it.each([
    ['the partner’s own number, any spelling', 'Appelé l’accueil au 04.67.46.00.00, OK pour la réunion'],
    ['the same number in international form', 'Standard +33 4 67 46 00 00 injoignable'],
    ['a service’s number on the card', 'rappeler le service au 04 67 46 00 10'],
    ['a named contact’s mobile', 'C. Martin au 06 70 00 00 01'],
    ['a switchboard number not on the card', 'Standard : 04 99 58 30 00, demander le pôle jeunes'],
    ['a reception desk', 'accueil de l’antenne au 04 67 22 11 00'],
    ['a free number', 'numéro 0 800 123 456 pour les jeunes'],
    ['a convention date in 2008', 'convention signée le 12/03/2008, renouvelée chaque année'],
    ['a partnership started long ago', 'partenariat depuis le 3 mars 1998'],
    ['a meeting date this year', 'Comité de suivi le 12/03/2026, 4 orientations'],
    ['a recent short date', 'rencontre le 05/11/25'],
    ['figures of the partnership', 'Bilan : 12 jeunes orientés, 8 en emploi, convention 2026-2027'],
    ['the partner’s address', 'Réunion au 12 rue de la Paix, 34200 Sète'],
    ['a meeting place', 'Réunion dans leurs nouveaux locaux, 5 avenue Foch'],
    ['a colleague’s professional e-mail', 'écrire à c.martin@mlj-montpellier.fr'],
    ['a role address of another structure', 'inscription via accueil@ccas-sete.fr'],
    ['a SIRET', 'SIRET 12345678901234'],
    ['a postcode and commune', 'antenne de 34200 Sète'],
  ])('stays quiet on %s', (_label, note) => {
    expect(kinds(note)).toEqual([]);
  });
});
