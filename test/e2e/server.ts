/** A static file server on 127.0.0.1 for end-to-end tests, with routes a test can add. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES_DIR = resolve('test/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface ServedRequest {
  method: string;
  path: string;
  origin?: string;
  referer?: string;
}

export interface TestServer {
  origin: string;
  /** Every request the server answered, in order. */
  requests: ServedRequest[];
  url(path: string): string;
  /** Serves `body` at `path` with the given content type. */
  route(path: string, body: string | Buffer | Handler, type?: string): void;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1 serving `roots` (fixtures first) and added routes. */
export async function startServer(roots: string[] = [FIXTURES_DIR]): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      requests.push({
        method: req.method ?? 'GET',
        path,
        origin: req.headers.origin,
        referer: req.headers.referer,
      });
      const handler = routes.get(path);
      if (handler) return handler(req, res);
      for (const root of roots) {
        const file = normalize(join(root, path));
        if (!file.startsWith(root)) break;
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          return res.end(body);
        } catch {
          // try the next root
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    url: (path) => origin + (path.startsWith('/') ? path : '/' + path),
    route(path, body, type = 'text/html; charset=utf-8') {
      routes.set(
        path,
        typeof body === 'function'
          ? body
          : (_req, res) => {
              res.writeHead(200, { 'content-type': type });
              res.end(body);
            },
      );
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
