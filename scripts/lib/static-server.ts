// A small static file server for dist/, used by `npm start` (HTTPS) and by the browser tests
// (HTTP on 127.0.0.1). Both serve with exactly the headers of hosting/headers.ts, so what the
// tests see is what production sends.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ALLOWED_METHODS, isHiddenPath, responseCacheControl, securityHeaders } from '../../hosting/headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticServer = { url: string; close(): Promise<void> };

export type StaticServerOptions = {
  root: string;
  port?: number;
  host?: string;
  tls?: { cert: Buffer | string; key: Buffer | string };
};

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = { ...securityHeaders(), 'Cache-Control': 'no-store' };
  if (!(ALLOWED_METHODS as readonly string[]).includes(req.method ?? '')) {
    res.writeHead(405, { ...headers, Allow: ALLOWED_METHODS.join(', ') }).end();
    return;
  }
  // Only the path is used; query strings never select files (and never carry client data).
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, headers).end();
    return;
  }
  if (pathname.endsWith('/')) pathname += 'taskpane.html';
  const file = path.resolve(root, `.${pathname}`);
  if ((file !== root && !file.startsWith(root + path.sep)) || isHiddenPath(pathname)) {
    res.writeHead(403, headers).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      ...headers,
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': responseCacheControl(pathname, 200),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res
      .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': responseCacheControl(pathname, 404) })
      .end('Niet gevonden / Not found');
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    void handle(root, req, res);
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const scheme = options.tls ? 'https' : 'http';
  const shownHost = host === '127.0.0.1' && options.tls ? 'localhost' : host;
  return {
    url: `${scheme}://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
