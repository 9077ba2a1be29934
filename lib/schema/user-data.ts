import { z } from 'zod';
import { keyedEmail as email, keyedIsoDate as isoDate } from './keyed-fields';

// Reasons are catalogue keys (lib/schema/reason.ts): card forms show them through t().

/** A partner the counsellor calls often. Keyed by partner id so it survives every refresh. */
export const FavouriteSchema = z.object({
  partnerId: z.string().min(1),
  addedAt: z.number(),
  /** Position in the counsellor's own ordering (lower first). */
  order: z.number(),
  /** The counsellor's own group label ("Logement", "Santé"…); empty when ungrouped. */
  group: z.string().default(''),
});
export type Favourite = z.infer<typeof FavouriteSchema>;

/** A group label of the counsellor's own; the list's order is the order groups are shown in. */
export const GroupLabelSchema = z.string().trim().min(1, 'reasonEmpty').max(60, 'reasonAtMost60Chars');

/** A free note on a partner ("demander l’accueil, appeler avant 10 h"). */
export const NoteSchema = z.object({
  id: z.string().min(1),
  partnerId: z.string().min(1),
  text: z.string().trim().min(1, 'reasonEmpty').max(5000, 'reasonAtMost5000Chars'),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Note = z.infer<typeof NoteSchema>;

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable().default(null));

/** A person the counsellor deals with at a partner. */
export const OwnContactSchema = z.object({
  id: z.string().min(1),
  partnerId: z.string().min(1),
  name: z.string().trim().min(2, 'reasonAtLeast2Chars').max(120, 'reasonAtMost120Chars'),
  role: optionalField(z.string().trim().max(120, 'reasonAtMost120Chars')),
  phone: optionalField(
    z.string().trim().regex(/^\+?[\d\s.\-()]{3,25}$/, 'reasonNotPhone'),
  ),
  email: optionalField(email),
  /** Last time the counsellor spoke with them, `YYYY-MM-DD`. */
  lastContact: optionalField(isoDate),
  updatedAt: z.number(),
});
export type OwnContact = z.infer<typeof OwnContactSchema>;
/** What a form hands in: ids and stamps are added by the store. */
export type OwnContactInput = Omit<z.input<typeof OwnContactSchema>, 'id' | 'updatedAt'> & { id?: string };

export const SourceKindSchema = z.enum(['embedded', 'file', 'url', 'own']);

/** Where a set of partners came from: the embedded starter, an imported file, a subscribed URL. */
export const DirectorySourceSchema = z.object({
  id: z.string().min(1),
  kind: SourceKindSchema,
  label: z.string(),
  url: z.string().optional(),
  partnerCount: z.number().int().min(0),
  /** When the data was last replaced successfully (ms since epoch). */
  updatedAt: z.number(),
  /** Most recent `date_maj` found in the data, `YYYY-MM-DD`. */
  newestRecord: z.string().optional(),
  /** Higher wins when two sources hold the same partner id. */
  priority: z.number().default(0),
  /** Version of the data for sources that carry one (the embedded starter: the extension version). */
  revision: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorAt: z.number().optional(),
  /** Set while a refresh runs: still set when the background starts again means it was cut short. */
  refreshStartedAt: z.number().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Subscriptions: when the URL last answered with valid data or "not modified". */
  checkedAt: z.number().optional(),
  /** Subscriptions: hours between two scheduled refreshes (daily by default). */
  refreshEveryHours: z.number().positive().optional(),
  /** National data·inclusion API subscriptions: the département and the counsellor's own token. */
  apiDepartement: z.string().optional(),
  apiToken: z.string().optional(),
  /** Records rejected or corrected at the last successful import, for the sources list. */
  problemCount: z.number().int().min(0).optional(),
  /** Who keeps this directory up to date (the team's coordinator): « Signaler une erreur » writes there. */
  coordinatorEmail: z.email('reasonNotEmailAddress').optional(),
});
export type DirectorySource = z.infer<typeof DirectorySourceSchema>;

export const PlaceKindSchema = z.enum(['commune', 'epci', 'departement']);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/**
 * One piece of the counsellor's territory. `codes` is what the search matches on: the place's
 * own code plus, for an EPCI, its member communes' INSEE codes (expanded once, when picked, so
 * the popup never loads the geography).
 */
export const TerritoryPlaceSchema = z.object({
  kind: PlaceKindSchema,
  code: z.string().regex(/^(?:\w{2,3}|\w{5}|\d{9})$/, 'reasonNotGeoCode'),
  label: z.string().min(1).max(200),
  codes: z.array(z.string().regex(/^\w{2,9}$/)).max(2000),
});
export type TerritoryPlace = z.infer<typeof TerritoryPlaceSchema>;

/** Settings that follow the counsellor through the browser's sync storage. */
export const SettingsSchema = z.object({
  territory: z.array(TerritoryPlaceSchema).max(50).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Favourites and group labels as synced: a snapshot stamped so the newest one wins. */
export const FavouritesSnapshotSchema = z.object({
  savedAt: z.number(),
  favourites: z.array(FavouriteSchema),
  groups: z.array(GroupLabelSchema),
});
export type FavouritesSnapshot = z.infer<typeof FavouritesSnapshotSchema>;
