import {
  REQUIRED_SERVICE_FIELDS,
  REQUIRED_STRUCTURE_FIELDS,
  serviceShape,
  structureShape,
  type ImportProblem,
  type Partner,
  type Service,
} from '../schema';
import { recordNaming, validateRecord } from '../schema/validate-record';
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
function fixPublics(service: Service, problems: ImportProblem[], where: Partial<ImportProblem>): Service {
  const publics = service.publics;
  if (publics && publics.includes('tous-publics') && publics.length > 1) {
    problems.push(keyedProblem('importAllPublics', [], { ...where, recordId: service.id, field: 'publics', severity: 'corrected' }));
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
    const where = { line, recordId: structure.id, ...recordNaming(structure, { kind: 'Structure' }) };
    // A date to come would win every « most recent » comparison and read « aujourd'hui ».
    if (structure.date_maj > latest) {
      problems.push(keyedProblem('importFutureStructure', [structure.date_maj], { ...where, field: 'date_maj', severity: 'rejected' }));
      return;
    }
    if ((structure.doublons?.length ?? 0) > 0 && !input.doublonsComputed) {
      problems.push(keyedProblem('importDoublonsUnconfirmed', [], { ...where, field: 'doublons', severity: 'corrected' }));
    }
    const first = byId.get(structure.id);
    if (first) {
      problems.push(keyedProblem('importDuplicateStructure', [first.nom], { ...where, field: 'id', severity: 'rejected' }));
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
        const owner = byId.get(String((raw as { structure_id?: unknown } | null)?.structure_id ?? ''));
        const result = validateRecord(serviceShape, REQUIRED_SERVICE_FIELDS, raw, { kind: 'Service', line, owner });
        problems.push(...result.problems);
        if (!result.value) return;
        const where = { line, recordId: result.value.id, ...recordNaming(result.value, { kind: 'Service', owner }) };
        const service = fixPublics(result.value, problems, where);
        if (service.date_maj > latest) {
          problems.push(keyedProblem('importFutureService', [service.date_maj], { ...where, field: 'date_maj', severity: 'rejected' }));
          return;
        }
        if (seen.has(service.id)) {
          problems.push(keyedProblem('importDuplicateService', [], { ...where, field: 'id', severity: 'rejected' }));
          return;
        }
        const partner = byId.get(service.structure_id);
        if (!partner) {
          problems.push(keyedProblem('importServiceOrphan', [service.structure_id], { ...where, field: 'structure_id', severity: 'rejected' }));
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
