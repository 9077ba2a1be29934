import { describe, expect, it } from 'vitest';
import type { StoredPartner } from '../../../lib/db';
import { PartnershipSchema } from '../../../lib/schema';
import { networkMap } from '../../../lib/partnership';

const partner = (id: string, nom: string, commune: string | undefined, categories: string[]) =>
  ({ id, nom, commune, categories, services: [], origin: 'team', telephone: '04 67 00 00 00' }) as unknown as StoredPartner;

describe('the network map', () => {
  it('groups favourites and followed partners by need then commune; others stay off the map', () => {
    const partners = new Map([
      ['ccas', partner('ccas', 'CCAS de Sète', 'Sète', ['logement-hebergement', 'difficultes-financieres'])],
      ['ml', partner('ml', 'Mission Locale', 'Sète', ['accompagnement-social-et-professionnel-personnalise'])],
      ['adil', partner('adil', 'ADIL 34', 'Montpellier', ['logement-hebergement'])],
      ['unused', partner('unused', 'Pas suivi', 'Sète', ['logement-hebergement'])],
      ['none', partner('none', 'Marqué aucun', 'Sète', ['logement-hebergement'])],
    ]);
    const map = networkMap({
      partnerships: [
        PartnershipSchema.parse({ partnerId: 'ccas', status: 'convention', convention: { fin: '2027-06-30' }, updatedAt: 1 }),
        PartnershipSchema.parse({ partnerId: 'none', status: 'aucun', updatedAt: 1 }),
        PartnershipSchema.parse({ partnerId: 'gone', partnerName: 'Ancien partenaire', status: 'informel', updatedAt: 1 }),
      ],
      log: [{ id: 'e', partnerId: 'adil', date: '2026-10-01', kind: 'appel', note: '', bilan: null, createdAt: 1 }],
      favourites: ['ml'],
    }, partners);
    expect(map.map((g) => [g.category, g.communes.map((c) => [c.commune, c.entries.map((e) => e.nom)])])).toEqual([
      ['accompagnement-social-et-professionnel-personnalise', [['Sète', ['Mission Locale']]]],
      ['difficultes-financieres', [['Sète', ['CCAS de Sète']]]],
      ['logement-hebergement', [['Montpellier', ['ADIL 34']], ['Sète', ['CCAS de Sète']]]],
      ['', [['', ['Ancien partenaire']]]],
    ]);
    const ccas = map[1].communes[0].entries[0];
    expect(ccas).toMatchObject({ status: 'convention', conventionEnd: '2027-06-30', favourite: false, lastContact: null });
    expect(map[2].communes[0].entries[0]).toMatchObject({ status: 'contact', lastContact: '2026-10-01' });
    expect(map[0].communes[0].entries[0]).toMatchObject({ favourite: true, status: 'aucun' });
  });
});
