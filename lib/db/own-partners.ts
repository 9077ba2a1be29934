import type { z } from 'zod';
import {
  REQUIRED_SERVICE_FIELDS,
  REQUIRED_STRUCTURE_FIELDS,
  serviceShape,
  structureShape,
  type Partner,
} from '../schema';
import { validateRecord } from '../schema/validate-record';
import { categoriesOfPartner } from '../directory';
import { looksLikePhone, OWN_PARTNER_ID_PREFIX } from '../contact';
import { frenchText } from '../i18n-french';
import type { RepereDB, StoredPartner } from './database';
import { bumpDirectoryVersion, OWN_SOURCE_ID } from './directory-store';
import type { FieldProblem } from './notes';

export { OWN_SOURCE_ID };

/** Own partners outrank every directory: the counsellor's word is the last one. */
export const OWN_SOURCE_PRIORITY = 1000;
const OWN_SOURCE_LABEL = 'Mes partenaires';
const DATA_SOURCE = 'repere-own';

/** What the form edits: the structure's fields, plus at most one service, all as text. */
export type OwnPartnerInput = Partial<Record<keyof typeof structureShape, unknown>> & {
  id?: string;
  service?: Partial<Record<keyof typeof serviceShape, unknown>> | null;
};

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * Unlike an import, a form must not silently drop a faulty value: every field is checked with
 * the same zod shape as imported data, and each fault is reported against its field.
 */
function fieldProblems(shape: Record<string, z.ZodType>, required: readonly string[], raw: Record<string, unknown>, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    const value = raw[field];
    if (isBlank(value)) {
      if (required.includes(field)) problems.push({ field: prefix + field, message: 'est obligatoire' });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push({ field: prefix + field, message: parsed.error.issues[0]?.message ?? frenchText('reasonInvalid') });
  }
  return problems;
}

/** Builds a valid data·inclusion partner from form input, or lists every field at fault. */
export function buildOwnPartner(input: OwnPartnerInput, today: string, newId = () => `${OWN_PARTNER_ID_PREFIX}${crypto.randomUUID()}`): { partner?: Partner; problems: FieldProblem[] } {
  const id = input.id ?? newId();
  const structureRaw: Record<string, unknown> = { ...input, service: undefined, source: DATA_SOURCE, id, date_maj: today };
  const problems = fieldProblems(structureShape, REQUIRED_STRUCTURE_FIELDS, structureRaw);
  const serviceInput = input.service && Object.values(input.service).some((v) => !isBlank(v)) ? input.service : null;
  const serviceRaw = serviceInput
    ? { ...serviceInput, source: DATA_SOURCE, structure_id: id, id: `${id}--service`, date_maj: today }
    : null;
  if (serviceRaw) problems.push(...fieldProblems(serviceShape, REQUIRED_SERVICE_FIELDS, serviceRaw, 'service.'));
  // A form's phone is dialled from the card: free text as in imported data, but a number.
  for (const [field, value] of [['telephone', structureRaw.telephone], ['service.telephone', serviceRaw?.telephone]] as const) {
    if (typeof value === 'string' && value.trim() && !looksLikePhone(value)) problems.push({ field, message: frenchText('ownPhoneInvalid') });
  }
  if (problems.length > 0) return { problems };

  const structure = validateRecord(structureShape, REQUIRED_STRUCTURE_FIELDS, structureRaw, { kind: 'Partenaire' });
  const service = serviceRaw ? validateRecord(serviceShape, REQUIRED_SERVICE_FIELDS, serviceRaw, { kind: 'Service' }) : undefined;
  if (!structure.value || (service && !service.value)) {
    const problem = [...structure.problems, ...(service?.problems ?? [])][0];
    return { problems: [{ field: problem?.field ?? '', message: problem?.message ?? 'fiche invalide' }] };
  }
  return { partner: { ...structure.value, services: service?.value ? [service.value] : [] }, problems: [] };
}

async function ensureOwnSource(db: RepereDB, now: number): Promise<void> {
  const count = await db.partners.where('origin').equals(OWN_SOURCE_ID).count();
  await db.sources.put({
    id: OWN_SOURCE_ID,
    kind: 'own',
    label: OWN_SOURCE_LABEL,
    partnerCount: count,
    updatedAt: now,
    priority: OWN_SOURCE_PRIORITY,
  });
}

/** Writes own partners (new or edited) and keeps their source's count and the index key true. */
export async function putOwnPartners(db: RepereDB, partners: readonly Partner[], now = Date.now()): Promise<void> {
  const rows: StoredPartner[] = partners.map((p) => ({ ...p, origin: OWN_SOURCE_ID, categories: categoriesOfPartner(p) }));
  await db.transaction('rw', db.partners, db.sources, db.meta, async () => {
    await db.partners.bulkPut(rows);
    await ensureOwnSource(db, now);
    await bumpDirectoryVersion(db);
  });
}

export async function saveOwnPartner(db: RepereDB, input: OwnPartnerInput, now = Date.now()): Promise<{ partner?: Partner; problems: FieldProblem[] }> {
  const result = buildOwnPartner(input, new Date(now).toISOString().slice(0, 10));
  if (result.partner) await putOwnPartners(db, [result.partner], now);
  return result;
}

export async function deleteOwnPartner(db: RepereDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.partners, db.sources, db.meta, async () => {
    await db.partners.delete([OWN_SOURCE_ID, id]);
    await ensureOwnSource(db, now);
    await bumpDirectoryVersion(db);
  });
}

export async function listOwnPartners(db: RepereDB): Promise<StoredPartner[]> {
  const rows = await db.partners.where('origin').equals(OWN_SOURCE_ID).toArray();
  return rows.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
}
