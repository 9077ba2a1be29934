import type { RepereDB } from '../db/database';
import type { ContactEntry, Partnership } from '../schema';
import { boardPartners } from './board';
import { followUpTables, type ParsedFollowUp, type SheetTable } from './sheet';
import { loadFollowUpData } from './store';

/** The tables of everything followed, with each partner's current name and commune from the directory. */
export async function exportFollowUp(db: RepereDB, today: string): Promise<SheetTable[]> {
  const data = await loadFollowUpData(db);
  const partners = await boardPartners(db, data.partnerships.map((p) => p.partnerId));
  const favourites = new Set(data.favourites);
  const lines = data.partnerships.map((partnership) => {
    const partner = partners.get(partnership.partnerId);
    return {
      partnership: { ...partnership, partnerName: partner?.nom ?? partnership.partnerName },
      commune: partner?.commune ?? '',
      entries: data.log.filter((e) => e.partnerId === partnership.partnerId),
      isFavourite: favourites.has(partnership.partnerId),
      today,
    };
  });
  return followUpTables(lines, data.log);
}

export interface FollowUpImportPreview {
  partnerships: { added: number; replaced: number };
  log: { added: number; replaced: number };
}

export async function previewFollowUpImport(db: RepereDB, parsed: ParsedFollowUp): Promise<FollowUpImportPreview> {
  const [partnerships, log] = await Promise.all([
    db.partnerships.bulkGet(parsed.partnerships.map((p) => p.partnerId)),
    db.contactLog.bulkGet(parsed.log.map((e) => e.id)),
  ]);
  const replacedP = partnerships.filter(Boolean).length;
  const replacedL = log.filter(Boolean).length;
  return {
    partnerships: { added: parsed.partnerships.length - replacedP, replaced: replacedP },
    log: { added: parsed.log.length - replacedL, replaced: replacedL },
  };
}

/**
 * Writes the valid lines in one transaction: a partner's follow-up and a log entry with the same
 * key are replaced, nothing is deleted. A log entry keeps its first creation stamp.
 */
export async function applyFollowUpImport(db: RepereDB, parsed: ParsedFollowUp): Promise<void> {
  await db.transaction('rw', [db.partnerships, db.contactLog], async () => {
    const existing = await db.partnerships.bulkGet(parsed.partnerships.map((p) => p.partnerId));
    const partnerships: Partnership[] = parsed.partnerships.map((p, i) => ({ ...p, partnerName: p.partnerName || existing[i]?.partnerName || '' }));
    await db.partnerships.bulkPut(partnerships);
    const entries = await db.contactLog.bulkGet(parsed.log.map((e) => e.id));
    const log: ContactEntry[] = parsed.log.map((e, i) => ({ ...e, createdAt: entries[i]?.createdAt ?? e.createdAt }));
    await db.contactLog.bulkPut(log);
  });
}
