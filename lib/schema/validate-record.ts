import type { z } from 'zod';
import type { ImportProblem } from './data-inclusion';
import { stripInvisibleValue } from './invisible-characters';
import { frenchText } from '../i18n-french';
import { fieldLabel } from './field-labels';
import { keyedProblem } from './problem';
import { frenchIssue } from './zod-french';

export interface RecordContext {
  /** "Structure" or "Service": names the record in messages (anything but a service reads as a structure). */
  kind: string;
  line?: number;
  /** A service's structure, when already read: its problems name the structure, not an id. */
  owner?: { nom?: unknown; commune?: unknown };
}

export interface RecordResult<T> {
  value?: T;
  problems: ImportProblem[];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? frenchText('reasonInvalid');
}

function recordIdOf(raw: Record<string, unknown>): string | undefined {
  return typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : undefined;
}

function shownText(value: unknown): string | undefined {
  const text = stripInvisibleValue(value).value;
  return typeof text === 'string' && text.trim() ? text.trim().replace(/\s+/g, ' ').slice(0, 150) : undefined;
}

/** How a problem names its record: the structure's name and commune, and a service's own name. */
export function recordNaming(raw: Record<string, unknown>, context: Pick<RecordContext, 'kind' | 'owner'>): { recordName?: string; recordCommune?: string; serviceName?: string } {
  if (context.kind !== 'Service') return { recordName: shownText(raw.nom), recordCommune: shownText(raw.commune) };
  const service = shownText(raw.nom);
  const owner = context.owner ? shownText(context.owner.nom) : undefined;
  if (!owner) return { serviceName: service, recordCommune: shownText(raw.commune) };
  return {
    recordName: owner,
    recordCommune: shownText(context.owner?.commune) ?? shownText(raw.commune),
    serviceName: service && service !== owner ? service : undefined,
  };
}

/** The required field checked first: a row without a name is reported as such (its id is derived from it). */
function firstBlankRequired(required: readonly string[], input: Record<string, unknown>): string | undefined {
  const order = [...required].sort((a, b) => Number(b === 'nom') - Number(a === 'nom'));
  return order.find((field) => isBlank(stripInvisibleValue(input[field]).value));
}

/**
 * Validates a record field by field, the way a counsellor wants bad data handled:
 * a missing or invalid required field refuses the record; an invalid optional value is dropped
 * (the rest of the record is kept) and reported; a list keeps its valid items.
 * Unknown fields are ignored. Never throws.
 */
export function validateRecord<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  required: readonly (keyof Shape & string)[],
  raw: unknown,
  context: RecordContext,
): RecordResult<{ [K in keyof Shape]: z.output<Shape[K]> }> {
  const problems: ImportProblem[] = [];
  const base = { line: context.line };
  const structure = context.kind !== 'Service';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(keyedProblem(structure ? 'importStructureNotObject' : 'importServiceNotObject', [], { ...base, severity: 'rejected' }));
    return { problems };
  }
  const input = raw as Record<string, unknown>;
  const recordId = recordIdOf(input);
  const where = { ...base, recordId, ...recordNaming(input, context) };
  const output: Record<string, unknown> = {};
  const missing = firstBlankRequired(required, input);
  if (missing) {
    problems.push(keyedProblem(structure ? 'importStructureMissing' : 'importServiceMissing', [fieldLabel(missing)], { ...where, field: missing, severity: 'rejected' }));
    return { problems };
  }

  for (const field of Object.keys(shape)) {
    const schema = shape[field];
    const isRequired = (required as readonly string[]).includes(field);
    const stripped = stripInvisibleValue(input[field]);
    let value = stripped.value;
    if (stripped.changed) {
      problems.push(keyedProblem('importInvisibleRemoved', [fieldLabel(field)], { ...where, field, severity: 'corrected' }));
    }
    if (isBlank(value)) {
      output[field] = null;
      continue;
    }
    let parsed = schema.safeParse(value, { error: frenchIssue });
    if (!parsed.success && !isRequired) {
      // A list: keep its valid items, drop the others one by one.
      if (typeof value === 'string' && schema.safeParse([value], { error: frenchIssue }).success) value = [value];
      if (Array.isArray(value)) {
        const kept = [...new Set(value)].filter((item) => {
          const ok = schema.safeParse([item], { error: frenchIssue }).success;
          if (!ok) {
            const reason = firstMessage(schema.safeParse([item], { error: frenchIssue }).error!);
            problems.push(keyedProblem('importValueDropped', [String(item), fieldLabel(field), reason], { ...where, field, severity: 'corrected' }));
          }
          return ok;
        });
        parsed = schema.safeParse(kept.length > 0 ? kept : null, { error: frenchIssue });
      }
    }
    if (parsed.success) {
      output[field] = parsed.data;
    } else if (isRequired) {
      problems.push(keyedProblem(structure ? 'importStructureInvalid' : 'importServiceInvalid', [fieldLabel(field), firstMessage(parsed.error)], { ...where, field, severity: 'rejected' }));
      return { problems };
    } else {
      problems.push(keyedProblem('importFieldDropped', [fieldLabel(field), firstMessage(parsed.error)], { ...where, field, severity: 'corrected' }));
      output[field] = null;
    }
  }
  return { value: output as { [K in keyof Shape]: z.output<Shape[K]> }, problems };
}
