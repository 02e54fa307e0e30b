// hardening.test.mjs: nothing a reader or a host page can do breaks the calculator,
// leaks anything or loses the reader's state: the strict CSP holds across every feature,
// every request stays on the origin, hostile links are inert (tiny spans draw bounded
// charts; pym's parameters need a parent frame), runtime failures say so plainly (a
// damaged wasm is fetched again first), two deploys never mix, the text version stays
// in the page's flow, and memory stays flat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DIST, PHONE, useBrowser, settle, stats, sleep } from './harness.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const browser = useBrowser();

const results = (page) => page.evaluate(() => window.awsCalc.results());

// Every CSP violation the page reports, from the first script on.
const recordViolations = (page) => page.addInitScript(() => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  });
});

test('every feature runs under the strict CSP, and every request stays on the origin', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55', before: recordViolations });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await settle(page);
  // Interact: a slider on the canvas, keys, every tab, the toolbar, the text version.
  const { layout } = await stats(page);
  const box = await page.locator('#calc-canvas').boundingBox();
  const [x, y, w, h] = layout['slider:aws'];
  await page.mouse.move(box.x + x + w / 2, box.y + y + h / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + x + w * 0.8, box.y + y + h / 2, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Tab');
  for (const tab of ['range', 'drivers', 'goal', 'compare']) {
    await page.evaluate((t) => window.awsCalc.setLink(`v=1&tab=${t}&goal=gm&s1=bull`), tab);
    await settle(page);
  }
  await page.click('.calc-toolbar [data-action="copy"]');
  await page.click('#text-button');
  await page.fill('#text-version-gm-0', '52');
  await page.press('#text-version-gm-0', 'Enter');
  await page.click('[data-action="embed"]');
  await page.click('[data-action="exports"]');
  for (const action of ['csv', 'csv-exact', 'svg', 'png', 'offline']) {
    await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
  }
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);

  const embed = await browser.openPage({ path: '/embed.html', hash: 'v=1&theme=dark', before: recordViolations });
  await settle(embed);
  assert.deepEqual(await embed.evaluate(() => window.cspViolations), []);

  for (const url of [...page.requests, ...embed.requests]) {
    assert.ok(url.startsWith(browser.origin) || url.startsWith('data:') || url.startsWith('blob:'),
              `a request left the origin: ${url}`);
  }
});

test('script in a link is inert text, and the rest of the link is applied', async () => {
  for (const hostile of ['v=1&gm=<img src=x onerror="window.pwned=1">&aws=80',
                         'v=1&<script>window.pwned=1</script>=1&aws=80',
                         'v=1&aws=80&gm=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E']) {
    const page = await browser.openPage({ hash: hostile });
    page.on('dialog', () => assert.fail('a dialog opened'));
    const r = await results(page);
    assert.equal(r.awsSharePct[0], 80);
    assert.equal(r.problems.length, 1);
    await page.click('#text-button');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.locator('#text-version-problems img, #text-version-problems script').count(), 0);
    assert.match(await page.textContent('#text-version-problems'), /</);   // shown as text
  }
});

test('very long links, thousands of keys, repeated keys, broken escapes and v=999', async () => {
  const cases = [
    ['v=1&aws=80&x=' + 'a'.repeat(100 * 1024), 1],
    ['v=1&aws=80&' + Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&'), 5000],
    ['v=1&aws=80&' + 'gm=50&aws=70&rev=1,2&'.repeat(300), 898],   // all but the first gm and rev repeat
    ['v=1&aws=80&gm=%FF%FE&rev=%E0%A4', 2],
    ['v=999&aws=80&future=1', 2],
  ];
  for (const [hostile, problems] of cases) {
    const page = await browser.openPage({ hash: hostile });
    const r = await results(page);
    assert.equal(r.awsSharePct[0], 80, hostile.slice(0, 40));
    // At most 20 problems are listed, then a count of the rest.
    assert.ok(r.problems.length <= 21, `${r.problems.length} problems listed`);
    // The count as English writes counts (grouped: "4,980").
    if (problems > 20) assert.match(r.problems.at(-1), new RegExp(`and ${(problems - 20).toLocaleString('en-US')} more problems`));
    else assert.equal(r.problems.length, problems, hostile.slice(0, 40));
    for (const text of r.problems) assert.ok(text.length < 400, 'a problem message is not cut short');
    await settle(page);   // still drawing and answering
  }
});

test('a WebAssembly abort shows "something went wrong" and the reload keeps the link', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55' });
  await page.evaluate(() => { try { window.awsCalc.debug.abort(); } catch {} });
  const overlay = page.locator('#calc-crash');
  await overlay.waitFor({ state: 'visible' });
  assert.match(await overlay.textContent(), /Something went wrong.*Reload/);
  page.errors.length = 0;   // the abort is the point: its console error is expected
  await Promise.all([page.waitForEvent('load'), overlay.locator('button').click()]);
  await page.evaluate(() => window.awsCalc.ready);
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=55');
  page.errors.length = 0;
});

// A link a reader is sent cannot break the calculator: "debug" is reported
// and ignored, in the address bar, through setLink, in an embed's key of the article URL.
test('no link can make the calculator abort: debug=abort is reported and ignored', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55&debug=abort' });
  await settle(page);
  assert.equal(await page.locator('#calc-crash').count(), 0);
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=55');
  const { problems } = await page.evaluate(() => window.awsCalc.setLink('v=1&debug=abort'));
  assert.equal(problems.length, 1);
  assert.match(problems[0], /"debug" is a switch of the calculator's own tests/);
  await settle(page);
  assert.equal(await page.locator('#calc-crash').count(), 0);
});

test('a failed or slow load of the wasm says so instead of spinning', async () => {
  const failed = await browser.openPage({ before: (p) => p.route(/\.wasm$/, (route) => route.abort()) });
  assert.match(await failed.textContent('#calc-loading'), /could not load/);
  assert.match(await failed.textContent('#static-why'), /could not load/);   // what the reader sees
  assert.match(await failed.textContent('#calc-crash'), /Reload/);
  assert.equal(await failed.locator('#calc-static').isVisible(), true);
  failed.errors.length = 0;   // the failed request is logged, as it should be

  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const slow = await browser.openPage({
    ready: false,
    before: (p) => p.route(/\.wasm$/, async (route) => { await held; await route.continue(); }),
  });
  await slow.waitForFunction(() => /slow/.test(document.getElementById('calc-loading').textContent),
                             null, { timeout: 15000 });
  release();
  await slow.evaluate(() => window.awsCalc.ready);
  assert.equal((await results(slow)).awsFromAnthropic.length, 3);
});

// A second build of the page, as a deploy makes one: the module's JS and wasm with
// another build id (same code), assembled like scripts/build does.
function secondBuild() {
  const work = mkdtempSync(join(tmpdir(), 'awscalc-deploy-'));
  const build = join(work, 'build');
  mkdirSync(join(build, 'src/web'), { recursive: true });
  cpSync(join(REPO, 'build/wasm/src/web'), join(build, 'src/web'), { recursive: true });
  cpSync(join(REPO, 'build/wasm/third-party-inputs.json'), join(build, 'third-party-inputs.json'));
  const js = readFileSync(join(build, 'src/web/awscalc-app.js'), 'utf8');
  const id = /jsBuildId"\]\s*=\s*"([0-9a-f]{12})"/.exec(js)[1];
  const other = id.split('').reverse().join('') === id ? 'b'.repeat(12) : id.split('').reverse().join('');
  for (const file of ['awscalc-app.js', 'awscalc-app.wasm']) {
    const path = join(build, 'src/web', file);
    writeFileSync(path, readFileSync(path).toString('latin1').replaceAll(id, other), 'latin1');
  }
  const dist = join(work, 'dist');
  execFileSync('node', ['scripts/lib/assemble.mjs', build, dist, join(REPO, 'build/release/site')], { cwd: REPO });
  return { work, dist, id, other };
}

test('two deploys served one after the other never mix; a mismatched pair is refused', async () => {
  const deploy = secondBuild();
  const profile = mkdtempSync(join(tmpdir(), 'awscalc-profile-'));
  let server = await startServer({ root: DIST, port: 0 });
  const { port } = server.address();
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const errors = [];
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${port}/#v=1&gm=55`);
    await page.evaluate(() => window.awsCalc.ready);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Deploy: the same origin now serves the second build.
    await new Promise((resolve) => server.close(resolve));
    server = await startServer({ root: deploy.dist, port });
    for (let i = 0; i < 3; ++i) {
      await page.reload();
      await page.evaluate(() => window.awsCalc.ready);
      assert.equal(await page.locator('#calc-crash').count(), 0, 'a reload refused its files');
      assert.equal((await page.evaluate(() => window.awsCalc.results())).grossMarginPct[0], 55);
      await sleep(300);
    }
    assert.deepEqual(errors.filter((e) => /LinkError|CompileError/.test(e)), []);

    // A JS loader of one build given the wasm of the other: refused, in words.
    const wasm = readFileSync(join(deploy.dist, readdirSync(deploy.dist).find((f) => /^app\..*\.wasm$/.test(f))));
    const mixed = await context.newPage();
    await mixed.route(/app\.[0-9a-f]+\.wasm$/, (route) => route.fulfill({ body: wasm, contentType: 'application/wasm' }));
    await new Promise((resolve) => server.close(resolve));
    server = await startServer({ root: DIST, port });
    await mixed.goto(`http://127.0.0.1:${port}/?fresh#v=1`);
    await mixed.evaluate(() => window.awsCalc.ready);
    const text = await mixed.textContent('body');
    if (!/updated/.test(text)) {
      // The service worker may have served the first build's own files: go around it.
      await mixed.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      });
      await mixed.reload();
      await mixed.evaluate(() => window.awsCalc.ready);
    }
    assert.match(await mixed.textContent('#calc-crash'), /updated: reload/);
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(deploy.work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an hour of interaction, fast-forwarded, leaves the wasm memory flat', async () => {
  const page = await browser.openPage({ hash: 'v=1&tab=range' });
  await settle(page);
  const session = (rounds) => page.evaluate(async (rounds) => {
    const links = ['v=1&gm=50', 'v=1&rev=5,12,24,30', 'v=1&aws=90&tab=drivers', 'v=1&s1=bull&s2=bear&tab=compare',
                   'v=1&goal=aws&target=8&tab=goal', 'v=1&rev=4,10,19,29,38,46&gm=55,50,45,40,35,30', 'v=1&theme=dark'];
    for (let i = 0; i < rounds; ++i) {
      window.awsCalc.setLink(`${links[i % links.length]}&seed=${i}`);
      if (i % 100 === 0) window.awsCalc.setLink('v=1&n=200000&tab=range');
      window.awsCalc.results();   // finishes each run, as a reader waiting would
      if (i % 50 === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return window.awsCalc.stats().wasmMemoryBytes;
  }, rounds);
  await session(300);   // warm-up: the buffers reach their working size
  const warm = (await stats(page)).wasmMemoryBytes;
  let peak = warm;
  for (let i = 0; i < 4; ++i) peak = Math.max(peak, await session(500));
  console.log(`wasm memory: ${warm} bytes after warm-up, peak ${peak} bytes after 2,300 link changes and 23 runs of 200,000 samples`);
  assert.equal(peak, warm, 'the wasm memory grew after warm-up');
});

// ---------------------------------------------------------------------------------
// Round three: the hostile-input review's defects, each at its cause.

// A link whose range of outcomes spans 1e-16: the histogram's ticks once ran to millions
// of labels, 1 GB of wasm memory and an abort, again on every reload. Now a few shapes.
test('a link with a tiny span draws its range of outcomes, in a page and an embed, and memory stays small', async () => {
  for (const [path, hash] of [['/', 'v=1&rev=0,0,1e-15&tab=range'], ['/embed.html', 'v=1&rev=1e-300,1e-300,1e-300&tab=range'],
                              ['/', 'v=1&rev=0,0,1e-20']]) {
    const page = await browser.openPage({ path, hash });
    await settle(page);
    if (!hash.includes('tab=')) {
      await page.evaluate(() => window.awsCalc.setLink('v=1&rev=0,0,1e-20&tab=range'));
      await settle(page);
    }
    const { wasmMemoryBytes } = await stats(page);
    assert.ok(wasmMemoryBytes < 64 << 20, `${path}#${hash}: wasm memory ${wasmMemoryBytes} bytes`);
    assert.equal(await page.locator('#calc-crash').count(), 0, `${path}#${hash}: the module stopped`);
    assert.equal((await results(page)).awsFromAnthropic.length, 3);
  }
});

// pym's parameters are honoured inside a frame only: opened directly, a page whose query
// names a "parentUrl" keeps its own link and its Copy link.
test('pym parameters without a parent frame change neither the link nor Copy link', async () => {
  const state = encodeURIComponent(`aws-calc-x=${encodeURIComponent('v=1&gm=20')}`);
  const page = await browser.openPage({
    path: `/embed.html?childId=x&parentUrl=${encodeURIComponent('https://evil.example/login#')}${state}`,
    hash: 'v=1&gm=55',
  });
  await settle(page);
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=55');
  const share = await page.evaluate(() => window.awsCalc.shareUrl());
  assert.ok(share.startsWith(`${browser.origin}/#`), `Copy link gives ${share}`);
  assert.ok(!share.includes('evil'), share);
  assert.equal(await page.evaluate(() => location.hash), '#v=1&gm=55');
});

// The text version is shown and hidden by state alone (one class): in the page's flow
// when shown or without a canvas, so a page and an embed's frame are as tall as it, and it
// stays so when focus leaves it.
test('the text version stays in the flow: shown, after focus leaves, without WebGL2 on a phone, and in an embed', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await settle(page);
  await page.click('#text-button');
  const textVersion = () => page.evaluate(() => {
    const box = document.getElementById('text-version').getBoundingClientRect();
    return { height: box.height, width: box.width, position: getComputedStyle(document.getElementById('text-version')).position,
             documentHeight: document.documentElement.scrollHeight };
  });
  const focused = await textVersion();
  await page.focus('.calc-toolbar [data-action="copy"]');   // focus leaves the text version
  const after = await textVersion();
  assert.equal(after.position, 'static');
  assert.ok(focused.height > 500 && after.height >= focused.height, `text version ${focused.height} then ${after.height} px tall`);
  await page.click('#text-button');
  assert.ok((await textVersion()).height <= 1, 'hidden again');

  // No WebGL2, on a phone: the text version is the calculator, inside the viewport's width.
  const phone = await browser.openPage({
    ...PHONE, hash: 'v=1',
    before: (p) => p.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    }),
  });
  const shown = await phone.evaluate(() => {
    const box = document.getElementById('text-version').getBoundingClientRect();
    return { width: box.width, height: box.height, scroll: document.documentElement.scrollWidth };
  });
  assert.ok(shown.width <= 390 && shown.height > 500, `text version ${shown.width} x ${shown.height} px at 390 px`);
  assert.ok(shown.scroll <= 390, `the page scrolls sideways: ${shown.scroll} px`);

  // An embed whose canvas is lost for good: its document (what embed_child.js reports as the
  // iframe's height) holds the whole text version.
  const embed = await browser.openPage({ path: '/embed.html', hash: 'v=1' });
  await settle(embed);
  await embed.evaluate(() => document.getElementById('calc-canvas').getContext('webgl2')
    .getExtension('WEBGL_lose_context').loseContext());
  await embed.waitForFunction(() => document.documentElement.classList.contains('no-canvas'), null, { timeout: 10000 });
  const lost = await embed.evaluate(() => ({
    documentHeight: document.documentElement.getBoundingClientRect().height,
    textVersionBottom: document.getElementById('text-version').getBoundingClientRect().bottom + scrollY,
    textVersionHeight: document.getElementById('text-version').getBoundingClientRect().height,
  }));
  assert.ok(lost.textVersionHeight > 500, `the lost canvas's text version is ${lost.textVersionHeight} px tall`);
  assert.ok(lost.documentHeight >= lost.textVersionBottom - 1, `the document (${lost.documentHeight} px) cuts off the text version (${lost.textVersionBottom} px)`);
});

// A wasm served once damaged, full length, under the immutable caching headers: the page
// fetches it again past every cache and runs; damaged twice, it says what happened.
test('a damaged wasm is fetched again past the cache; damaged twice, the page says so', async () => {
  const wasmBytes = readFileSync(join(DIST, readdirSync(DIST).find((name) => /^app\.[0-9a-f]+\.wasm$/.test(name))));
  const damaged = Buffer.from(wasmBytes);
  damaged.fill(0x42, 8, 64);   // the magic and version intact, the first sections garbage
  const serve = (route, body) => route.fulfill({
    status: 200, body, headers: { 'content-type': 'application/wasm', 'cache-control': 'public, max-age=31536000, immutable' },
  });
  // As a browser's HTTP cache would: the damaged file for the loader's two tries (a
  // streaming compile, then its ArrayBuffer fallback), the good one for a third request.
  // The page's fetches record how they asked (the cache mode is not a header the route sees).
  let asked = 0;
  const page = await browser.openPage({
    before: async (p) => {
      await p.addInitScript(() => {
        const fetch = window.fetch;
        window.wasmFetches = [];
        window.fetch = (input, init) => {
          if (/\.wasm$/.test(String(input))) window.wasmFetches.push(init?.cache ?? 'default');
          return fetch(input, init);
        };
      });
      await p.route(/\.wasm$/, (route) => serve(route, ++asked <= 2 ? damaged : wasmBytes));
    },
  });
  assert.equal((await results(page)).awsFromAnthropic.length, 3);
  assert.equal(await page.locator('#calc-crash').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.wasmFetches), ['default', 'default', 'reload']);
  page.errors.length = 0;   // the loader logs the failed compile, as it should

  const broken = await browser.openPage({ ready: false, before: (p) => p.route(/\.wasm$/, (route) => serve(route, damaged)) });
  await broken.waitForSelector('#calc-crash', { timeout: 15000 });
  assert.match(await broken.textContent('#calc-loading'), /arrived damaged/);
  assert.match(await broken.textContent('#static-why'), /arrived damaged/);   // what the reader sees
  assert.doesNotMatch(await broken.textContent('#calc-loading'), /updated/);
  assert.equal(await broken.locator('#calc-static').isVisible(), true);
  broken.errors.length = 0;
});
