import { describe, expect, it } from 'vitest';
import { personDataIn } from '../../../lib/partnership';

const context = { partnerPhones: ['04 67 46 00 00', null], currentYear: 2026 };
const kinds = (note: string) => personDataIn(note, context).map((f) => [f.kind, f.excerpt]);

describe('person data in a contact-log note', () => {
  it.each([
    ['NIR avec espaces', 'Orientation de M. X, NIR 1 85 03 75 123 456 78', [['nir', '1 85 03 75 123 456 78']]],
    ['NIR collé sans clé', 'numéro 2850375123456', [['nir', '2850375123456']]],
    ['NIR corse', 'ss 1 85 03 2A 123 456', [['nir', '1 85 03 2A 123 456']]],
    ['date de naissance', 'Jeune né le 12/03/2004', [['birth-date', 'né le'], ['birth-date', '12/03/2004']]],
    ['date ancienne seule', 'dossier 03-07-1998', [['birth-date', '03-07-1998']]],
    ['portable de la personne', 'rappeler la jeune au 06 12 34 56 78', [['phone', '06 12 34 56 78']]],
    ['numéro international', 'joindre +33 6 12 34 56 78', [['phone', '+33 6 12 34 56 78']]],
  ])('warns: %s', (_label, note, expected) => {
    expect(kinds(note)).toEqual(expected);
  });

  it.each([
    ['the partner’s own number, any spelling', 'Appelé l’accueil au 04.67.46.00.00, OK pour la réunion'],
    ['the same number in international form', 'Standard +33 4 67 46 00 00 injoignable'],
    ['a meeting date this year', 'Comité de suivi le 12/03/2026, 4 orientations'],
    ['figures of the partnership', 'Bilan : 12 jeunes orientés, 8 en emploi, convention 2026-2027'],
    ['a postcode and a street number', '12 rue de la Paix, 34200 Sète'],
  ])('stays quiet on %s', (_label, note) => {
    expect(kinds(note)).toEqual([]);
  });
});
