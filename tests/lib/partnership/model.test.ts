import { describe, expect, it } from 'vitest';
import { ContactEntrySchema, ConventionSchema, PartnershipSchema } from '../../../lib/schema';
import { reasonText } from '../../../lib/schema/reason';

// The reasons are catalogue keys: what a card form shows is reasonText(), French under the French catalogue.

const issue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error ? [result.error.issues[0].path.join('.'), reasonText(result.error.issues[0].message)] : null;

describe('the partnership model (zod)', () => {
  it('fills the defaults: no status, a 6-month relance, no convention, no planned contact', () => {
    expect(PartnershipSchema.parse({ partnerId: 'ml', updatedAt: 1 })).toEqual({
      partnerId: 'ml', partnerName: '', status: 'aucun', convention: null, relanceMonths: 6, nextContact: null, updatedAt: 1,
    });
  });

  it('reads what a form or a spreadsheet hands in: blanks as empty, months as text, full timestamps as days', () => {
    expect(PartnershipSchema.parse({ partnerId: 'ml', relanceMonths: '3', nextContact: '  ', updatedAt: 1 })).toMatchObject({ relanceMonths: 3, nextContact: null });
    expect(ConventionSchema.parse({ objet: ' Accueil ', fin: '2026-12-31T00:00:00Z', document: '' })).toMatchObject({ objet: 'Accueil', fin: '2026-12-31', document: null, debut: null });
  });

  it('refuses, in French and naming the field, what cannot be right', () => {
    expect(issue(PartnershipSchema.safeParse({ partnerId: 'ml', status: 'ami', updatedAt: 1 }))).toEqual(['status', 'statut inconnu (aucun, contact, informel, convention)']);
    expect(issue(PartnershipSchema.safeParse({ partnerId: 'ml', relanceMonths: 40, updatedAt: 1 }))).toEqual(['relanceMonths', 'doit être de 36 mois au plus']);
    expect(issue(PartnershipSchema.safeParse({ partnerId: 'ml', relanceMonths: 2.5, updatedAt: 1 }))).toEqual(['relanceMonths', 'doit être un nombre entier de mois']);
    expect(issue(ConventionSchema.safeParse({ debut: '2026-05-01', fin: '2026-04-30' }))).toEqual(['fin', 'la date de fin précède la date de début']);
    expect(issue(ConventionSchema.safeParse({ prochainBilan: '2026-02-30' }))).toEqual(['prochainBilan', 'n’est pas une date réelle']);
    expect(issue(ConventionSchema.safeParse({ objet: 'x'.repeat(501) }))).toEqual(['objet', 'doit comporter au plus 500 caractères']);
    const entry = { id: 'e', partnerId: 'ml', date: '2026-11-02', createdAt: 1 };
    expect(issue(ContactEntrySchema.safeParse({ ...entry, kind: 'visio' }))).toEqual(['kind', 'type de contact inconnu (appel, courriel, rencontre, reunion, orientation, bilan)']);
    expect(issue(ContactEntrySchema.safeParse({ ...entry, kind: 'appel', note: 'x'.repeat(2001) }))).toEqual(['note', 'doit comporter au plus 2 000 caractères']);
    expect(issue(ContactEntrySchema.safeParse({ ...entry, kind: 'bilan', bilan: { decision: 'continuer' } }))).toEqual(['bilan.decision', 'décision inconnue (renouveler, modifier, arreter)']);
    expect(ContactEntrySchema.parse({ ...entry, kind: 'bilan', bilan: { decision: 'modifier' } }).bilan).toEqual({ worked: null, change: null, decision: 'modifier' });
  });
});
