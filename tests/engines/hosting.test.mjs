// hosting.test.mjs: the page among what surrounds it, in Firefox and in WebKit (issue
// 10): embed.js in a foreign-origin article sizes each of two iframes to its document;
// the embed dialog's plain iframe, pasted into one, is as tall as the dialog's preview;
// after one visit the service worker makes a reload work with the network gone; the
// single-file download opens from file:// and computes; the strict CSP of scripts/serve
// sees no violation; without WebGL2 or WebAssembly the text version still shows.
// See engines.mjs for the harness.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/serve.mjs';
import {
  DIST, dragSlider, forEachEngine, getLink, ready, results, serve, settle, sleep, waitFor,
} from './engines.mjs';

const STATE = 'v=1&rev=5,12,24&gm=55';   // canonical order
const LONG = 'v=1&rev=4,10,19,29,38,46';
const twoDecimals = (values) => values.map((v) => v.toFixed(2));
const canvasReady = (page) => page.evaluate(() => document.documentElement.classList.contains('canvas-ready'));

const temporary = [];
let dist;
before(async () => { dist = await serve(); });
after(async () => {
  await dist.stop();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------
// An article on another origin (127.0.0.2) with two embeds, under its own strict CSP.

// `body` and `extraCss` replace the two embeds (`inlineScripts`: the article's policy
// lets a pasted snippet's inline script run, as a CMS that pastes it as is).
function articleServer(calc, { body, extraCss = '', inlineScripts = false } = {}) {
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>' +
    '<link rel="stylesheet" href="/article.css"></head><body>' +
    (body ?? '<div class="column"><p>Before.</p><div data-aws-calc="v=1"></div><p>Between.</p></div>' +
      `<div class="column"><div data-aws-calc="${LONG}" data-aws-calc-id="second"></div><p>After.</p></div>` +
      `<script src="${calc}/embed.js" async></script>`) + '</body></html>';
  const css = `body { margin: 0; font: 16px serif; } .column { max-width: 600px; margin: 0 auto; padding: 8px; }${extraCss}`;
  const inline = inlineScripts ? " 'unsafe-inline'" : '';
  const server = createServer((request, response) => {
    const body = { '/article.html': html, '/article.css': css }[request.url];
    if (!body) { response.writeHead(request.url === '/favicon.ico' ? 204 : 404); response.end(); return; }
    response.writeHead(200, {
      'Content-Type': request.url.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'self' ${calc}${inline}; frame-src ${calc}; style-src 'self'${inline}; img-src 'self'`,
    });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.2', () => resolve({
    url: `http://127.0.0.2:${server.address().port}/article.html`,
    stop: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
  })));
}

// A copy of dist/ with variants of index.html that first load one more same-origin
// script (the CSP allows 'self' scripts; WebKit's WebDriver cannot inject one before load).
function distWithVariants(variants) {
  const root = mkdtempSync(join(tmpdir(), 'awscalc-engines-'));
  temporary.push(root);
  cpSync(DIST, root, { recursive: true });
  const index = readFileSync(join(root, 'index.html'), 'utf8');
  for (const [name, script] of Object.entries(variants)) {
    writeFileSync(join(root, `${name}.js`), script);
    writeFileSync(join(root, `${name}.html`), index.replace('<script ', `<script src="${name}.js"></script>\n<script `));
  }
  return root;
}

// The height of the article's index-th iframe once it agrees with its document's (±2 px)
// and stays so.
async function fittedFrame(page, index, what) {
  await page.evaluate((i) => document.querySelectorAll('iframe')[i].scrollIntoView(), index);   // lazy
  let last = '';
  for (let tries = 0; tries < 100; ++tries) {
    const inner = await page.evaluateInFrame(index, () => (window.awsCalc && document.documentElement.classList.contains('canvas-ready')
      ? document.querySelector('main.calc').getBoundingClientRect().bottom + scrollY : null)).catch(() => null);
    const outer = await page.evaluate((i) => document.querySelectorAll('iframe')[i].getBoundingClientRect().height, index);
    last = `document ${inner} px, iframe ${outer} px`;
    if (inner !== null && Math.abs(inner - outer) <= 2) {
      await sleep(300);
      const again = await page.evaluate((i) => document.querySelectorAll('iframe')[i].getBoundingClientRect().height, index);
      if (again === outer) return outer;
    }
    await sleep(200);
  }
  assert.fail(`${what}: the iframe never fitted its document (${last})`);
}

forEachEngine((engine) => {
  test('embed.js in a foreign-origin article sizes each of two iframes to its document', async () => {
    const article = await articleServer(dist.origin);
    try {
      const page = await engine.open(article.url, { width: 800, height: 900 });
      await waitFor(page, () => document.querySelectorAll('iframe').length === 2, null, { what: 'two iframes' });
      const fitted = (index, what) => fittedFrame(page, index, what);
      const [first, second] = [await fitted(0, 'first embed'), await fitted(1, 'second embed')];
      assert.ok(second > first + 20, `six years (${second} px) should be taller than three (${first} px)`);
      assert.equal(await page.evaluateInFrame(1, () => window.awsCalc.getLink()), LONG);

      // One embed changes: it refits, the other stays as it was.
      await page.evaluateInFrame(0, (link) => window.awsCalc.setLink(link), LONG);
      const refitted = await fitted(0, 'first embed after setLink');
      assert.ok(refitted > first + 20, `after setLink the first embed is ${refitted} px, was ${first} px`);
      assert.equal(await page.evaluate(() => document.querySelectorAll('iframe')[1].getBoundingClientRect().height), second);
      assert.equal(await page.evaluateInFrame(1, () => window.awsCalc.getLink()), LONG);
    } finally {
      await article.stop();
    }
  });

  test("the embed dialog's plain iframe for a 390 px column, in a foreign-origin article, is as tall as its preview", async () => {
    const page = await engine.open(`${dist.origin}/#v=1&gm=55`, { width: 1000, height: 900 });
    await ready(page);
    await page.evaluate(() => document.querySelector('[data-action="embed"]').click());
    await waitFor(page, () => Boolean(document.getElementById('embed-code')), null, { what: 'the dialog', timeoutMs: 20000 });
    await page.evaluate(() => {
      for (const [name, value] of [['embed-route', 'iframe'], ['embed-width', '390'], ['embed-hide', 'footer']]) {
        document.querySelector(`input[name="${name}"][value="${value}"]`).click();
      }
      document.querySelector('.embed-preview').scrollIntoView();
    });
    // The preview's height, once the calculator in it said it and it held.
    let [expected, last] = [0, -1];
    for (let tries = 0; tries < 120 && !(expected > 0 && expected === last); ++tries) {
      last = expected;
      await sleep(250);
      expected = await page.evaluate(() => window.awsCalcEmbedDialog.preview().height);
    }
    assert.ok(expected > 1000, `the preview said ${expected} px`);
    const code = await page.evaluate(() => document.getElementById('embed-code').value);
    assert.match(code, /^<iframe src="[^"]*embed\.html\?hide=footer#v=1&amp;gm=55"/);
    const article = await articleServer(dist.origin, { body: `<div class="col">${code}</div>`, extraCss: ' .col { width: 390px; }', inlineScripts: true });
    try {
      const host = await engine.open(article.url, { width: 430, height: 900 });
      let shown = await fittedFrame(host, 0, 'the pasted iframe');
      // Both settled: the preview's latest height against the article's (either may still
      // take its final layout under load).
      for (let tries = 0; tries < 40 && Math.abs(shown - expected) > 2; ++tries) {
        await sleep(250);
        expected = await page.evaluate(() => window.awsCalcEmbedDialog.preview().height);
        shown = await host.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
      }
      const preview = await page.evaluate(() => {
        const frame = document.querySelector('.embed-preview iframe');
        return { classes: frame.contentDocument.documentElement.className, width: frame.contentWindow.innerWidth,
                 href: frame.contentWindow.location.href, hide: frame.contentDocument.documentElement.dataset.hide ?? null,
                 height: frame.contentDocument.documentElement.getBoundingClientRect().height, said: window.awsCalcEmbedDialog.preview() };
      });
      assert.ok(Math.abs(shown - expected) <= 2, `the article shows ${shown} px, the preview showed ${expected} px (${JSON.stringify(preview)})`);
      const share = await host.evaluateInFrame(0, () => window.awsCalc.shareUrl());
      assert.doesNotMatch(share, /hide|footer/);
    } finally {
      await article.stop();
    }
  });

  test('after one visit, a reload with the network gone is served by the service worker and computes', async () => {
    const server = await serve();
    const page = await engine.open(`${server.origin}/#${STATE}`);
    await ready(page);
    await waitFor(page, () => Promise.race([navigator.serviceWorker.ready.then(() => true),
                                            new Promise((resolve) => setTimeout(resolve, 500, false))]),
                  null, { timeoutMs: 15000, what: 'the service worker to be ready' });
    const online = await results(page);
    assert.deepEqual(twoDecimals(online.awsFromAnthropic), ['1.69', '4.05', '8.10']);

    // Firefox goes offline; WebKit cannot, so its server stops.
    if (engine.cannot('offline')) await server.stop();
    else await page.setOffline(true);
    const served = server.requests.length;
    await page.reload();
    await ready(page);
    assert.ok(await canvasReady(page), `no canvas after the offline reload: ${JSON.stringify(await page.evaluate(() => ({
      classes: document.documentElement.className, loading: document.getElementById('calc-loading')?.textContent,
      controlled: navigator.serviceWorker.controller !== null })))}`);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the reload was not served by the worker');
    assert.deepEqual(await results(page), online);
    await page.evaluate(() => window.awsCalc.setLink('v=1&rev=5,12,24'));
    assert.deepEqual(twoDecimals((await results(page)).awsFromAnthropic), ['1.50', '3.60', '7.20']);
    assert.deepEqual(server.requests.slice(served).map((r) => r.url), [], 'the server was reached offline');
    if (!engine.cannot('offline')) await server.stop();
  });

  test('the single-file download, opened from file://, renders and computes as the served page', async () => {
    const page = await engine.open(`${dist.origin}/#${STATE}`);
    await ready(page);
    const served = await results(page);
    // "Download for offline use": the file's text as the page hands it to the download.
    const html = await page.evaluate(() => new Promise((resolve, reject) => {
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob) => { blob.text().then(resolve, reject); return createObjectURL.call(URL, blob); };
      document.addEventListener('click', (event) => { if (event.target.closest('a[download]')) event.preventDefault(); }, true);
      document.querySelector('[data-action="offline"]').click();
    }));
    assert.match(html, /data-initial-link="v=1&amp;rev=5,12,24&amp;gm=55"/);
    const dir = mkdtempSync(join(tmpdir(), 'awscalc-single-'));
    temporary.push(dir);
    const file = join(dir, 'aws-anthropic-calculator.html');
    writeFileSync(file, html);

    const requests = dist.requests.length;
    const fromDisk = await engine.open(pathToFileURL(file).href);
    await ready(fromDisk);
    assert.ok(await canvasReady(fromDisk), 'no canvas from file://');
    assert.deepEqual(await results(fromDisk), served);
    assert.equal(await getLink(fromDisk), STATE);
    await fromDisk.evaluate(() => window.awsCalc.setLink('v=1&rev=5,12,24'));
    assert.deepEqual(twoDecimals((await results(fromDisk)).awsFromAnthropic), ['1.50', '3.60', '7.20']);
    // Every download works from disk (the downloads' script is inline: a file opened from
    // disk can import no module), and the Embed panel says why a file cannot be embedded.
    const made = await fromDisk.evaluate(async () => {
      const blobs = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob) => { blobs.push(blob); return createObjectURL.call(URL, blob); };
      document.addEventListener('click', (event) => { if (event.target.closest('a[download]')) event.preventDefault(); }, true);
      document.querySelector('[data-action="exports"]').click();
      const out = [];
      for (const [action, type] of [['csv', 'application/zip'], ['svg', 'image/svg+xml'], ['png', 'image/png']]) {
        const before = blobs.length;
        document.querySelector(`[data-action="${action}"]`).click();
        const found = () => blobs.slice(before).find((blob) => blob.type.startsWith(type));
        for (let i = 0; i < 100 && !found(); ++i) await new Promise((resolve) => setTimeout(resolve, 100));
        out.push(found() ? `${action}: ${found().size > 100 ? 'made' : 'empty'}` : `${action}: none`);
      }
      document.querySelector('[data-action="embed"]').click();
      out.push(document.getElementById('embed-unavailable')?.textContent.includes('file on your disk') ? 'embed: said why' : 'embed: silent');
      return out;
    });
    assert.deepEqual(made, ['csv: made', 'svg: made', 'png: made', 'embed: said why']);
    const fetched = await fromDisk.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(fetched.filter((url) => !url.startsWith('data:')), [], 'the file fetched something');
    assert.equal(dist.requests.length, requests, 'the file reached the server');
  });

  test("the strict CSP of scripts/serve: no violation reported while every feature runs", async () => {
    const server = await serve({ headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; report-uri /csp-report` } });
    const reports = () => server.requests.filter((r) => r.url === '/csp-report')
      .map((r) => { try { const b = JSON.parse(r.body)['csp-report']; return `${b['violated-directive']}: ${b['blocked-uri']}`; } catch { return r.body; } });
    try {
      const page = await engine.open(`${server.origin}/#v=1&gm=55`);
      await ready(page);
      await settle(page);
      await dragSlider(page, 'aws', 60);
      for (const tab of ['range', 'drivers', 'goal', 'compare']) {
        await page.evaluate((t) => window.awsCalc.setLink(`v=1&tab=${t}&goal=gm&s1=bull`), tab);
        await settle(page);
      }
      await page.evaluate(async () => {
        document.addEventListener('click', (event) => { if (event.target.closest('a[download]')) event.preventDefault(); }, true);
        for (const action of ['text', 'embed', 'exports', 'csv', 'csv-exact', 'svg', 'png', 'offline']) {
          document.querySelector(`[data-action="${action}"]`).click();
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      });
      const embed = await engine.open(`${server.origin}/embed.html#v=1&theme=dark`);
      await ready(embed);
      await settle(embed);
      await sleep(500);
      assert.deepEqual(reports(), [], 'CSP violations reported');

      // The control: a blocked image must be reported, or the silence above means nothing.
      page.expectErrors(/csp-control\.png/);   // Firefox logs it too
      await page.evaluate(() => { new Image().src = 'http://127.0.0.3:9/csp-control.png'; });
      for (let i = 0; i < 100 && reports().length === 0; ++i) await sleep(100);
      assert.equal(reports().length, 1, 'the control violation was not reported');
      assert.match(reports()[0], /^img-src.*csp-control\.png$|^img-src.*127\.0\.0\.3/);
    } finally {
      await server.stop();
    }
  });

  test('without WebGL2 the text version is the calculator and computes', async () => {
    const root = distWithVariants({
      'no-webgl2': 'const getContext = HTMLCanvasElement.prototype.getContext;\n' +
        'HTMLCanvasElement.prototype.getContext = function (type, ...rest) {\n' +
        "  return type === 'webgl2' ? null : getContext.call(this, type, ...rest);\n};\n",
    });
    const server = await serve({ root });
    try {
      const page = await engine.open(`${server.origin}/no-webgl2.html#v=1`);
      await ready(page);
      const shown = await page.evaluate(() => ({
        canvas: document.getElementById('calc-canvas').getBoundingClientRect().height,
        form: document.getElementById('text-version-form').getBoundingClientRect().width,
        noCanvas: document.documentElement.classList.contains('no-canvas'),
      }));
      assert.ok(shown.noCanvas && shown.canvas === 0 && shown.form > 200, JSON.stringify(shown));
      await page.evaluate(() => { const input = document.getElementById('text-version-gm-0'); input.focus(); input.select(); });
      await page.keyboard.type('50');
      await page.keyboard.press('Enter');
      await waitFor(page, () => window.awsCalc.results().grossMarginPct[0] === 50, null, { what: 'the margin typed into the text version' });
      assert.equal((await results(page)).awsFromAnthropic[0], 1.5);
    } finally {
      await server.stop();
    }
  });

  test("without WebAssembly the note's figures, the formula and an explanation show", async () => {
    const root = distWithVariants({ 'no-wasm': 'delete window.WebAssembly;\n' });
    const server = await serve({ root });
    try {
      const page = await engine.open(`${server.origin}/no-wasm.html#v=1`);
      await ready(page);
      const { text, canvas } = await page.evaluate(() => ({
        text: document.getElementById('calc-static').innerText,
        canvas: document.getElementById('calc-canvas').getBoundingClientRect().height,
      }));
      assert.match(text, /\$1\.28B/);
      assert.match(text, /× \(1 − its gross\s+margin\)/);
      assert.match(text, /needs JavaScript and WebAssembly/);
      assert.equal(canvas, 0);
    } finally {
      await server.stop();
    }
  });
});
