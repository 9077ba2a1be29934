import { parseDataInclusion } from '../directory';
import type { ImportProblem } from '../schema';
import type { RepereDB } from './database';
import { replaceSourcePartners } from './directory-store';

export const STARTER_SOURCE_ID = 'repere-starter';

/**
 * Loads the embedded national starter directory unless this revision is already stored, so
 * the extension answers from the first minute. Local sources outrank it (lower priority).
 */
export async function ensureStarterDirectory(
  db: RepereDB,
  loadJson: () => Promise<unknown>,
  revision: string,
): Promise<{ loaded: boolean; problems: ImportProblem[] }> {
  const existing = await db.sources.get(STARTER_SOURCE_ID);
  if (existing && existing.revision === revision) return { loaded: false, problems: [] };
  const json = (await loadJson()) as { structures?: unknown; services?: unknown } | null;
  const { partners, problems } = parseDataInclusion({ structures: json?.structures, services: json?.services });
  await replaceSourcePartners(db, {
    id: STARTER_SOURCE_ID,
    kind: 'embedded',
    label: 'Annuaire national de démarrage (Repère)',
    priority: -10,
    revision,
  }, partners);
  return { loaded: true, problems };
}
