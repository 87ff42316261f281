// The fixture server: serves tests/fixtures/ and generated pages on 127.0.0.1 (random port),
// and doubles as the browsers' HTTP proxy so it sees every request they make — to any host.
// Requests for other hosts are logged and refused (the tests assert there are none), so a
// test run never reaches the internet even if something tries.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepArticle, hugeTextNode, longArticle, longOffTopic, scrollerArticle } from './generated-pages';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** The policy of the strict-CSP pages: nothing but same-origin stylesheets. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface LoggedRequest {
  /** Absolute URL (for CONNECT: https://host:port/). */
  url: string;
  host: string;
  /** 'proxy' when the browser sent it through us as its proxy, 'direct' otherwise. */
  via: 'proxy' | 'direct';
}

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  url(path: string): string;
  /** Every request received, in order; clear with `requests.length = 0`. */
  requests: LoggedRequest[];
  /** Requests for any host other than 127.0.0.1 (refused). */
  foreign(): LoggedRequest[];
  close(): Promise<void>;
}

const generated = new Map<string, string>();
/** Generated pages are cached by URL: the 1M-word page takes a moment to build. */
function generate(path: string, q: URLSearchParams): string | null {
  const key = `${path}?${q.toString()}`;
  const cached = generated.get(key);
  if (cached) return cached;
  const num = (name: string, fallback: number): number => Number(q.get(name) ?? fallback);
  let html: string | null = null;
  if (path === '/gen/long.html') html = longArticle(num('words', 50_000), num('seed', 1));
  else if (path === '/gen/offtopic-long.html') html = longOffTopic(num('words', 50_000), num('seed', 1));
  else if (path === '/gen/deep.html') html = deepArticle(num('depth', 10_000));
  else if (path === '/gen/huge-text.html') html = hugeTextNode(num('words', 100_000));
  else if (path === '/gen/scroller.html') html = scrollerArticle(num('words', 50_000), num('seed', 1));
  if (html !== null) generated.set(key, html);
  return html;
}

async function serve(req: IncomingMessage, res: ServerResponse, pathname: string, query: URLSearchParams): Promise<void> {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  // /csp/<file> serves tests/fixtures/<file> under the strict policy.
  let path = pathname;
  if (path.startsWith('/csp/')) {
    headers['content-security-policy'] = STRICT_CSP;
    path = path.slice('/csp'.length);
  }
  // /sandboxed/<file>: a sandboxed document (an opaque origin, scripts allowed); after /csp/,
  // under the strict policy as well.
  if (path.startsWith('/sandboxed/')) {
    headers['content-security-policy'] = [headers['content-security-policy'], 'sandbox allow-scripts'].filter(Boolean).join('; ');
    path = path.slice('/sandboxed'.length);
  }
  const made = generate(path, query);
  if (made !== null) {
    res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] as string });
    res.end(made);
    return;
  }
  const file = normalize(join(FIXTURES, path === '/' ? 'index.html' : path));
  if (!file.startsWith(FIXTURES)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let port = 0;
  const server = createServer((req, res) => {
    // A proxied request carries an absolute URL; a direct one only a path.
    const proxied = /^[a-z]+:\/\//i.test(req.url ?? '');
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    requests.push({ url: url.href, host: url.hostname, via: proxied ? 'proxy' : 'direct' });
    if (url.hostname !== '127.0.0.1' || (proxied && Number(url.port) !== port)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    serve(req, res, decodeURIComponent(url.pathname), url.searchParams).catch(() => res.destroy());
  });
  // HTTPS through a proxy starts with CONNECT host:port: log it and refuse.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const target = req.url ?? '';
    requests.push({ url: `https://${target}/`, host: target.replace(/:\d+$/, ''), via: 'proxy' });
    // Handed over by the http server, the socket has no error listener left: a browser that
    // resets it on the refusal (Chromium's own hosts do) threw ECONNRESET out of the run.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    foreign: () => requests.filter((r) => r.host !== '127.0.0.1'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
