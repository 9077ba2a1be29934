import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeDossierHtml } from '../../fixtures/pages/large-dossier.mjs';

const PAGES = join(process.cwd(), 'tests', 'fixtures', 'pages');

/** Case-management pages on loopback (tests/fixtures/pages), with a log of every request it got. */
export interface CasePageServer {
  origin: string;
  url(file: string): string;
  requests: string[];
  close(): Promise<void>;
}

export async function startCasePageServer(host = '127.0.0.1'): Promise<CasePageServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const path = (request.url ?? '/').split('?')[0];
    const file = path.startsWith('/dossiers/') ? 'spa-dossier.html' : path.slice(1);
    if (path === '/frame') {
      const src = new URL(request.url ?? '', 'http://x').searchParams.get('src') ?? '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="fr"><title>Cadre</title><main><h1>Dossier</h1><ul><li>Surendettement <span>Besoin</span></li></ul><iframe title="dossier" src="${src.replace(/"/g, '')}"></iframe></main></html>`);
      return;
    }
    if (path === '/grand-dossier.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(largeDossierHtml());
      return;
    }
    if (!/^[a-z0-9-]+\.html$/.test(file)) {
      response.writeHead(404).end();
      return;
    }
    try {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(PAGES, file)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, host, ready));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
