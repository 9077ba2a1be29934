import type { DirectoryInput } from '../directory';
import { t } from '../i18n';
import { fetchDirectory, FetchDirectoryError, type FetchLike } from './fetch-directory';

/** The national data·inclusion API (v1): structures and services, filtered on a département. */
export const NATIONAL_API_BASE = 'https://api.data.inclusion.gouv.fr/api/v1';
/** The API allows up to 10,000 records per page; 5,000 keeps each response small. */
const PAGE_SIZE = 5000;
/** A département has a few thousand structures; this bounds a runaway pagination. */
const MAX_PAGES = 40;

/** "34", "2A", "971": a département code as the API takes it. */
export function checkDepartement(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  return /^(?:0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/.test(code) ? code : undefined;
}

export interface NationalRequest {
  token: string;
  departement: string;
  fetch: FetchLike;
  baseUrl?: string;
}

async function fetchAll(kind: 'structures' | 'services', request: NationalRequest): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = `${request.baseUrl ?? NATIONAL_API_BASE}/${kind}?code_departement=${encodeURIComponent(request.departement)}&size=${PAGE_SIZE}&page=${page}`;
    const outcome = await fetchDirectory({ url, fetch: request.fetch, headers: { Authorization: `Bearer ${request.token}` } });
    if (outcome.status !== 'fetched') throw new FetchDirectoryError(t('nationalUnexpected'));
    let body: { items?: unknown; pages?: unknown };
    try {
      body = JSON.parse(new TextDecoder().decode(outcome.bytes));
    } catch {
      throw new FetchDirectoryError(t('nationalUnreadable'));
    }
    if (!Array.isArray(body.items)) throw new FetchDirectoryError(t('nationalNoItems'));
    items.push(...body.items);
    const pages = typeof body.pages === 'number' ? body.pages : 1;
    if (page >= pages || body.items.length === 0) return items;
  }
  return items;
}

/**
 * Every structure and service of one département from the national API, with the counsellor's
 * own token. The records are validated like an imported file; errors throw in French.
 */
export async function fetchNationalDirectory(request: NationalRequest): Promise<DirectoryInput> {
  const structures = await fetchAll('structures', request);
  const services = await fetchAll('services', request);
  return { structures, services };
}
