// first_view.test.mjs: the static first view. Before the module's first
// frame the page shows the article's figures (the headline figure, the note's and the
// revenue chart, generated from the core by src/tools/site_assets) in the canvas's size
// and where the canvas will draw them; the canvas then replaces them with no layout
// shift. A link with other assumptions gets a neutral placeholder of the same size
// instead. The wasm's response is held back (a route) so the first view can be looked at.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/lib/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, DIST, closeContexts, decodePng, settle, shareChanged } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 };
const SMALL_PHONE = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser;
let server;
let origin;
const contexts = [];

before(async () => {
  server = await startServer({ root: DIST, port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterEach(() => closeContexts(contexts));
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

// Sums layout shifts (the Layout Instability API) from the start of the page.
const SHIFT_OBSERVER = () => {
  window.__layoutShift = { sum: 0, entries: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__layoutShift.sum += entry.value;
      window.__layoutShift.entries.push({ value: entry.value, at: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

// index.html#hash with the wasm's response held until release(); `block` aborts the
// requests it matches. Resolves once the HTML is parsed.
async function openHeld(hash, device, { colorScheme = 'light', block = null, allowed = /^$/ } = {}) {
  const context = await browser.newContext({ ...device, colorScheme });
  context.errors = [];
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.test(message.text())) context.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => context.errors.push(`page error: ${error.stack ?? error}`));
  page.wasmRequests = [];
  page.on('request', (request) => {
    if (/\.wasm$/.test(new URL(request.url()).pathname)) page.wasmRequests.push(request.url());
  });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  if (block) await page.route(block, (route) => route.abort());
  await page.addInitScript(SHIFT_OBSERVER);
  await page.goto(`${origin}/${hash === null ? '' : `#${hash}`}`, { waitUntil: 'domcontentloaded' });
  page.release = release;
  return page;
}

// What the first view shows now: which decision, whether the figures are visible, the
// boxes of the figures, the canvas and the stage (viewport px), the figures' text.
const firstView = (page) => page.evaluate(() => {
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const figures = document.getElementById('calc-figures');
  const style = getComputedStyle(figures);
  const charts = [...figures.querySelectorAll(':scope > svg')].filter((svg) => getComputedStyle(svg).display !== 'none');
  return {
    classes: [...document.documentElement.classList],
    theme: document.documentElement.dataset.theme,
    visible: style.visibility === 'visible' && style.display !== 'none',
    figures: box(figures),
    canvas: box(document.getElementById('calc-canvas')),
    stage: box(document.getElementById('calc-stage')),
    charts: charts.map(box),
    figure: box(figures.querySelector('.sf-h b')),
    title: box(document.querySelector('.calc > h1')),
    titleText: document.querySelector('.calc > h1').textContent,
    lang: document.documentElement.lang,
    text: figures.textContent,
    loadingVisible: getComputedStyle(document.getElementById('calc-loading')).clipPath === 'none',
    frames: window.awsCalc.stats().framesRendered,
  };
});

const near = (actual, expected, tolerance, what) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

async function until(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 20000, polling: 50 });
}
const figuresVisible = () => getComputedStyle(document.getElementById('calc-figures')).visibility === 'visible';

// The article's figures as the command line writes them, in each language (German and
// Spanish: src/tools/site_assets measured them with the language's words; web/languages.js
// shows them once the pack is here, before the module).
const ENGLISH = { hash: 'v=1', code: 'en', title: 'How much could AWS earn from Anthropic?', texts: ['$5.70B', 'the note: $5.6B', '$1.20B', '$3.00B', '2025', '2027', 'The note'] };
const GERMAN = {
  hash: 'v=1&lang=de',
  code: 'de',
  title: 'Wie viel könnte AWS mit Anthropic verdienen?',
  texts: ['AWS-Umsatz mit Anthropic im Jahr 2027', '5,70 Mrd. $', 'Analyse: 5,6 Mrd. $', '1,20 Mrd. $', '8 Mrd. $', 'Die Analyse', 'Modell'],
  english: ['$5.70B', 'The note', '$8B', 'the note'],
};
const SPANISH = { hash: 'v=1&lang=es&theme=dark', code: 'es', title: '¿Cuánto podría ganar AWS con Anthropic?', texts: ['5700 M$', 'la nota: 5600 M$', '1200 M$', 'La nota'], english: ['$5.70B', 'The note'] };

for (const [name, device, schemes, language] of [['phone, 390 px, touch, ratio 3', PHONE, ['light', 'dark'], ENGLISH],
                                                 ['desktop, 1200 px', DESKTOP, ['light', 'dark'], ENGLISH],
                                                 ['small phone, 320 px, touch, ratio 2', SMALL_PHONE, ['light'], ENGLISH],
                                                 ['phone, 390 px, touch, ratio 3, in German', PHONE, ['light'], GERMAN],
                                                 ['desktop, 1200 px, in Spanish', DESKTOP, ['dark'], SPANISH]]) {
  for (const colorScheme of schemes) {
    test(`${name}, ${colorScheme}: the figures show before the module, in the canvas's size and places; the canvas replaces them with no layout shift`, async () => {
      const page = await openHeld(language.hash, device, { colorScheme });
      await until(page, figuresVisible);
      const before = await firstView(page);
      assert.ok(before.classes.includes('sf-on'), `decided for the figures: ${before.classes}`);
      assert.equal(before.theme, colorScheme, 'the page takes the reader\'s theme from its first paint');
      assert.equal(before.frames, 0, 'the module has drawn nothing yet');
      assert.ok(!before.classes.includes('canvas-ready'));
      assert.ok(!before.loadingVisible, 'no loading line over the figures (screen readers still hear it)');
      // The canvas's size and place.
      for (const key of ['x', 'y', 'width', 'height']) near(before.figures[key], before.canvas[key], 0.5, `figures' ${key}`);
      assert.ok(before.canvas.height > 1000, `the canvas keeps its final height while loading: ${before.canvas.height}`);
      // The article's figures, as the command line gives them, in the page's language.
      const text = before.text.replace(/\u00a0/g, ' ');
      for (const expected of language.texts) assert.ok(text.includes(expected), `"${expected}" in the first view: ${text}`);
      for (const english of language.english ?? []) assert.ok(!text.includes(english), `no "${english}" in the first view: ${text}`);
      assert.equal(before.titleText, language.title, 'the title over the figures, in the language');
      assert.equal(before.lang || 'en', language.code, 'the document says its language');
      assert.equal(before.charts.length, 1, 'one chart shows');
      const shotBefore = decodePng(await page.screenshot({ scale: 'css' }));

      page.release();
      await page.evaluate(() => window.awsCalc.ready);
      await settle(page);
      const afterSwap = await firstView(page);
      const { layout } = await page.evaluate(() => window.awsCalc.stats());
      assert.ok(afterSwap.classes.includes('canvas-ready'));
      assert.ok(!afterSwap.visible, 'the figures are gone once the canvas draws');
      const shift = await page.evaluate(() => window.__layoutShift);
      assert.equal(shift.sum, 0, `layout shifts: ${JSON.stringify(shift.entries)}`);
      for (const key of ['x', 'y', 'width', 'height']) near(afterSwap.canvas[key], before.canvas[key], 0.5, `canvas ${key}`);

      // Where the canvas drew the same things (stats().layout: x, y, width, height in the canvas).
      const [hx, hy, , hh] = layout.headline;
      near(before.figure.x - before.canvas.x, hx, 2, 'the headline figure\'s left edge');
      near(before.figure.y + before.figure.height / 2 - before.canvas.y, hy + hh / 2, 4, 'the headline figure\'s middle');
      const [cx, cy, cw, ch] = layout.chart;
      const plot = before.charts[0];
      assert.ok(plot.x - before.canvas.x >= cx && plot.x + plot.width - before.canvas.x <= cx + cw + 0.5 &&
                plot.y - before.canvas.y >= cy && plot.y + plot.height - before.canvas.y <= cy + ch + 0.5,
                `the static plot ${JSON.stringify(plot)} lies in the canvas's chart ${layout.chart}`);
      // The same picture: the chart's pixels before and after the swap differ only where
      // two renderers draw text and edges differently.
      const shotAfter = decodePng(await page.screenshot({ scale: 'css' }));
      const crop = (image) => {
        const x0 = Math.round(before.canvas.x + cx);
        const y0 = Math.round(before.canvas.y + cy);
        const w = Math.floor(cw);
        const h = Math.floor(ch);
        const data = new Uint8Array(w * h * 4);
        for (let y = 0; y < h; ++y) {
          data.set(image.data.subarray(((y0 + y) * image.width + x0) * 4, ((y0 + y) * image.width + x0 + w) * 4), y * w * 4);
        }
        return { width: w, height: h, data };
      };
      const changed = shareChanged(crop(shotBefore), crop(shotAfter), 40);
      assert.ok(changed < 0.04, `the chart changed in ${(changed * 100).toFixed(1)}% of its pixels at the swap`);
      // The preloaded response was the module's: one request for the page's wasm (the
      // downloads' core module may follow at idle, once the service worker holds it).
      const appWasm = page.wasmRequests.filter((url) => /\/app\.[0-9a-f]{8}\.wasm$/.test(url));
      assert.equal(appWasm.length, 1, `wasm requests: ${page.wasmRequests.join(', ')}`);
    });
  }
}

test('links with only presentation keys keep the figures; any other key gets a neutral placeholder of the same size', async () => {
  for (const [hash, figures, theme] of [
    [null, true, 'light'], ['', true, 'light'], ['v=1&theme=dark&tab=range', true, 'dark'],
    ['v=1&accent=ff0000&debug=continuous', true, 'light'],
    ['v=1&gm=55', false, 'light'], ['rev=4,10,19', false, 'light'], ['v=1&s1=bear&theme=dark', false, 'dark'],
    ['v=2', false, 'light'], ['v=1&lang=xx', false, 'light'], ['v=1&lang=de&gm=55', false, 'light'],
  ]) {
    const page = await openHeld(hash, PHONE);
    await until(page, () => /\bsf-(on|off)\b/.test(document.documentElement.className));
    await page.waitForTimeout(100);
    const view = await firstView(page);
    assert.equal(view.visible, figures, `#${hash}: figures ${figures ? 'shown' : 'hidden'}`);
    assert.ok(view.classes.includes(figures ? 'sf-on' : 'sf-off'), `#${hash}: ${view.classes}`);
    assert.equal(view.theme, theme, `#${hash}: theme`);
    // The placeholder: the stage keeps the canvas's size, with the loading line.
    near(view.stage.height, view.canvas.height, 0.5, `#${hash}: the stage's height`);
    assert.ok(view.canvas.height > 1000);
    if (!figures) assert.ok(view.loadingVisible, `#${hash}: the loading line shows`);
    if (hash?.includes('accent=ff0000')) {
      const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.sf-h b')).color);
      assert.equal(colour, 'rgb(255, 0, 0)', 'the link\'s accent colours the figure, as the canvas will');
    }
    page.release();
    await page.evaluate(() => window.awsCalc.ready);
    await page.context().close();
  }
});

test('the figures stay hidden until the decision (first_view.js not loaded: the placeholder)', async () => {
  const page = await openHeld('v=1', PHONE, {
    block: /first_view\.[0-9a-f]+\.js$/, allowed: /^Failed to load resource: net::ERR_FAILED$/,
  });
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  const view = await firstView(page);
  assert.ok(!view.visible, 'no decision, no figures');
  assert.ok(view.loadingVisible, 'the loading line shows');
  page.release();
  await page.evaluate(() => window.awsCalc.ready);
});

test('a link changed while the module loads is decided again', async () => {
  const page = await openHeld('v=1', DESKTOP);
  await until(page, figuresVisible);
  await page.evaluate(() => { location.hash = 'v=1&gm=50'; });
  await until(page, () => document.documentElement.classList.contains('sf-off'));
  assert.ok(!(await firstView(page)).visible);
  page.release();
  await page.evaluate(() => window.awsCalc.ready);
});

test('figures in one language never show for a link in another (German figures, then an English link)', async () => {
  const page = await openHeld('v=1&lang=de', PHONE);
  await until(page, figuresVisible);
  assert.ok((await firstView(page)).text.includes('Modell'));
  await page.evaluate(() => { location.hash = 'v=1'; });
  await until(page, () => document.documentElement.classList.contains('sf-off'));
  assert.ok(!(await firstView(page)).visible, 'the placeholder, not German figures for an English link');
  page.release();
  await page.evaluate(() => window.awsCalc.ready);
});
