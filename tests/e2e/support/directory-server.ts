import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A team's web server on loopback: serves one directory file with an ETag, can be told to fail. */
export interface DirectoryServer {
  url: string;
  body: string;
  status: number;
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function startDirectoryServer(path: string, body: string, contentType = 'text/csv; charset=utf-8'): Promise<DirectoryServer> {
  let server: Server;
  const state = {
    url: '',
    body,
    status: 200,
    requests: [] as IncomingHttpHeaders[],
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  server = createServer((request, response) => {
    if (request.url !== path) {
      response.writeHead(404).end();
      return;
    }
    state.requests.push(request.headers);
    if (state.status !== 200) {
      response.writeHead(state.status, { 'content-type': 'text/plain' }).end('panne');
      return;
    }
    const etag = `"${Buffer.from(state.body).toString('base64').length}-${state.body.length}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType, etag }).end(state.body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return state;
}
