import type { z } from 'zod';
import type { ImportProblem } from './data-inclusion';
import { stripInvisibleValue } from './invisible-characters';
import { frenchText } from '../i18n-french';
import { keyedProblem } from './problem';
import { frenchIssue } from './zod-french';

export interface RecordContext {
  /** "Structure" or "Service": names the record in messages (anything but a service reads as a structure). */
  kind: string;
  line?: number;
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
  const shownId = recordId ?? '?';
  const kindWord = frenchText(structure ? 'importKindStructure' : 'importKindService');
  const output: Record<string, unknown> = {};

  for (const field of Object.keys(shape)) {
    const schema = shape[field];
    const isRequired = (required as readonly string[]).includes(field);
    const stripped = stripInvisibleValue(input[field]);
    let value = stripped.value;
    if (stripped.changed) {
      problems.push(keyedProblem('importInvisibleRemoved', [kindWord, shownId, field], { ...base, recordId, field, severity: 'corrected' }));
    }
    if (isBlank(value)) {
      if (isRequired) {
        problems.push(keyedProblem(structure ? 'importStructureMissing' : 'importServiceMissing', [field, shownId], { ...base, recordId, field, severity: 'rejected' }));
        return { problems };
      }
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
            problems.push(keyedProblem('importValueDropped', [kindWord, shownId, String(item), field, reason], { ...base, recordId, field, severity: 'corrected' }));
          }
          return ok;
        });
        parsed = schema.safeParse(kept.length > 0 ? kept : null, { error: frenchIssue });
      }
    }
    if (parsed.success) {
      output[field] = parsed.data;
    } else if (isRequired) {
      problems.push(keyedProblem(structure ? 'importStructureInvalid' : 'importServiceInvalid', [field, shownId, firstMessage(parsed.error)], { ...base, recordId, field, severity: 'rejected' }));
      return { problems };
    } else {
      problems.push(keyedProblem('importFieldDropped', [kindWord, shownId, field, firstMessage(parsed.error)], { ...base, recordId, field, severity: 'corrected' }));
      output[field] = null;
    }
  }
  return { value: output as { [K in keyof Shape]: z.output<Shape[K]> }, problems };
}
