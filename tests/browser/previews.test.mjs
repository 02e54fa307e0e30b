// previews.test.mjs: shared links that look right, and hosts that send the right headers
// . dist/index.html carries Open Graph and Twitter card tags for a 1200 x 630
// preview image the build drew from the core's chart (preview.png, small); built with a
// public base URL (AWSCALC_BASE_URL) the tags are absolute and an oEmbed response
// (oembed.json, with its discovery link) embeds the plain iframe code. dist/_headers,
// written from scripts/lib/serve.mjs's headers, is applied by a host the way Netlify and
// Cloudflare Pages do (and not served): the page draws and computes under it, with no
// CSP violation, and its service worker installs without the files a host or a crawler
// reads. The README's nginx recipe sends the same policy.
//
// Needs dist/ (scripts/build) and build/wasm, build/release/site (for the build with a
// base URL). One Chromium for the file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, headersFor, startServer } from '../../scripts/lib/serve.mjs';
import '../../web/embed_dialog.js';   // a classic script: defines globalThis.awsCalcEmbedDialog
import { CHROMIUM, CHROMIUM_ARGS, DIST, closeContexts, decodePng, dominantColour, shareUnlike } from './harness.mjs';

const { embedCode, columnHeight } = globalThis.awsCalcEmbedDialog;
// layoutHeight (web/layout_height.js), which the build bundles with the dialog.
// eslint-disable-next-line no-new-func
globalThis.layoutHeight = new Function(`${readFileSync(join(import.meta.dirname, '../../web/layout_height.js'), 'utf8')}
return layoutHeight;`)();

const REPO = join(import.meta.dirname, '../..');
const BASE = 'https://news.example/graphics/aws-calc/';
// The embed's measurements as the build declared them (src/tools/site_assets.cpp).
const EMBED_METRICS = JSON.parse(readFileSync(join(REPO, 'build/release/site/embed-metrics.json'), 'utf8'));

let browser;
const contexts = [];
const temporary = [];
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterEach(() => closeContexts(contexts));
after(async () => {
  await browser?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

// The <meta property|name> and <link rel> tags of an HTML head, by name.
function headTags(html) {
  const meta = new Map();
  for (const [, key, content] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) meta.set(key, content);
  const links = new Map();
  for (const [, rel, rest] of html.matchAll(/<link rel="([^"]+)"([^>]*)>/g)) links.set(rel, rest);
  return { meta, links };
}

test('every link previews the article\'s assumptions: Open Graph and Twitter tags, a small 1200 x 630 image', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const { meta, links } = headTags(html);
  assert.equal(meta.get('og:title'), /<title\b[^>]*>([^<]*)<\/title>/.exec(html)[1]);
  assert.equal(meta.get('og:description'), meta.get('description'));
  assert.equal(meta.get('og:type'), 'website');
  assert.equal(meta.get('twitter:card'), 'summary_large_image');
  // Without a base URL the image is relative (and there is no oEmbed response).
  assert.equal(meta.get('og:image'), 'preview.png');
  assert.equal(meta.get('og:image:width'), '1200');
  assert.equal(meta.get('og:image:height'), '630');
  assert.match(meta.get('og:image:alt'), /AWS revenue from Anthropic.*almost \$3B/);
  assert.equal(meta.get('twitter:image:alt'), meta.get('og:image:alt'));
  assert.ok(!links.has('alternate') && !links.has('canonical'), 'absolute-only tags without a base URL');

  const bytes = readFileSync(join(DIST, 'preview.png'));
  assert.ok(bytes.length <= 60000, `preview.png is ${bytes.length} bytes`);
  const image = decodePng(bytes);
  assert.deepEqual([image.width, image.height], [1200, 630]);
  const background = dominantColour(image);
  assert.ok(shareUnlike(image, background) > 0.05, 'the preview is blank');
  // The headline figure's accent blue is in it (the calculator's look, not a grey box).
  let accent = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 2] > 150 && image.data[i] < 60 && image.data[i + 1] < 130) ++accent;
  }
  assert.ok(accent > 5000, `only ${accent} accent pixels`);
});

test("the preview's figures are the command line's for the article's assumptions", () => {
  const svg = readFileSync(join(REPO, 'build/release/site/preview.svg'), 'utf8');
  const cli = JSON.parse(execFileSync(join(REPO, 'build/release/src/cli/aws-calc'), ['--json', 'v=1']).toString());
  const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  const money = (value) => `$${value.toFixed(2)}B`;
  const last = cli.awsFromAnthropic.length - 1;
  assert.ok(texts.includes(money(cli.awsFromAnthropic[last])), `no headline ${money(cli.awsFromAnthropic[last])} in ${texts}`);
  assert.ok(texts.includes(`AWS revenue from Anthropic in ${cli.years[last]}`));
  assert.ok(texts.includes(`(the note: $${cli.reported[last]}B)`), texts.join(' | '));
  for (const value of cli.awsFromAnthropic) assert.ok(texts.includes(money(value)), `no bar label ${money(value)}`);
  for (const year of cli.years) assert.ok(texts.includes(String(year)));
  // When the note's figures and the newest reported ones date from.
  assert.ok(texts.includes(`Note: July 2025. Reported figures up to ${cli.asOf.reported}.`), texts.join(' | '));
});

test('with a public base URL: absolute tags, a canonical URL and an oEmbed response with the plain iframe', async () => {
  const out = mkdtempSync(join(tmpdir(), 'aws-calc-base-'));
  temporary.push(out);
  // Published at a real origin, so that the oEmbed html can be pasted and tried.
  const published = await startServer({ root: out, port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${published.address().port}/`;
  execFileSync('node', ['scripts/lib/assemble.mjs', 'build/wasm', out, 'build/release/site'],
    { cwd: REPO, env: { ...process.env, AWSCALC_BASE_URL: BASE.slice(0, -1) }, stdio: 'pipe' });
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const { meta, links } = headTags(html);
  assert.equal(meta.get('og:image'), `${BASE}preview.png`);
  assert.equal(meta.get('og:url'), BASE);
  assert.match(links.get('canonical'), new RegExp(` href="${BASE}"`));
  assert.match(links.get('alternate'), new RegExp(`type="application/json\\+oembed" href="${BASE}oembed.json"`));

  const oembed = JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8'));
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.provider_url, BASE);
  assert.equal(oembed.thumbnail_url, `${BASE}preview.png`);
  assert.deepEqual([oembed.thumbnail_width, oembed.thumbnail_height], [1200, 630]);
  assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.height > 1500);
  // The html is the embed dialog's plain iframe code for the 740 px column oEmbed declares,
  // that column's height (from the build's table of heights; the narrowest column's is
  // taller).
  const heights = JSON.parse(readFileSync(join(REPO, 'build/release/site/layout-heights.json'), 'utf8'));
  assert.equal(oembed.width, 740);
  assert.equal(oembed.height, columnHeight(740, [], heights, EMBED_METRICS));
  assert.ok(oembed.height < columnHeight(320, [], heights, EMBED_METRICS) - 300, `${oembed.height} px at 740 px`);
  assert.equal(oembed.html, embedCode({ route: 'iframe' }, { base: BASE, title: oembed.title, link: '', height: oembed.height, metrics: EMBED_METRICS }));
  assert.match(oembed.html, new RegExp(`height="${oembed.height}"`));

  // Neither the oEmbed response, nor the preview, nor _headers is precached.
  const sw = readFileSync(join(out, 'sw.js'), 'utf8');
  for (const file of ['oembed.json', 'preview.png', '_headers']) assert.ok(!sw.includes(`"${file}"`), `${file} is precached`);
  assert.ok(sw.includes('"index.html"'));

  // The oEmbed html, pasted into an article on another origin, shows the whole calculator
  // and sizes itself.
  execFileSync('node', ['scripts/lib/assemble.mjs', 'build/wasm', out, 'build/release/site'],
    { cwd: REPO, env: { ...process.env, AWSCALC_BASE_URL: base }, stdio: 'pipe' });
  const { html: code } = JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8'));
  const article = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>` +
      `<body style="margin:0"><h1>An article</h1>${code}<p>The article goes on.</p></body></html>`);
  });
  await new Promise((resolve) => article.listen(0, '127.0.0.2', resolve));
  try {
    const context = await browser.newContext({ viewport: { width: 740, height: 900 } });
    context.errors = [];
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.2:${article.address().port}/`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(() => document.documentElement.classList.contains('canvas-ready'), null, { timeout: 30000 });
    let heights = [];
    for (let i = 0; i < 100; ++i) {
      heights = [await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
                 await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)];
      if (Math.abs(heights[0] - heights[1]) <= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(Math.abs(heights[0] - heights[1]) <= 2, `the oEmbed iframe is ${heights[0]} px for a ${heights[1]} px calculator`);
  } finally {
    await new Promise((resolve) => article.close(resolve));
    await new Promise((resolve) => published.close(resolve));
  }
});

test('dist/_headers is what scripts/serve sends, file for file', async () => {
  const served = await startServer({ root: DIST, port: 0, host: '127.0.0.1' });
  try {
    const { rules } = await headersHost(DIST, { listen: false });
    const files = readdirSync(DIST).filter((file) => file !== '_headers');
    assert.deepEqual([...rules.keys()].sort(), ['/', ...files.map((file) => `/${file}`)].sort());
    for (const path of rules.keys()) {
      const response = await fetch(`http://127.0.0.1:${served.address().port}${path}`);
      const sent = Object.fromEntries([...response.headers].filter(([name]) => !['content-length', 'date', 'connection', 'keep-alive'].includes(name)));
      const written = Object.fromEntries(Object.entries(rules.get(path)).map(([name, value]) => [name.toLowerCase(), value]));
      assert.deepEqual(written, sent, path);
    }
    assert.equal(rules.get(`/${files.find((file) => file.endsWith('.wasm'))}`)['Content-Type'], 'application/wasm');
  } finally {
    await new Promise((resolve) => served.close(resolve));
  }
});

// A host that reads dist/_headers as Netlify and Cloudflare Pages do: each path's rule
// applies (Content-Type included), and _headers itself is not served.
async function headersHost(root, { listen = true } = {}) {
  const rules = new Map();
  let path = null;
  for (const line of readFileSync(join(root, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) { path = line.trim(); rules.set(path, {}); continue; }
    const colon = line.indexOf(':');
    rules.get(path)[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  if (!listen) return { rules };
  const server = createServer((request, response) => {
    const pathname = new URL(request.url, 'http://x').pathname;
    const file = pathname === '/' ? 'index.html' : pathname.slice(1);
    let body;
    try {
      if (file === '_headers' || file.includes('/')) throw new Error('not served');
      body = readFileSync(join(root, file));
    } catch {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, rules.get(pathname) ?? {});
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, rules, origin: `http://127.0.0.1:${server.address().port}` };
}

test('dist/_headers, applied as static hosts apply it, serves a page that works under its policy', async () => {
  const host = await headersHost(DIST);
  try {
    // Every file has a rule, with the headers scripts/serve sends.
    for (const file of ['index.html', 'embed.html', 'embed.js', 'sw.js', 'manifest.webmanifest', 'preview.png']) {
      assert.deepEqual(host.rules.get(`/${file}`), headersFor(file), file);
    }
    assert.deepEqual(host.rules.get('/'), headersFor('index.html'));
    const wasm = [...host.rules.keys()].find((path) => path.endsWith('.wasm'));
    assert.match(host.rules.get(wasm)['Cache-Control'], /immutable/);

    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    context.errors = [];
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => context.errors.push(`page error: ${error}`));
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${host.origin}/#v=1&gm=55`);
    assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.equal(response.headers()['x-content-type-options'], 'nosniff');
    await page.waitForFunction(() => document.documentElement.classList.contains('canvas-ready'), null, { timeout: 30000 });
    const results = await page.evaluate(() => window.awsCalc.results());
    assert.equal(results.grossMarginPct[0], 55);
    // The service worker installs (a file in its list that the host does not serve would
    // fail the install).
    const installed = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return Boolean(registration.active);
    });
    assert.ok(installed, 'the service worker did not install');
    assert.equal((await fetch(`${host.origin}/_headers`)).status, 404);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
  } finally {
    await new Promise((resolve) => host.server.close(resolve));
  }
});

test("the README's nginx recipe sends scripts/serve's policy", () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const recipe = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(recipe, 'no nginx recipe in the README');
  assert.ok(recipe.includes(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`), 'the nginx recipe\'s policy differs');
  for (const [name, value] of Object.entries(headersFor('index.html'))) {
    if (name === 'Cache-Control' || name === 'Content-Type') continue;   // nginx: per location; mime.types
    assert.ok(recipe.includes(`add_header ${name} "${value}" always;`), `the nginx recipe lacks ${name}`);
  }
  assert.match(recipe, /application\/wasm/);
  assert.match(recipe, /immutable/);
});
