import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for the national data·inclusion API, over HTTPS on loopback (with a throw-away
 * self-signed certificate): the browser is told to resolve the API's host name here and to
 * accept the certificate, so no request leaves the machine.
 */
export interface FakeNationalApi {
  port: number;
  token: string;
  structures: Record<string, unknown>[];
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeNationalApi(structures: Record<string, unknown>[], token = 'jeton-de-test'): Promise<FakeNationalApi> {
  const dir = mkdtempSync(join(tmpdir(), 'repere-api-'));
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=api.data.inclusion.gouv.fr', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
  const state = { port: 0, token, structures, requests: [] as string[], close: async () => {} };
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://api.data.inclusion.gouv.fr');
    state.requests.push(`${url.pathname}?${url.searchParams}`);
    if (request.headers.authorization !== `Bearer ${state.token}`) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"detail":"Not authenticated"}');
      return;
    }
    const all = url.pathname === '/api/v1/structures' ? state.structures.filter((s) => String(s.code_postal ?? '').startsWith(url.searchParams.get('code_departement') ?? '')) : [];
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('size') ?? 5000);
    const items = all.slice((page - 1) * size, page * size);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, total: all.length, page, size: items.length, pages: Math.max(1, Math.ceil(all.length / size)) }));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  state.port = (server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((done) => server.close(() => { rmSync(dir, { recursive: true, force: true }); done(); }));
  return state;
}
