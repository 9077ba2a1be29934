import {
  REQUIRED_SERVICE_FIELDS,
  REQUIRED_STRUCTURE_FIELDS,
  serviceShape,
  structureShape,
  type ImportProblem,
  type Partner,
  type Service,
} from '../schema';
import { validateRecord } from '../schema/validate-record';
import { keyedProblem } from '../schema/problem';

export interface DirectoryInput {
  structures: unknown;
  services?: unknown;
  /** Line (1-based) of each record in the original file, when the importer knows it. */
  structureLines?: readonly number[];
  serviceLines?: readonly number[];
  /** Called every few thousand records with the share done (0…1): large imports show progress. */
  onProgress?: (fraction: number) => void;
  /** `YYYY-MM-DD` after which a `date_maj` is in the future (default: tomorrow, for time zones). */
  latestDate?: string;
  /** The records come from the national data·inclusion API, which computes `doublons` itself. */
  doublonsComputed?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

export interface DirectoryResult {
  partners: Partner[];
  problems: ImportProblem[];
}

/** `tous-publics` is exclusive: with other publics, the specific ones are kept. */
function fixPublics(service: Service, problems: ImportProblem[]): Service {
  const publics = service.publics;
  if (publics && publics.includes('tous-publics') && publics.length > 1) {
    problems.push(keyedProblem('importAllPublics', [service.id], { recordId: service.id, field: 'publics', severity: 'corrected' }));
    return { ...service, publics: publics.filter((p) => p !== 'tous-publics') };
  }
  return service;
}

/**
 * data·inclusion v1 export -> partners (a structure with its services).
 * Every valid structure becomes a partner whose id is the structure id; every rejected or
 * corrected record is reported in French. Never throws on bad data.
 */
export function parseDataInclusion(input: DirectoryInput): DirectoryResult {
  const problems: ImportProblem[] = [];
  const partners: Partner[] = [];
  const byId = new Map<string, Partner>();
  const latest = input.latestDate ?? new Date(Date.now() + DAY).toISOString().slice(0, 10);

  if (!Array.isArray(input.structures)) {
    problems.push(keyedProblem('importNoStructureList', [], { field: 'structures', severity: 'rejected' }));
    return { partners, problems };
  }
  const total = input.structures.length + (Array.isArray(input.services) ? input.services.length : 0);
  const tick = (done: number) => {
    if (input.onProgress && done % 2000 === 0) input.onProgress(done / total);
  };
  input.structures.forEach((raw, index) => {
    tick(index);
    const line = input.structureLines?.[index];
    const result = validateRecord(structureShape, REQUIRED_STRUCTURE_FIELDS, raw, { kind: 'Structure', line });
    problems.push(...result.problems);
    if (!result.value) return;
    const structure = result.value;
    // A date to come would win every « most recent » comparison and read « aujourd'hui ».
    if (structure.date_maj > latest) {
      problems.push(keyedProblem('importFutureStructure', [structure.id, structure.date_maj], { line, recordId: structure.id, field: 'date_maj', severity: 'rejected' }));
      return;
    }
    if ((structure.doublons?.length ?? 0) > 0 && !input.doublonsComputed) {
      problems.push(keyedProblem('importDoublonsUnconfirmed', [structure.id], { line, recordId: structure.id, field: 'doublons', severity: 'corrected' }));
    }
    if (byId.has(structure.id)) {
      problems.push(keyedProblem('importDuplicateStructure', [structure.id], { line, recordId: structure.id, field: 'id', severity: 'rejected' }));
      return;
    }
    const partner: Partner = { ...structure, services: [] };
    byId.set(partner.id, partner);
    partners.push(partner);
  });

  if (input.services !== undefined && input.services !== null) {
    if (!Array.isArray(input.services)) {
      problems.push(keyedProblem('importServicesNotList', [], { field: 'services', severity: 'rejected' }));
    } else {
      const seen = new Set<string>();
      const offset = input.structures.length;
      input.services.forEach((raw, index) => {
        tick(offset + index);
        const line = input.serviceLines?.[index];
        const result = validateRecord(serviceShape, REQUIRED_SERVICE_FIELDS, raw, { kind: 'Service', line });
        problems.push(...result.problems);
        if (!result.value) return;
        const service = fixPublics(result.value, problems);
        if (service.date_maj > latest) {
          problems.push(keyedProblem('importFutureService', [service.id, service.date_maj], { line, recordId: service.id, field: 'date_maj', severity: 'rejected' }));
          return;
        }
        if (seen.has(service.id)) {
          problems.push(keyedProblem('importDuplicateService', [service.id], { line, recordId: service.id, field: 'id', severity: 'rejected' }));
          return;
        }
        const partner = byId.get(service.structure_id);
        if (!partner) {
          problems.push(keyedProblem('importServiceOrphan', [service.id, service.structure_id], { line, recordId: service.id, field: 'structure_id', severity: 'rejected' }));
          return;
        }
        seen.add(service.id);
        partner.services.push(service);
      });
    }
  }
  return { partners, problems };
}

export { categoriesOfPartner, newestDate } from './partner-facts';
export { groupPartners, type GroupingOptions, type PartnerGroup, type SplitPair } from './grouping';
export { GROUPING_RULES, type GroupingRule } from './grouping-rules';
export { mergeGroup, MERGED_FIELDS, CONTACT_FIELDS, type ContactField, type RankOf, type GroupInfo, type GroupMember, type Grouped, type MergedField } from './merge-group';
