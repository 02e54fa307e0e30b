// sw.template.js: the template of sw.js, the calculator's service worker for the
// offline page. scripts/lib/assemble.mjs fills in BUILD_ID and FILES for each build and
// writes dist/sw.js.
//
// Precaches every file of the build (except itself) into a cache named by the build;
// each download is checked against its revision (the file's SHA-256), so the cache
// holds exactly one build: a page, its script and its wasm always match. Serves those
// files cache-first (query and fragment ignored, the folder itself is index.html), and
// leaves every other request to the network. A failed install removes its cache; on
// activation, the caches of earlier builds of this same deployment (scope) go.
// The language packs and their font (LANGUAGE_FILES, content-hashed names) are not
// installed for every reader: one is cached when the page first fetches it, so a
// reader's language works offline after one visit in it, and an install keeps the ones
// an earlier build's cache has (the same name is the same file).
'use strict';
const BUILD_ID = '{{BUILD_ID}}';
const FILES = {{PRECACHE}};   // [name, revision, immutable (content-hashed name)]
const LANGUAGE_FILES = {{LANGUAGE_FILES}};

const SCOPE = new URL('./', self.location).href;
const PREFIX = `aws-calc ${SCOPE} `;
const CACHE = PREFIX + BUILD_ID;
const urlOf = (name) => new URL(name, SCOPE).href;
const byPath = new Map(FILES.map(([name]) => [new URL(urlOf(name)).pathname, urlOf(name)]));
byPath.set(new URL(SCOPE).pathname, urlOf('index.html'));
const languagePaths = new Set(LANGUAGE_FILES.map((name) => new URL(urlOf(name)).pathname));
for (const name of LANGUAGE_FILES) byPath.set(new URL(urlOf(name)).pathname, urlOf(name));

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async ([name, revision, immutable]) => {
        const url = urlOf(name);
        if (await cache.match(url)) return;   // checked by an install the browser stopped
        // Stable names (index.html...) past any HTTP cache; hashed names may come from it.
        const response = await fetch(url, { cache: immutable ? 'default' : 'no-cache' });
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        const body = await response.arrayBuffer();
        if (hex(await crypto.subtle.digest('SHA-256', body)).slice(0, revision.length) !== revision) {
          throw new Error(`${name} is not the file of build ${BUILD_ID}: the next visit installs again`);
        }
        const headers = new Headers(response.headers);   // the body is decoded now
        headers.delete('Content-Encoding');
        headers.delete('Content-Length');
        await cache.put(url, new Response(body, { status: 200, headers }));
      }));
      for (const name of LANGUAGE_FILES) {
        const earlier = await caches.match(urlOf(name));   // a used language, any build's cache
        if (earlier) await cache.put(urlOf(name), earlier);
      }
    } catch (error) {
      // A failed install (a deploy still uploading, a file of another build) leaves
      // nothing behind: no half-filled cache waits for an activation that never comes.
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const cached = url.origin === self.location.origin && byPath.get(url.pathname);
  if (!cached) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const response = await cache.match(cached);
    if (response) return response;
    const fetched = await fetch(request);
    return fetched.ok && languagePaths.has(url.pathname) ? keep(cache, cached, fetched) : fetched;
  }));
});

// A language file, stored as the install stores its files (the body decoded), and given.
async function keep(cache, url, response) {
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  const body = await response.arrayBuffer();
  await cache.put(url, new Response(body, { status: 200, headers }));
  return new Response(body, { status: 200, headers });
}

// The page's language files fetched before this worker controlled it (a first visit in
// German fetches its pack before the worker is installed): {type: 'aws-calc:keep',
// files: [names]}, only names of LANGUAGE_FILES.
self.addEventListener('message', (event) => {
  const files = event.data?.type === 'aws-calc:keep' && Array.isArray(event.data.files) ? event.data.files : [];
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(
    files.filter((name) => LANGUAGE_FILES.includes(name)).map(async (name) => {
      if (await cache.match(urlOf(name))) return;
      const response = await fetch(urlOf(name));
      if (response.ok) await keep(cache, urlOf(name), response);
    }))));
});
