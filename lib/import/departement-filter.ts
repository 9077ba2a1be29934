import { departementOf } from '../search/documents';
import type { NamedBytes } from './index';

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The département of a record: its INSEE code, else its postal code (Corsica: 2A/2B from the INSEE code only). */
function departementOfRecord(record: Row): string | undefined {
  const insee = typeof record.code_insee === 'string' ? record.code_insee : undefined;
  const postal = typeof record.code_postal === 'string' ? record.code_postal : undefined;
  return departementOf(insee) ?? departementOf(postal);
}

/**
 * One département out of data·inclusion's national open data (published weekly on data.gouv.fr
 * as whole-country files only: structures and services, JSON): the structures located there and
 * their services, as one small JSON file the import then validates like any other. Filtering the
 * raw records first keeps the check (and its memory) to the département. CSV files pass through.
 */
export function keepDepartement(files: readonly NamedBytes[], departement: string): NamedBytes[] {
  const code = departement.toUpperCase();
  const structures: Row[] = [];
  const services: Row[] = [];
  const others: NamedBytes[] = [];
  for (const file of files) {
    if (!/\.json$/i.test(file.name)) {
      others.push(file);
      continue;
    }
    const parsed: unknown = JSON.parse(new TextDecoder().decode(file.bytes));
    const lists = Array.isArray(parsed) ? [parsed] : isRow(parsed) ? [parsed.structures, parsed.services] : [];
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      for (const record of list) if (isRow(record)) (typeof record.structure_id === 'string' ? services : structures).push(record);
    }
  }
  const kept = structures.filter((record) => departementOfRecord(record) === code);
  const ids = new Set(kept.map((record) => record.id));
  const json = JSON.stringify({ structures: kept, services: services.filter((record) => ids.has(record.structure_id)) });
  return [...others, { name: `departement-${code}.json`, bytes: new TextEncoder().encode(json) }];
}
