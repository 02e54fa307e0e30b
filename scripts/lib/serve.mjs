// serve.mjs: a small static file server for dist/, with the headers a host should send.
//
//   node scripts/lib/serve.mjs [ROOT] [--port 8000] [--host 127.0.0.1]
//
// Also imported by the browser tests (startServer). Serves .wasm as application/wasm
// (streaming compilation) and sends the strict Content-Security-Policy the page is
// built for.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.otf': 'font/otf',
};

// The headers a host sends with a file of dist/: this server sends them, and
// scripts/lib/assemble.mjs writes them into dist/_headers (the format Netlify and
// Cloudflare Pages read), so the two never drift.
export const SITE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
// All of them for a file (its type by its extension; .wasm as application/wasm, for
// streaming compilation): content-hashed names never change content, so they are cached
// for good; the rest (HTML, embed.js, sw.js, the manifest, the preview image) are
// revalidated on every use; the oEmbed response is readable from any origin (link
// expanders that run in a browser fetch it).
export function headersFor(name) {
  return {
    'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream',
    ...SITE_HEADERS,
    'Cache-Control': /\.[0-9a-f]{8}\.(js|wasm|css|json|otf)$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(name.endsWith('oembed.json') ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
}

// dist/_headers for the files of dist/ (names relative to it): one rule per path with all
// of its headers, so no host joins two values of one header.
export function headersFile(files) {
  const rules = [['/', 'index.html'], ...files.map((file) => [`/${file}`, file])];
  return `${rules.map(([path, file]) => [
    path,
    ...Object.entries(headersFor(file)).map(([name, value]) => `  ${name}: ${value}`),
  ].join('\n')).join('\n')}\n`;
}

// Starts serving `root`; resolves to the http.Server once listening. `port` 0 picks a
// free port (server.address().port). `onRequest(req)` sees every request (tests); the
// answer waits for the promise it may return (a test holding a file back).
export function startServer({ root, port = 8000, host = '127.0.0.1', headers = {}, onRequest } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    await onRequest?.(req);
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Length': body.length,
        ...headersFor(file),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR' || error instanceof URIError;
      res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(missing ? 'not found\n' : 'server error\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option('--port', process.env.PORT ?? 8000));
  const host = option('--host', process.env.HOST ?? '127.0.0.1');
  const root = args[0] ?? 'dist';
  const server = await startServer({ root, port, host });
  const { port: actual } = server.address();
  console.log(`serving ${root} on http://${host}:${actual}/ (the article's assumptions: #v=1)`);
}
