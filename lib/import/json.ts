import { keyedProblem } from '../schema/problem';
import type { ImportProblem } from '../schema';
import type { DirectoryInput } from '../directory';
import { locateJsonRecords } from './json-lines';

export interface JsonRecords {
  /** Structures and services found in the file, with their lines; undefined when unreadable. */
  structures?: { records: unknown[]; lines: number[] };
  services?: { records: unknown[]; lines: number[] };
  problems: ImportProblem[];
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse's message names a position (Node, Chrome) or a line (Firefox): turn it into a line. */
function syntaxProblem(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineMatch = /line (\d+)/.exec(message);
  const line = position ? lineAt(text, Number(position[1])) : lineMatch ? Number(lineMatch[1]) : undefined;
  return line ? keyedProblem('importJsonSyntaxAt', [], { line, severity: 'rejected' }) : keyedProblem('importJsonSyntax', [], { severity: 'rejected' });
}

/** A list of services rather than structures: each has a `structure_id`. */
function looksLikeServices(records: unknown[]): boolean {
  const first = records.find((r) => typeof r === 'object' && r !== null) as Record<string, unknown> | undefined;
  return Boolean(first && 'structure_id' in first);
}

/**
 * A data·inclusion JSON file -> its structures and/or services: `{ structures, services }`, the
 * published `structures.json` or `services.json` arrays, or an API page (`{ items: [...] }`).
 */
export function jsonToRecords(text: string): JsonRecords {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [syntaxProblem(text, error)] };
  }
  const located = locateJsonRecords(text);
  const list = (records: unknown[], lines: number[] = []) => ({ records, lines });
  if (Array.isArray(data)) {
    if (data.length === 0) return { problems: [keyedProblem('importJsonEmptyList', [], { severity: 'rejected' })] };
    return looksLikeServices(data) ? { services: list(data, located.root), problems: [] } : { structures: list(data, located.root), problems: [] };
  }
  if (typeof data === 'object' && data !== null) {
    const object = data as Record<string, unknown>;
    const items = object.structures ?? object.items ?? object.data;
    const key = object.structures !== undefined ? 'structures' : object.items !== undefined ? 'items' : 'data';
    const result: JsonRecords = { problems: [] };
    if (Array.isArray(items)) {
      if (looksLikeServices(items)) result.services = list(items, located.byKey.get(key));
      else result.structures = list(items, located.byKey.get(key));
    } else if (items !== undefined) {
      result.problems.push(keyedProblem('importJsonNotList', [key], { field: key, severity: 'rejected' }));
    }
    if (Array.isArray(object.services)) result.services = list(object.services, located.byKey.get('services'));
    else if (object.services !== undefined && object.services !== null) {
      result.problems.push(keyedProblem('importServicesNotList', [], { field: 'services', severity: 'rejected' }));
    }
    if (!result.structures && !result.services && result.problems.length === 0) {
      result.problems.push(keyedProblem('importJsonNeither', [], { field: 'structures', severity: 'rejected' }));
    }
    return result;
  }
  return { problems: [keyedProblem('importJsonNoList', [], { severity: 'rejected' })] };
}

export function toDirectoryInput(records: JsonRecords): DirectoryInput {
  return {
    structures: records.structures?.records,
    services: records.services?.records,
    structureLines: records.structures?.lines,
    serviceLines: records.services?.lines,
  };
}
