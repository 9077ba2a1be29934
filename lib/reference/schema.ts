import { z } from 'zod';
import { CATEGORIES, RESEAUX_PORTEURS, valuesOf } from '../taxonomy';

/** Who is accountable for a network or scheme: the reference page groups entries by it. */
export const CARRIER_KINDS = ['etat', 'securite-sociale', 'region', 'departement', 'commune', 'association', 'entreprise'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

const text = (what: string) => z.string({ error: `${what} manquant` }).trim().min(3, `${what} trop court`);
const httpsUrl = (what: string) => z.url({ protocol: /^https$/, error: `${what} : adresse https attendue` });

/**
 * One network or scheme of the field, in our own words: who carries it, who funds it, for whom,
 * what it does and how to reach it, with the official page consulted and when.
 */
export const referenceEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id : minuscules, chiffres et tirets'),
    nom: text('nom'),
    sigle: z.string().min(2).optional(),
    anciens_noms: z.array(z.string().min(2)).optional(),
    /** Everyday words counsellors type for it (« caution », « chômage »): searched, not shown. */
    mots_cles: z.array(z.string().min(2)).optional(),
    /** The data·inclusion v1 réseaux porteurs this entry explains. */
    reseaux_porteurs: z.array(z.enum(valuesOf(RESEAUX_PORTEURS), { error: 'réseau porteur inconnu de data·inclusion' })).optional(),
    /** Who carries it, in a few words (shown on partner cards). */
    porteur: text('porteur'),
    porteur_type: z.enum(CARRIER_KINDS, { error: 'type de porteur inconnu' }),
    financeurs: z.array(text('financeur')).min(1, 'au moins un financeur'),
    publics: text('publics'),
    missions: text('missions'),
    /** National number, official site, or where to find the local contact. */
    acces: text('accès'),
    telephone: z.string().regex(/^[0-9 ]{3,14}$/, 'téléphone : chiffres et espaces').optional(),
    site: httpsUrl('site').optional(),
    /** data·inclusion v1 categories (needs) it answers. */
    categories: z.array(z.enum(valuesOf(CATEGORIES), { error: 'catégorie inconnue de data·inclusion' })).optional(),
    /** Ids of related entries. */
    voir_aussi: z.array(z.string()).optional(),
    source: httpsUrl('source'),
    verifie_le: z.iso.date('verifie_le : date AAAA-MM-JJ attendue'),
  })
  .strict();

export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;
