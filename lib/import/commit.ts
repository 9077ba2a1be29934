import type { DirectorySource } from '../schema';
import { OWN_SOURCE_ID, replaceSourcePartners, type ReplaceOptions } from '../db/directory-store';
import type { RepereDB } from '../db/database';
import type { ImportResult } from './index';
import { frenchText } from '../i18n-french';
import { problemBody, summarizeImport } from './report';

export interface ImportVerdict {
  accepted: boolean;
  /**
   * Why nothing will be replaced, in French from the catalogue (this runs in the import worker,
   * without the browser's i18n): the page shows it with translateFrench.
   */
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
    return { accepted: false, reason: first ? frenchText('importNoValidPartnerFirst', problemBody(first)) : frenchText('importNoValidPartner') };
  }
  const { rejected, records } = summarizeImport(result);
  if (strict && result.partners.length < records / 2) {
    return { accepted: false, reason: frenchText('importMostlyRejected', rejected, records) };
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
  // lib/db refuses it too, through t(), which a worker does not have: say it in French from the catalogue.
  if (source.id === OWN_SOURCE_ID || source.kind === 'own') throw new ImportRefusedError(frenchText('ownSourceNotReplaced'));
  const verdict = judgeImport(result, options.strict);
  if (!verdict.accepted) throw new ImportRefusedError(verdict.reason);
  return replaceSourcePartners(db, source, result.partners, options);
}
