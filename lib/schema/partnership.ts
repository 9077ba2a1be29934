import { z } from 'zod';
import { isoDate } from './fields';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable().default(null));
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
const longText = (max: number) => optional(z.string().trim().max(max, `doit comporter au plus ${thousands(max)} caractères`));

/** Where the counsellor stands with a partner. */
export const PARTNERSHIP_STATUSES = ['aucun', 'contact', 'informel', 'convention'] as const;
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES, { error: () => 'statut inconnu (aucun, contact, informel, convention)' });
export type PartnershipStatus = z.infer<typeof PartnershipStatusSchema>;

/** A signed convention: what each side commits to, for how long, and how it is followed and evaluated. */
export const ConventionSchema = z.object({
  objet: longText(500),
  engagementsStructure: longText(2000),
  engagementsPartenaire: longText(2000),
  debut: optional(isoDate),
  fin: optional(isoDate),
  planAction: longText(2000),
  modalitesSuivi: longText(2000),
  prochainBilan: optional(isoDate),
  /** The signed document's file name or a link to it. */
  document: longText(500),
}).refine((c) => !c.debut || !c.fin || c.debut <= c.fin, { message: 'la date de fin précède la date de début', path: ['fin'] });
export type Convention = z.infer<typeof ConventionSchema>;

export const DEFAULT_RELANCE_MONTHS = 6;

/**
 * The counsellor's follow-up of one partner. User data: keyed by partner id and never touched by
 * a directory refresh. `partnerName` keeps the name for exports and for partners that later
 * leave the directory.
 */
export const PartnershipSchema = z.object({
  partnerId: z.string().min(1),
  partnerName: z.string().trim().max(300).default(''),
  status: PartnershipStatusSchema.default('aucun'),
  convention: ConventionSchema.nullable().default(null),
  /** « À relancer » this many months after the last contact. */
  relanceMonths: z.coerce.number().int('doit être un nombre entier de mois').min(1, 'doit être d’au moins 1 mois').max(36, 'doit être de 36 mois au plus').default(DEFAULT_RELANCE_MONTHS),
  /** A contact the counsellor planned, `YYYY-MM-DD`. */
  nextContact: optional(isoDate),
  updatedAt: z.number(),
});
export type Partnership = z.infer<typeof PartnershipSchema>;
export type PartnershipInput = z.input<typeof PartnershipSchema>;

export const CONTACT_KINDS = ['appel', 'courriel', 'rencontre', 'reunion', 'orientation', 'bilan'] as const;
export const ContactKindSchema = z.enum(CONTACT_KINDS, { error: () => 'type de contact inconnu (appel, courriel, rencontre, reunion, orientation, bilan)' });
export type ContactKind = z.infer<typeof ContactKindSchema>;

export const BILAN_DECISIONS = ['renouveler', 'modifier', 'arreter'] as const;
export const BilanDecisionSchema = z.enum(BILAN_DECISIONS, { error: () => 'décision inconnue (renouveler, modifier, arreter)' });

/** The yearly review of a convention, kept in the log. */
export const BilanSchema = z.object({
  worked: longText(2000),
  change: longText(2000),
  decision: BilanDecisionSchema,
});
export type Bilan = z.infer<typeof BilanSchema>;

/** One dated exchange with a partner. The note is about the partnership, never about a person oriented. */
export const ContactEntrySchema = z.object({
  id: z.string().min(1),
  partnerId: z.string().min(1),
  date: isoDate,
  kind: ContactKindSchema,
  note: z.string().trim().max(2000, 'doit comporter au plus 2 000 caractères').default(''),
  bilan: BilanSchema.nullable().default(null),
  createdAt: z.number(),
}).refine((e) => e.kind !== 'bilan' || e.bilan !== null, { message: 'un bilan doit porter une décision', path: ['bilan'] });
export type ContactEntry = z.infer<typeof ContactEntrySchema>;
export type ContactEntryInput = z.input<typeof ContactEntrySchema>;
