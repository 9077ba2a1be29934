import { z } from 'zod';
import {
  ContactEntrySchema,
  FavouriteSchema,
  GroupLabelSchema,
  GroupSplitSchema,
  NoteSchema,
  OwnContactSchema,
  PartnerSchema,
  PartnershipSchema,
  SettingsSchema,
} from '../schema';
import { formatNumber, t, type MessageKey } from '../i18n';
import { frenchText } from '../i18n-french';
import { describeValue, expectedType, valueAt } from './describe-value';
import { frenchReason } from '../schema/reason-french';

export const BACKUP_FORMAT = 'repere-backup';
/** Bump when the file's shape changes, and keep a reader and a migration for every older one. */
export const BACKUP_VERSION = 3;
/** A backup is the counsellor's own data: far below this even for a heavy user. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** The refusal of a file over the cap, from its size alone: it is never read. */
export function backupTooBig(bytes: number): string {
  const mb = (n: number) => formatNumber(Math.max(1, Math.round(n / (1024 * 1024))));
  return t('backupTooBigFile', mb(bytes), mb(MAX_BACKUP_BYTES));
}

/** Version 2: favourites, groups, notes, contacts, own partners and settings. */
export const BackupV2Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: z.string(),
  favourites: z.array(FavouriteSchema),
  groups: z.array(GroupLabelSchema),
  notes: z.array(NoteSchema),
  contacts: z.array(OwnContactSchema),
  ownPartners: z.array(PartnerSchema),
  settings: SettingsSchema,
  /** « Ce ne sont pas les mêmes » (issue 15): optional, files written before it have none. */
  groupSplits: z.array(GroupSplitSchema).default([]),
});

/** Version 3: everything the counsellor owns, with the partnership follow-up and contact log. */
export const BackupV3Schema = BackupV2Schema.extend({
  version: z.literal(3),
  partnerships: z.array(PartnershipSchema),
  contactLog: z.array(ContactEntrySchema),
});
export type Backup = z.infer<typeof BackupV3Schema>;

/** Version 1: favourites and a single free note per partner, no contacts, own partners nor settings. */
export const BackupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  favourites: z.array(FavouriteSchema),
  notes: z.array(z.object({ partnerId: z.string().min(1), text: z.string(), updatedAt: z.number() })),
});

function fromV1(v1: z.infer<typeof BackupV1Schema>): z.input<typeof BackupV2Schema> {
  return {
    ...v1,
    version: 2,
    groups: [...new Set(v1.favourites.map((f) => f.group).filter(Boolean))],
    notes: v1.notes
      .filter((n) => n.text.trim())
      .map((n) => ({ id: `v1-${n.partnerId}`, partnerId: n.partnerId, text: n.text, createdAt: n.updatedAt, updatedAt: n.updatedAt })),
    contacts: [],
    ownPartners: [],
    settings: { territory: [] },
  };
}

const SECTION_LABELS: Record<string, MessageKey> = {
  favourites: 'backupSectionFavourites',
  groups: 'backupSectionGroups',
  notes: 'backupSectionNotes',
  contacts: 'backupSectionContacts',
  ownPartners: 'backupSectionOwnPartners',
  groupSplits: 'backupSectionGroupSplits',
  settings: 'backupSectionSettings',
  partnerships: 'backupSectionPartnerships',
  contactLog: 'backupSectionContactLog',
};

function fromV2(v2: z.infer<typeof BackupV2Schema>): z.input<typeof BackupV3Schema> {
  return { ...v2, version: 3, partnerships: [], contactLog: [] };
}

/**
 * "Sauvegarde invalide — notes n° 3, champ « text » : ne doit pas être vide." — where a counsellor
 * can look. French from the catalogue (this runs in the restore worker, without the browser's
 * i18n): the page shows it with translateFrench.
 */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const [section, index, ...rest] = issue.path.map(String);
  const item = index !== undefined && /^\d+$/.test(index) ? String(Number(index) + 1) : undefined;
  if (index !== undefined && item === undefined) rest.unshift(index);
  const field = rest.filter((p) => !/^\d+$/.test(p)).join('.');
  // zod does not keep the input in its issues: look the value up to tell "absent" from "wrong type".
  const held = valueAt(input, issue.path);
  const message =
    issue.code !== 'invalid_type'
      ? frenchReason(issue.message)
      : held.found
        ? frenchText('zodExpected', expectedType(issue.expected), describeValue(held.value))
        : frenchText('backupFieldMissing');
  if (!section) return frenchText('backupInvalid', message);
  const label = SECTION_LABELS[section] ? frenchText(SECTION_LABELS[section]) : section;
  if (item !== undefined) return field ? frenchText('backupInvalidItemField', label, item, field, message) : frenchText('backupInvalidItem', label, item, message);
  return field ? frenchText('backupInvalidField', label, field, message) : frenchText('backupInvalidSection', label, message);
}

function duplicates(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return ids.find((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * Where a file stops being JSON, in French: the engine's own words (« Unexpected end of JSON
 * input », in the browser's language) are never shown. Chromium gives a position, Firefox a line
 * and a column; a file cut short is said to be so.
 */
export function whereJsonBreaks(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/unexpected end|end of data/i.test(message) || text.trim() === '') return frenchText('backupJsonCutShort');
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return frenchText('backupJsonUnexpected', lineColumn[1], lineColumn[2]);
  const position = /position (\d+)/i.exec(message);
  if (position && Number(position[1]) >= text.trimEnd().length) return frenchText('backupJsonCutShort');
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return frenchText('backupJsonUnexpected', line, before.length - before.lastIndexOf('\n'));
  }
  return frenchText('backupJsonSyntax');
}

export type ParsedBackup = { backup: Backup; fromVersion: number; error?: undefined } | { backup?: undefined; fromVersion?: undefined; error: string };

/**
 * Reads a backup file's text: JSON, the Repère marker, a known version (older ones are migrated),
 * then every record. Never throws; the error says what is wrong and where, in French from the
 * catalogue (the restore worker has no browser i18n): the page shows it with translateFrench.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { error: frenchText('backupTooBigText') };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: frenchText('backupNotJson', whereJsonBreaks(text, error)) };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { error: frenchText('backupNotBackup') };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: frenchText('backupNoVersion') };
  }
  if (version > BACKUP_VERSION) {
    return { error: frenchText('backupNewerVersion', version) };
  }
  let candidate: unknown = raw;
  if (version === 1) {
    const v1 = BackupV1Schema.safeParse(raw);
    if (!v1.success) return { error: describeIssue(v1.error.issues[0], raw) };
    candidate = fromV1(v1.data);
  }
  if (version <= 2) {
    const v2 = BackupV2Schema.safeParse(candidate);
    if (!v2.success) return { error: describeIssue(v2.error.issues[0], candidate) };
    candidate = fromV2(v2.data);
  }
  const parsed = BackupV3Schema.safeParse(candidate);
  if (!parsed.success) return { error: describeIssue(parsed.error.issues[0], candidate) };
  const backup = parsed.data;
  const checks: [string | undefined, MessageKey][] = [
    [duplicates(backup.favourites.map((f) => f.partnerId)), 'backupDuplicateFavourite'],
    [duplicates(backup.notes.map((n) => n.id)), 'backupDuplicateNote'],
    [duplicates(backup.contacts.map((c) => c.id)), 'backupDuplicateContact'],
    [duplicates(backup.ownPartners.map((p) => p.id)), 'backupDuplicateOwnPartner'],
    [duplicates(backup.partnerships.map((p) => p.partnerId)), 'backupDuplicatePartnership'],
    [duplicates(backup.contactLog.map((e) => e.id)), 'backupDuplicateContactLog'],
  ];
  for (const [id, what] of checks) {
    if (id !== undefined) return { error: frenchText(what, id) };
  }
  return { backup, fromVersion: version };
}
