/**
 * Static server for the end-to-end fixture pages: node:http only, bound to 127.0.0.1.
 *
 *   npx tsx tests/e2e/server/serve.ts 4517
 *   node --experimental-strip-types tests/e2e/server/serve.ts 4517
 *
 * Serves tests/e2e/pages, the generated /large-page.html?kb=N (&terms=0: an ordinary page without glossary words), and the strict CSP header for
 * strict-csp.html; /favicon.ico is an empty 204. Everything else is 404 (GET and HEAD only, else
 * 405); paths never leave the pages folder.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largePageHtml } from '../../../testing/large-page.ts';

export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

export const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

/** Files served with extra headers, by their path under PAGES_DIR (whatever URL spelling reached them). */
const EXTRA_HEADERS: Record<string, Record<string, string>> = {
  'strict-csp.html': { 'Content-Security-Policy': STRICT_CSP },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.jsx': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const DEFAULT_LARGE_PAGE_KB = 5000;
const MAX_LARGE_PAGE_KB = 100_000;
const largePages = new Map<string, string>();

function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function largePage(url: URL, response: ServerResponse): void {
  const raw = url.searchParams.get('kb');
  const kb = raw === null ? DEFAULT_LARGE_PAGE_KB : Number(raw);
  if (!Number.isInteger(kb) || kb < 1 || kb > MAX_LARGE_PAGE_KB) {
    send(response, 400, `kb must be a whole number from 1 to ${MAX_LARGE_PAGE_KB}\n`);
    return;
  }
  const withTerms = url.searchParams.get('terms') !== '0';
  const key = `${kb}:${withTerms}`;
  let html = largePages.get(key);
  if (html === undefined) {
    html = largePageHtml(kb, { withTerms });
    largePages.set(key, html);
  }
  send(response, 200, html, { 'Content-Type': CONTENT_TYPES['.html']! });
}

/** The file under PAGES_DIR for a URL path, or undefined when there is none or it lies outside. */
async function resolveFile(pathname: string): Promise<{ file: string; name: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.endsWith('/')) return undefined;
  // Any "..", "." or hidden segment is refused outright rather than normalised away.
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return undefined;
  const candidate = join(PAGES_DIR, ...segments);
  try {
    const [root, real] = await Promise.all([realpath(PAGES_DIR), realpath(candidate)]);
    if (!real.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
    return (await stat(real)).isFile() ? { file: real, name: relative(root, real).split(sep).join('/') } : undefined;
  } catch {
    return undefined;
  }
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') {
    // Browsers ask for it on every origin; an empty answer keeps the console free of 404 errors.
    response.writeHead(204, { 'Cache-Control': 'no-store' });
    response.end();
    return;
  }
  if (url.pathname === '/large-page.html') {
    largePage(url, response);
    return;
  }
  const resolved = await resolveFile(url.pathname);
  if (resolved === undefined) {
    send(response, 404, 'Not found\n');
    return;
  }
  const body = await readFile(resolved.file);
  const type = CONTENT_TYPES[extname(resolved.file).toLowerCase()] ?? 'application/octet-stream';
  send(response, 200, body, { 'Content-Type': type, ...EXTRA_HEADERS[resolved.name] });
}

export interface FixtureServer {
  /** For example http://127.0.0.1:4517 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 only; port 0 picks a free port. */
export function startServer(port = 0): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `Server error: ${String(error)}\n`);
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('Server has no TCP address'));
        return;
      }
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 4517);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${process.argv[2]}`);
  try {
    const { buildFixtures } = await import('./build-fixtures.mjs');
    await buildFixtures();
  } catch (error) {
    // The other pages work without the React bundle; say clearly which page will not.
    console.warn(`warning: react-app.html will not work: ${error instanceof Error ? error.message : String(error)}`);
  }
  const server = await startServer(port);
  console.log(`Fixture pages on ${server.origin}/ (Ctrl+C to stop)`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Whether this file is the script Node was started with (not imported by a test or the benchmark). */
function isMainModule(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
