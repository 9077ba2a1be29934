import { z } from 'zod';
import { keyedIsoDate as isoDate } from './keyed-fields';

// Reasons are catalogue keys (lib/schema/reason.ts): card forms show them through t().

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable().default(null));
const longText = (max: 500 | 2000) => optional(z.string().trim().max(max, max === 500 ? 'reasonAtMost500Chars' : 'reasonAtMost2000Chars'));

/** Where the counsellor stands with a partner. */
export const PARTNERSHIP_STATUSES = ['aucun', 'contact', 'informel', 'convention'] as const;
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES, { error: () => 'reasonUnknownStatus' });
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
}).refine((c) => !c.debut || !c.fin || c.debut <= c.fin, { message: 'reasonEndBeforeStart', path: ['fin'] });
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
  relanceMonths: z.coerce.number().int('reasonWholeMonths').min(1, 'reasonAtLeastOneMonth').max(36, 'reasonAtMost36Months').default(DEFAULT_RELANCE_MONTHS),
  /** A contact the counsellor planned, `YYYY-MM-DD`. */
  nextContact: optional(isoDate),
  updatedAt: z.number(),
});
export type Partnership = z.infer<typeof PartnershipSchema>;
export type PartnershipInput = z.input<typeof PartnershipSchema>;

export const CONTACT_KINDS = ['appel', 'courriel', 'rencontre', 'reunion', 'orientation', 'bilan'] as const;
export const ContactKindSchema = z.enum(CONTACT_KINDS, { error: () => 'reasonUnknownContactKind' });
export type ContactKind = z.infer<typeof ContactKindSchema>;

export const BILAN_DECISIONS = ['renouveler', 'modifier', 'arreter'] as const;
export const BilanDecisionSchema = z.enum(BILAN_DECISIONS, { error: () => 'reasonUnknownDecision' });

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
  note: z.string().trim().max(2000, 'reasonAtMost2000Chars').default(''),
  bilan: BilanSchema.nullable().default(null),
  createdAt: z.number(),
}).refine((e) => e.kind !== 'bilan' || e.bilan !== null, { message: 'reasonBilanNeedsDecision', path: ['bilan'] });
export type ContactEntry = z.infer<typeof ContactEntrySchema>;
export type ContactEntryInput = z.input<typeof ContactEntrySchema>;
