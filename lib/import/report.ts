import { formatIsoDay, t, type MessageKey } from '../i18n';
import { frenchText, translateFrench } from '../i18n-french';
import type { ImportProblem } from '../schema';
import type { ImportResult } from './index';

export interface ImportSummary {
  partners: number;
  services: number;
  /** Structures read, kept or not. */
  records: number;
  /** Records left out (structures and services). */
  rejected: number;
  /** Values dropped or fixed in records that were kept. */
  corrected: number;
  /** Other remarks (unknown columns…). */
  notes: number;
}

export function summarizeImport(result: Pick<ImportResult, 'partners' | 'problems' | 'recordCount' | 'serviceRecordCount'>): ImportSummary {
  const services = result.partners.reduce((sum, p) => sum + p.services.length, 0);
  const corrected = result.problems.filter((p) => p.severity === 'corrected').length;
  return {
    partners: result.partners.length,
    services,
    records: result.recordCount,
    rejected: result.recordCount - result.partners.length + result.serviceRecordCount - services,
    corrected,
    notes: result.problems.filter((p) => !p.severity).length,
  };
}

/** Problems in file order (file-level remarks first), as the preview and the CLI list them. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** « CCAS de Sète », Sète · service « Aide alimentaire »: the record as the counsellor knows it, never its id. */
function recordLabel(problem: ImportProblem, text: typeof t): string | undefined {
  const structure = problem.recordName
    ? problem.recordCommune ? text('importWhereStructureAt', problem.recordName, problem.recordCommune) : text('importWhereStructure', problem.recordName)
    : undefined;
  const service = problem.serviceName ? text('importWhereService', problem.serviceName) : undefined;
  return [structure, service].filter(Boolean).join(' · ') || undefined;
}

/** What is wrong, without where: in French, or with `inInterface` in the interface's language. */
export function problemBody(problem: ImportProblem, inInterface = false): string {
  const value = inInterface ? (v: string) => (ISO_DAY.test(v) ? formatIsoDay(v) : translateFrench(v)) : (v: string) => v;
  return problem.key ? (inInterface ? t : frenchText)(problem.key as MessageKey, ...(problem.params ?? []).map(value)) : value(problem.message);
}

/**
 * "Ligne 12 · « CCAS de Sète », Sète — Champ « Adresse e-mail » ignoré, le reste est gardé : …", in
 * French (`npm run validate`), or with `inInterface` in the interface's language: the page renders
 * the problem's key and values with `t()`, the French reasons and field labels among the values in
 * turn, and dates as the interface writes them. Every remark says where: its line, its record, or
 * « Fichier entier » when it is about the whole file.
 */
export function describeProblem(problem: ImportProblem, inInterface = false): string {
  const text = inInterface ? t : frenchText;
  const body = problemBody(problem, inInterface);
  const record = recordLabel(problem, text);
  const line = problem.line !== undefined && !Number.isNaN(problem.line)
    ? text('importWhere', problem.line)
    : record || problem.recordId ? undefined : text('importWholeFile');
  const where = [problem.file, line, record].filter(Boolean).join(' · ');
  return where ? `${where} — ${body}` : body;
}

const n = (value: number) => value.toLocaleString('fr-FR');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count > 1 ? many : one}`;

/** The preview's report as plain text, for `npm run validate`. */
export function formatImportReport(result: ImportResult, fileName: string): string {
  const summary = summarizeImport(result);
  const lines = [
    `Fichier : ${fileName}${result.format !== 'unknown' ? ` (${result.format.toUpperCase()}${result.encoding ? `, ${result.encoding}` : ''}${result.delimiter ? `, séparateur « ${result.delimiter === '\t' ? 'tabulation' : result.delimiter} »` : ''})` : ''}`,
    `${plural(summary.partners, 'partenaire prêt', 'partenaires prêts')} à importer (${plural(summary.services, 'service', 'services')}) sur ${plural(summary.records, 'structure lue', 'structures lues')}`,
    `${plural(summary.rejected, 'enregistrement rejeté', 'enregistrements rejetés')}, ${plural(summary.corrected, 'valeur corrigée ou ignorée', 'valeurs corrigées ou ignorées')}`,
  ];
  const problems = sortProblems(result.problems);
  if (problems.length > 0) {
    lines.push('', 'Détail :');
    for (const problem of problems) lines.push(`  ${describeProblem(problem)}`);
  }
  return lines.join('\n');
}
