import type { DirectorySource } from '../schema';
import { replaceSourcePartners, type ReplaceOptions } from '../db/directory-store';
import type { RepereDB } from '../db/database';
import type { ImportResult } from './index';
import { summarizeImport } from './report';

export interface ImportVerdict {
  accepted: boolean;
  /** Why nothing will be replaced, in French. */
  reason?: string;
}

/**
 * Whether a parsed file may replace a source. An import with no valid partner never replaces
 * anything. Unattended refreshes (`strict`) also refuse a file that lost more than half of
 * its records: a broken export must not wipe a team's directory overnight.
 */
export function judgeImport(result: Pick<ImportResult, 'partners' | 'problems' | 'recordCount' | 'serviceRecordCount'>, strict = false): ImportVerdict {
  if (result.partners.length === 0) {
    const first = result.problems.find((p) => p.severity === 'rejected');
    return { accepted: false, reason: `Aucun partenaire valide${first ? ` : ${first.message}` : ''}` };
  }
  const { rejected, records } = summarizeImport(result);
  if (strict && result.partners.length < records / 2) {
    return { accepted: false, reason: `${rejected} enregistrements rejetés sur ${records} : le fichier semble abîmé, l’annuaire précédent est gardé` };
  }
  return { accepted: true };
}

export class ImportRefusedError extends Error {}

/** Stores an accepted import as the new content of one source, atomically; refuses the others untouched. */
export async function commitImport(
  db: RepereDB,
  source: Omit<DirectorySource, 'partnerCount' | 'updatedAt' | 'newestRecord'>,
  result: ImportResult,
  options: ReplaceOptions & { strict?: boolean } = {},
): Promise<DirectorySource> {
  const verdict = judgeImport(result, options.strict);
  if (!verdict.accepted) throw new ImportRefusedError(verdict.reason);
  return replaceSourcePartners(db, source, result.partners, options);
}
