/**
 * A tiny static server for page-level embedding checks, laid out like a portal that hosts its own files:
 *
 *   /static/cw/…   the built dist/ (a nested path, as a webmaster would copy it)
 *   /community/…   demo/embedding/ (strict-CSP, link-form and plain fallback pages)
 *   /              demo/index.html with its Vite module scripts swapped for the loader
 *   /…             demo/public/ then demo/ (data, photos, prefs.js, portal.css, service-info.html)
 *
 * Every response carries the strict policy unless `csp: false`. Run it by hand to look at the pages:
 *   node e2e/lib/static-server.mjs [port]
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(root, 'dist');

/** Every .js file under dist/ (its type declarations left out). */
export function distScripts(folder = DIST) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'types' ? [] : distScripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

/** The demo's pages load Vite-only TypeScript modules; served statically they get the dist loader instead. */
export function withLoader(html) {
  const withoutVite = html.replace(/\s*<script type="module" src="\.\/[\w-]+\.ts"><\/script>/g, '');
  return withoutVite.replace('</head>', '    <script type="module" blocking="render" src="/static/cw/loader.js"></script>\n  </head>');
}

const MOUNTS = [
  ['/static/cw/', DIST],
  ['/community/', join(root, 'demo/embedding')],
  ['/', join(root, 'demo/public')],
  ['/', join(root, 'demo')],
];

/** Resolves a URL path inside one folder, refusing `..` escapes. */
function inside(folder, relativePath) {
  const file = normalize(join(folder, relativePath));
  return file === folder || file.startsWith(folder + sep) ? file : undefined;
}

async function findFile(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    let file = inside(folder, pathname.slice(prefix.length));
    if (!file) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    else if (!info) continue;
    if (await stat(file).catch(() => undefined)) return file;
  }
  return undefined;
}

/**
 * @param {{ csp?: boolean, port?: number, pages?: Record<string, string>, hang?: string[] }} [options]
 *   `pages`: extra HTML pages served from memory by path (e.g. sanitizer output).
 *   `hang`: paths answered never (until close): widgets reading them stay in their loading state.
 * @returns {Promise<{ origin: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startSite(options = {}) {
  const requests = [];
  const hanging = new Set();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(pathname);
    if (options.hang?.includes(pathname)) {
      hanging.add(response);
      return;
    }
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (options.csp !== false) headers['Content-Security-Policy'] = STRICT_CSP;
    try {
      const inMemory = options.pages?.[pathname];
      if (inMemory !== undefined) {
        response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(inMemory);
        return;
      }
      const file = await findFile(pathname === '/' ? '/index.html' : decodeURIComponent(pathname));
      if (!file) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      let body = await readFile(file);
      // Only the demo's own pages (not demo/embedding, which are written for the loader) need their scripts swapped.
      if (file.endsWith('.html') && !file.includes(`${sep}embedding${sep}`)) body = withLoader(body.toString('utf8'));
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      for (const response of hanging) response.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = await startSite({ port: Number(process.argv[2] ?? 5290) });
  console.log(`Serving the demo with dist/ at /static/cw/ and the strict CSP on ${site.origin}/ (pages: /community/strict-csp.html, /community/link-form.html)`);
}
