import { t } from '../i18n';

/** The fetch function is passed in: the background gives the browser's, tests a fake server. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchRequest {
  url: string;
  etag?: string;
  lastModified?: string;
  fetch: FetchLike;
  /** Extra request headers (the national API's token). */
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
}

export type FetchOutcome =
  | { status: 'unchanged' }
  | { status: 'fetched'; bytes: Uint8Array; fileName: string; etag?: string; lastModified?: string };

/** What a subscribed directory may weigh: a national export fits, a runaway response does not. */
export const MAX_DOWNLOAD_BYTES = 150 * 1024 * 1024;

export class FetchDirectoryError extends Error {}

function fileNameOf(url: string, contentType: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  if (/\.(json|csv|tsv|txt)$/i.test(last)) return decodeURIComponent(last);
  if (contentType.includes('json')) return 'annuaire.json';
  return 'annuaire.csv';
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooBig = () => new FetchDirectoryError(t('fetchTooBig', Math.round(maxBytes / 1048576)));
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooBig();
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * A redirect is followed by the browser, then judged on where it ended: the bytes are used only
 * if the final address is on the origin the user granted (so also https, or http on loopback,
 * like the first address). `127.0.0.1` → `localhost` or https → http is refused.
 */
function refuseRedirect(requested: string, response: Response): void {
  if (!response.redirected && (!response.url || response.url === requested)) return;
  let final: URL | null = null;
  try {
    final = new URL(response.url);
  } catch {
    // An empty or unreadable final address cannot be checked: refused below.
  }
  if (final && final.origin === new URL(requested).origin) return;
  const where = final ? final.origin : t('fetchUnknownAddress');
  throw new FetchDirectoryError(t('fetchRedirected', where, new URL(requested).origin));
}

/**
 * Downloads a subscribed directory with HTTP caching (ETag / Last-Modified), a size limit and a
 * timeout. Inert bytes only: they go through the same validation as an imported file.
 * Failures throw FetchDirectoryError with a message in the interface's language.
 */
export async function fetchDirectory(request: FetchRequest): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5', ...request.headers };
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs ?? 60_000);
  try {
    let response: Response;
    try {
      response = await request.fetch(request.url, { headers, credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: controller.signal });
    } catch (error) {
      const aborted = controller.signal.aborted;
      throw new FetchDirectoryError(aborted ? t('fetchTimeout') : t('fetchUnreachable', error instanceof Error ? error.message : String(error)));
    }
    refuseRedirect(request.url, response);
    if (response.status === 304) return { status: 'unchanged' };
    if (response.status === 401 || response.status === 403) {
      throw new FetchDirectoryError(t('fetchForbidden', response.status));
    }
    if (!response.ok) throw new FetchDirectoryError(response.statusText ? t('fetchStatusText', response.status, response.statusText) : t('fetchStatus', response.status));
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/html')) {
      throw new FetchDirectoryError(t('fetchHtmlPage'));
    }
    const bytes = await readLimited(response, request.maxBytes ?? MAX_DOWNLOAD_BYTES);
    return {
      status: 'fetched',
      bytes,
      fileName: fileNameOf(request.url, contentType),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } catch (error) {
    if (error instanceof FetchDirectoryError) throw error;
    throw new FetchDirectoryError(controller.signal.aborted ? t('fetchTimeout') : t('fetchInterrupted', error instanceof Error ? error.message : String(error)));
  } finally {
    clearTimeout(timer);
  }
}
