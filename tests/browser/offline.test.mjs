// offline.test.mjs: the calculator without a network. After one visit the
// service worker (dist/sw.js) serves the page with every request refused, the service
// worker's own included, and the page renders and recomputes; the precache is exactly
// one build, checked file by file, and older caches of the deployment go; a file that
// is not its build's stops the install. The single file aws-anthropic-calculator.html,
// alone in a folder and opened via file://, renders and computes what the served page
// does, fetching nothing; made from a page in German, it speaks German from disk. The
// manifest names icons that exist.
//
// Needs dist/ (scripts/build). One Chromium for the file; a fresh context per test.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/lib/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, DIST, closeContexts, decodePng } from './harness.mjs';

const STATE = 'v=1&rev=5,12,24&gm=55';   // canonical order
const twoDecimals = (values) => values.map((v) => v.toFixed(2));

let browser;
const servers = [];
const temporary = [];
const contexts = [];

// Serves `root` on a free port of 127.0.0.1; returns {origin, requests (paths)}.
async function serve(root) {
  const requests = [];
  const server = await startServer({ root, port: 0, host: '127.0.0.1', onRequest: (r) => requests.push(r.url) });
  servers.push(server);
  return { origin: `http://127.0.0.1:${server.address().port}`, requests };
}

let dist;
before(async () => {
  dist = await serve(DIST);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterEach(() => closeContexts(contexts));

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

// A fresh context; console errors and page errors fail the test unless `allowed` matches
// "TEXT URL".
async function newContext(allowed = /^$/) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  context.errors = [];
  context.requests = [];   // every URL the context asked for, service workers' included
  context.on('request', (request) => context.requests.push(request.url()));
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed.test(`${message.text()} ${message.location().url}`)) {
        context.errors.push(`console: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => context.errors.push(`page error: ${error.stack ?? error}`));
  });
  contexts.push(context);
  return context;
}

// Waits until the calculator drew its first frame (not a fallback).
async function rendered(page, timeoutMs = 60000) {
  let timer;
  await Promise.race([
    page.evaluate(() => window.awsCalc.ready),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('awsCalc.ready never resolved')), timeoutMs); }),
  ]).finally(() => clearTimeout(timer));
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('canvas-ready')),
    'no canvas: the page fell back');
  assert.ok((await page.evaluate(() => window.awsCalc.stats().framesRendered)) > 0, 'no frame drawn');
}

// A single file opened from disk in a fresh context that can reach nothing else, once it
// has rendered: {offline (the context), page, url}.
async function openFromDisk(file) {
  const offline = await newContext();
  await offline.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await offline.newPage();
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await rendered(page);
  return { offline, page, url };
}

// The build's precache list, from dist/sw.js.
function precache() {
  const text = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const build = /const BUILD_ID = '([0-9a-f]+)'/.exec(text)[1];
  const files = JSON.parse(/const FILES = (\[[\s\S]*?\n\]);/.exec(text)[1].replace(/,\n\]$/, '\n]'));
  return { build, files };
}

// One visit; resolves once the service worker is active with its cache filled.
async function visit(context, origin, hash = STATE) {
  const page = await context.newPage();
  await page.goto(`${origin}/#${hash}`);
  await rendered(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  return page;
}

const cacheState = (page) => page.evaluate(async () => {
  const names = await caches.keys();
  const contents = {};
  for (const name of names) {
    contents[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname).sort();
  }
  return { names, contents };
});

test('precache: every file of the build but sw.js, the offline file and the files for hosts and crawlers, in a cache named by the build; older caches of this deployment go', async () => {
  const { build, files } = precache();
  // The offline file is built by the page from its own files when asked (web/offline.mjs);
  // a host that reads _headers does not serve it; oembed.json and preview.png are for
  // link expanders, not readers.
  const notPrecached = new Set(['sw.js', 'aws-anthropic-calculator.html', '_headers', 'oembed.json', 'preview.png']);
  // Nor the languages' packs, their first views' style sheets, font and script: the worker
  // keeps the ones a reader uses (below).
  const language = (file) => /^(lang-[a-z]+\.[0-9a-f]{8}\.json|first-view-[a-z]+\.[0-9a-f]{8}\.css|inter-languages\.[0-9a-f]{8}\.otf|languages\.[0-9a-f]{8}\.js)$/.test(file);
  const expected = readdirSync(DIST).filter((file) => !notPrecached.has(file) && !language(file)).sort();
  assert.deepEqual(JSON.parse(/const LANGUAGE_FILES = (\[.*\]);/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))[1]).sort(),
                   readdirSync(DIST).filter(language).sort());
  assert.deepEqual(files.map(([name]) => name), expected, 'sw.js does not list every file of dist/');
  const context = await newContext();
  // Caches left by an earlier build of this deployment, and by someone else.
  await context.addInitScript((origin) => {
    if (typeof window !== 'undefined' && location.origin === origin && window === top) {
      caches.open(`aws-calc ${origin}/ 00000000`).then((cache) => cache.put('/old', new Response('old')));
      caches.open('another-app').then((cache) => cache.put('/theirs', new Response('theirs')));
    }
  }, dist.origin);
  const page = await visit(context, dist.origin);
  const ours = `aws-calc ${dist.origin}/ ${build}`;
  await page.waitForFunction((name) => caches.keys().then((names) => names.includes(name) && names.length === 2), ours);
  const state = await cacheState(page);
  assert.deepEqual(state.names.sort(), ['another-app', ours].sort());
  assert.deepEqual(state.contents[ours], expected.map((file) => `/${file}`));
});

test('offline after one visit: with every request refused, a reload renders and recomputes', async () => {
  // The one error expected: the file deliberately taken out of the cache, below.
  const context = await newContext(/^Failed to load resource: net::ERR_FAILED \S+\/icon-512\.png$/);
  const page = await visit(context, dist.origin);
  const online = await page.evaluate(() => window.awsCalc.results());
  assert.deepEqual(twoDecimals(online.awsFromAnthropic), ['1.69', '4.05', '8.10']);

  // No network: the browser is offline, and every request that still tries is aborted.
  await context.setOffline(true);
  const refused = [];
  await context.route('**/*', (route) => { refused.push(route.request().url()); return route.abort('internetdisconnected'); });
  const served = dist.requests.length;

  await page.reload();
  await rendered(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the reload was not served by the worker');
  assert.deepEqual(await page.evaluate(() => window.awsCalc.results()), online);
  const before = await page.evaluate(() => window.awsCalc.stats().framesRendered);
  await page.evaluate(() => window.awsCalc.setLink('v=1&rev=5,12,24'));
  assert.deepEqual(twoDecimals((await page.evaluate(() => window.awsCalc.results())).awsFromAnthropic), ['1.50', '3.60', '7.20']);
  await page.waitForFunction((n) => window.awsCalc.stats().framesRendered > n, before);

  // Every file of the build comes from the worker.
  const { files } = precache();
  const statuses = await page.evaluate((names) => Promise.all(names.map((name) =>
    fetch(name).then((response) => response.status, () => 'refused'))), files.map(([name]) => name));
  assert.deepEqual(statuses, files.map(() => 200));

  // "Download for offline use" works offline: the page builds the file from its cache,
  // starting in the current state, with the wasm inline.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="offline"]')]);
  const offlineFile = readFileSync(await download.path(), 'utf8');
  assert.match(offlineFile, /data-initial-link="v=1&amp;rev=5,12,24"/);
  assert.match(offlineFile, /<script id="awscalc-wasm" type="application\/octet-stream">[A-Za-z0-9+/]{1000}/);

  // The worker's own fetches are refused too: a file missing from its cache cannot be had.
  const missing = await page.evaluate(async () => {
    const [name] = await caches.keys().then((names) => names.filter((n) => n.startsWith('aws-calc ')));
    await (await caches.open(name)).delete(new URL('icon-512.png', location.href).href);
    return fetch('icon-512.png').then((response) => `HTTP ${response.status}`, () => 'refused');
  });
  assert.equal(missing, 'refused');
  assert.equal(dist.requests.length, served, `the server was reached offline: ${dist.requests.slice(served)}`);
  assert.ok(refused.some((url) => url.endsWith('/icon-512.png')), "the worker's fetch was not seen and refused");
});

test('a language used on a first visit works offline after it; the other languages are not downloaded', async () => {
  const context = await newContext();
  const page = await visit(context, dist.origin, `${STATE}&lang=de`);
  assert.equal(await page.evaluate(() => document.getElementById('calc').lang), 'de');
  // The pack (and its first view's style sheet) was fetched before the worker existed: the
  // page asks it to keep them.
  const kept = () => page.evaluate(async () => {
    const [name] = (await caches.keys()).filter((n) => n.startsWith('aws-calc '));
    if (!name) return [];
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1))
      .filter((file) => /^(lang-|first-view-|inter-languages|languages\.)/.test(file)).map((file) => file.replace(/\.[0-9a-f]{8}\./, '.')).sort();
  });
  await page.waitForFunction(() => caches.keys().then(async (names) => {
    const name = names.find((n) => n.startsWith('aws-calc '));
    return name && (await (await caches.open(name)).keys()).filter((r) => /lang-de|first-view-de|inter-languages|\/languages\./.test(r.url)).length === 4;
  }));
  assert.deepEqual(await kept(), ['first-view-de.css', 'inter-languages.otf', 'lang-de.json', 'languages.js']);
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await rendered(page);
  assert.equal(await page.evaluate(() => document.getElementById('calc').lang), 'de');
  assert.match(await page.evaluate(() => document.getElementById('calc-semantics').textContent), /Bruttomarge von Anthropic/);
});

test("a file that is not its build's stops the install: no worker, no cache left behind", async () => {
  const root = mkdtempSync(join(tmpdir(), 'awscalc-dist-'));
  temporary.push(root);
  cpSync(DIST, root, { recursive: true });
  writeFileSync(join(root, 'embed.js'), `${readFileSync(join(root, 'embed.js'), 'utf8')}// another build\n`);
  const other = await serve(root);
  const context = await newContext();
  // The states the page's worker goes through.
  await context.addInitScript(() => {
    if (typeof ServiceWorkerContainer === 'undefined') return;   // in the worker itself
    window.workerStates = [];
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      return register.apply(this, args).then((registration) => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => window.workerStates.push(worker.state));
        return registration;
      });
    };
  });
  const page = await context.newPage();
  await page.goto(`${other.origin}/#v=1`);
  await rendered(page);
  await page.waitForFunction(() => ['redundant', 'activated'].some((state) => window.workerStates.includes(state)));
  assert.deepEqual(await page.evaluate(() => window.workerStates), ['redundant']);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active ?? null)), null);
  // The failed install's half-filled cache is gone, not left for a later
  // activation to remove.
  assert.deepEqual(await page.evaluate(() => caches.keys()), []);
});

test('the single file, alone in a folder and opened via file://, renders and computes as the served page', async () => {
  // As "Download for offline use" makes it: the state in data-initial-link, escaped.
  const dir = mkdtempSync(join(tmpdir(), 'awscalc-single-'));
  temporary.push(dir);
  const html = readFileSync(join(DIST, 'aws-anthropic-calculator.html'), 'utf8');
  assert.ok(html.includes('data-initial-link=""'));
  const file = join(dir, 'aws-anthropic-calculator.html');
  writeFileSync(file, html.replace('data-initial-link=""', `data-initial-link="${STATE.replaceAll('&', '&amp;')}"`));

  const context = await newContext();
  const servedPage = await context.newPage();
  await servedPage.goto(`${dist.origin}/#${STATE}`);
  await rendered(servedPage);
  const served = await servedPage.evaluate(() => window.awsCalc.results());
  await servedPage.close();

  const { offline, page, url } = await openFromDisk(file);
  assert.deepEqual(await page.evaluate(() => window.awsCalc.results()), served);
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), STATE);
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  await page.evaluate(() => window.awsCalc.setLink('v=1&rev=5,12,24'));
  assert.deepEqual(twoDecimals((await page.evaluate(() => window.awsCalc.results())).awsFromAnthropic), ['1.50', '3.60', '7.20']);
  // Nothing fetched but the file itself (the wasm is inside it).
  assert.deepEqual(offline.requests.filter((request) => !request.startsWith('data:')), [url]);

  // Every download works from disk (the downloads' script is inline: a file cannot import
  // a module), and the Embed panel says plainly why a file on a disk cannot be embedded.
  await page.click('[data-action="exports"]');
  for (const [action, name, start] of [['csv', /\.zip$/, 'PK\x03\x04'], ['svg', /\.svg$/, '<svg'],
                                       ['png', /\.png$/, '\x89PNG']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
    assert.match(download.suggestedFilename(), name);
    const bytes = readFileSync(await download.path());
    assert.ok(bytes.toString('latin1').startsWith(start), `${action}: ${bytes.toString('latin1').slice(0, 40)}`);
  }
  assert.equal(await page.locator('[data-action="exports"]').textContent(), 'Download figures');
  await page.click('[data-action="embed"]');
  assert.match(await page.textContent('#embed-unavailable'), /file on your disk.*cannot load a file/);
  assert.equal(await page.locator('#embed-code').count(), 0);
  assert.equal(await page.locator('[data-action="offline"]').count(), 0);
  assert.deepEqual(offline.requests.filter((request) => !/^(data|blob):/.test(request)), [url]);
});

test('the single file made from a page in German speaks German from disk, and English too', async () => {
  const context = await newContext();
  const page = await visit(context, dist.origin, `${STATE}&lang=de`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="offline"]')]);
  const dir = mkdtempSync(join(tmpdir(), 'awscalc-single-de-'));
  temporary.push(dir);
  const file = join(dir, 'aws-anthropic-calculator.html');
  writeFileSync(file, readFileSync(await download.path()));

  const { offline, page: opened, url } = await openFromDisk(file);
  // The pack and the font came from inside the file; nothing else was fetched.
  assert.equal(await opened.evaluate(() => document.getElementById('calc').lang), 'de');
  assert.match(await opened.evaluate(() => document.getElementById('calc-semantics').textContent), /Bruttomarge von Anthropic/);
  assert.equal(await opened.evaluate(() => window.awsCalc.getLink()), `${STATE}&lang=de`);
  assert.deepEqual(await opened.evaluate(() => [...document.querySelectorAll('#calc-language option')].map((o) => o.value)), ['en', 'de']);
  await opened.selectOption('#calc-language', 'en');
  await opened.waitForFunction(() => document.getElementById('calc').lang === 'en');
  assert.equal(await opened.textContent('.calc-toolbar [data-action="copy"]'), 'Copy link');
  assert.deepEqual(offline.requests.filter((request) => !/^(data|blob):/.test(request)), [url]);
});

test('the manifest names icons that exist: an SVG and 192 and 512 px PNGs', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  for (const key of ['name', 'short_name', 'start_url', 'display', 'background_color', 'theme_color']) {
    assert.ok(manifest[key], `manifest: no ${key}`);
  }
  const sizes = manifest.icons.map((icon) => icon.sizes).sort();
  assert.deepEqual(sizes, ['192x192', '512x512', 'any']);
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const image = decodePng(readFileSync(join(DIST, icon.src)));
    assert.equal(`${image.width}x${image.height}`, icon.sizes);
    // Not blank: the accent blue background and the white bars both show.
    const colours = new Set();
    for (let i = 0; i < image.data.length; i += 4 * 97) colours.add(image.data.slice(i, i + 3).join(','));
    assert.ok(colours.has('11,99,197') && colours.has('255,255,255'), `${icon.src}: not the icon`);
  }
  assert.match(readFileSync(join(DIST, 'icon.svg'), 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

  // Chromium reads the manifest the page links without a complaint.
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${dist.origin}/#v=1`);
  const cdp = await context.newCDPSession(page);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  assert.equal(url, `${dist.origin}/manifest.webmanifest`);
  assert.deepEqual(errors, []);
});
