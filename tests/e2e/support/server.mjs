// A tiny static file server for the end-to-end tests (node:http, no dependency).
//
//   const server = await serve({
//     root: 'dist',
//     headers: { 'X-Frame-Options': 'DENY' },                     // on every response
//     paths: { '/strict/': { 'Content-Security-Policy': '…' } },  // root again under /strict/, with these headers
//   });
//   server.url       // 'http://127.0.0.1:PORT/'
//   server.requests  // ['/index.html?lang=de', '/strict/startklar.js', …] in arrival order
//   await server.close();
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** The build under test: $STARTKLAR_DIST, else the repository's dist/. */
export const DIST = path.resolve(REPO_ROOT, process.env.STARTKLAR_DIST || 'dist');

/**
 * Serves the folder `root` (default: DIST) on 127.0.0.1 at a random free
 * port. `headers` are added to every successful response. `paths` maps URL
 * prefixes ('/strict/') to extra headers: the same files are served again
 * under the prefix with those headers, so one server can show a page with
 * and without, say, a Content-Security-Policy (relative URLs stay under the
 * prefix).
 */
export async function serve({ root = DIST, headers = {}, paths = {} } = {}) {
  const base = path.resolve(root);
  const prefixes = Object.keys(paths).sort((a, b) => b.length - a.length);
  const requests = [];

  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return notFound(); // malformed percent-encoding
    }
    if (pathname.includes('\0')) return notFound();
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (prefix) pathname = pathname.slice(prefix.length - 1);
    // Resolve against the root and refuse anything that lands outside it
    // ('..' segments, encoded or not).
    let file = path.resolve(base, '.' + path.posix.normalize('/' + pathname));
    if (file !== base && !file.startsWith(base + path.sep)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        ...headers,
        ...(prefix ? paths[prefix] : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
