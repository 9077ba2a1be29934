import type { z } from 'zod';
import type { ImportProblem } from './data-inclusion';
import { stripInvisibleValue } from './invisible-characters';

export interface RecordContext {
  /** "Structure" or "Service": names the record in messages. */
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
  return error.issues[0]?.message ?? 'valeur invalide';
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
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ ...base, message: `${context.kind} ignorée : ce n’est pas un objet`, severity: 'rejected' });
    return { problems };
  }
  const input = raw as Record<string, unknown>;
  const recordId = recordIdOf(input);
  const where = recordId ? `${context.kind} « ${recordId} »` : context.kind;
  const output: Record<string, unknown> = {};

  for (const field of Object.keys(shape)) {
    const schema = shape[field];
    const isRequired = (required as readonly string[]).includes(field);
    const stripped = stripInvisibleValue(input[field]);
    let value = stripped.value;
    if (stripped.changed) {
      problems.push({ ...base, recordId, field, message: `${where} : caractères invisibles retirés de « ${field} » (contrôle du sens d’écriture ou caractère de largeur nulle)`, severity: 'corrected' });
    }
    if (isBlank(value)) {
      if (isRequired) {
        problems.push({ ...base, recordId, field, message: `${where} rejetée : le champ obligatoire « ${field} » est vide ou absent`, severity: 'rejected' });
        return { problems };
      }
      output[field] = null;
      continue;
    }
    let parsed = schema.safeParse(value);
    if (!parsed.success && !isRequired) {
      // A list: keep its valid items, drop the others one by one.
      if (typeof value === 'string' && schema.safeParse([value]).success) value = [value];
      if (Array.isArray(value)) {
        const kept = [...new Set(value)].filter((item) => {
          const ok = schema.safeParse([item]).success;
          if (!ok) {
            problems.push({ ...base, recordId, field, message: `${where} : valeur « ${String(item)} » ignorée dans « ${field} » (${firstMessage(schema.safeParse([item]).error!)})`, severity: 'corrected' });
          }
          return ok;
        });
        parsed = schema.safeParse(kept.length > 0 ? kept : null);
      }
    }
    if (parsed.success) {
      output[field] = parsed.data;
    } else if (isRequired) {
      problems.push({ ...base, recordId, field, message: `${where} rejetée : champ « ${field} » ${firstMessage(parsed.error)}`, severity: 'rejected' });
      return { problems };
    } else {
      problems.push({ ...base, recordId, field, message: `${where} : champ « ${field} » ignoré, il ${firstMessage(parsed.error)}`, severity: 'corrected' });
      output[field] = null;
    }
  }
  return { value: output as { [K in keyof Shape]: z.output<Shape[K]> }, problems };
}
