// canvas.test.mjs: the calculator page in Chromium: the canvas draws the
// chart, computes the article's figures, follows setLink, draws only on demand, is
// crisp at devicePixelRatio 2, lets the page scroll and Tab move through its controls
// (the semantic layer, semantics.test.mjs) and on, survives a lost
// WebGL context, loads without a layout jump, honours the dark scheme and talks to no
// other origin. See harness.mjs for the shared setup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canvasBox, chartRect, dominantColour, frames, luminance, nextFrames, pageBackground,
  settle, shareChanged, shareUnlike, shootCanvas, sleep, stats, useBrowser, waitForFrame,
} from './harness.mjs';

const browser = useBrowser();

const ARTICLE = 'v=1';
const results = (page) => page.evaluate(() => window.awsCalc.results());
const getLink = (page) => page.evaluate(() => window.awsCalc.getLink());
const twoDecimals = (values) => values.map((v) => v.toFixed(2));

// Focusable elements around the calculator, as an article has them, and optionally
// tall spacers so the canvas can leave the viewport.
const surround = (page, { spacerPx = 0 } = {}) => page.evaluate((spacerPx) => {
  const main = document.getElementById('calc');
  const element = (tag, id, text) => Object.assign(document.createElement(tag), { id, textContent: text });
  const spacer = () => Object.assign(document.createElement('div'), { style: `height: ${spacerPx}px` });
  main.before(element('button', 'before', 'Before the calculator'), spacer());
  main.after(spacer(), element('button', 'after', 'After the calculator'));
}, spacerPx);

// The centre of the chart, in viewport coordinates (the chart must be on screen).
async function chartCentre(page) {
  const [box, rect] = [await canvasBox(page), await chartRect(page)];
  return [box.x + rect.x + rect.width / 2, box.y + rect.y + rect.height / 2];
}

test('the canvas draws the chart: its rectangle is not the page background', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  const chart = await shootCanvas(page, await chartRect(page));
  const drawn = shareUnlike(chart, await pageBackground(page));
  assert.ok(drawn > 0.05, `only ${(drawn * 100).toFixed(1)}% of the chart's pixels are drawn`);
});

test("results() for the article's link: 1.20 / 3.00 / 5.70", async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  const r = await results(page);
  assert.deepEqual(r.years, [2025, 2026, 2027]);
  assert.deepEqual(twoDecimals(r.awsFromAnthropic), ['1.20', '3.00', '5.70']);
  assert.deepEqual(r.problems, []);
  assert.equal(await getLink(page), ARTICLE);
});

test('setLink changes results() and the chart on the canvas', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  const rect = await chartRect(page);
  const before = await shootCanvas(page, rect);

  const drawn = await frames(page);
  const { problems } = await page.evaluate(() => window.awsCalc.setLink('v=1&rev=5,12,24'));
  assert.deepEqual(problems, []);
  assert.deepEqual(twoDecimals((await results(page)).awsFromAnthropic), ['1.50', '3.60', '7.20']);

  // No input: setLink alone must bring the frame.
  await waitForFrame(page, drawn);
  await settle(page);
  const after = await shootCanvas(page, rect);
  const changed = shareChanged(before, after);
  assert.ok(changed > 0.01, `only ${(changed * 100).toFixed(2)}% of the chart's pixels changed`);
});

test('no frames while idle: framesRendered stays put for 3 s once input stops', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page).catch(() => {});   // a page that never stops drawing fails below
  const atLoad = await frames(page);
  const [x, y] = await chartCentre(page);
  for (let i = 0; i < 5; ++i) await page.mouse.move(x + i * 40, y + i * 10);   // hover, tooltips
  // The app may draw for a moment after input (hover delays: 0.6 s); then nothing.
  await sleep(1200);
  const settled = await frames(page);
  assert.ok(settled > atLoad, 'mouse input over the canvas drew no frame');
  await sleep(3000);
  assert.equal(await frames(page), settled, 'frames were drawn while idle');
});

test('no frames while the canvas is scrolled out of view, even with input', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await surround(page, { spacerPx: 3000 });   // the canvas is now below the viewport
  const box = await canvasBox(page);
  assert.ok(box.y > page.viewportSize().height, `the canvas is still on screen (top ${box.y})`);
  const offScreen = await settle(page);

  // Keys to a control's element (the slider steps), a state change and a resize: each
  // asks for a frame.
  await page.evaluate(() => document.querySelector('#calc-semantics [data-name="slider:gm"]').focus({ preventScroll: true }));
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight']) await page.keyboard.press(key);
  await page.evaluate(() => window.awsCalc.setLink('v=1&gm=50'));
  await page.setViewportSize({ width: 1100, height: 800 });
  await sleep(1000);
  assert.equal(await frames(page), offScreen, 'frames were drawn while the canvas was off screen');
  assert.ok((await canvasBox(page)).y > 800, 'the canvas came on screen');

  // Back on screen, the pending frame is drawn.
  await page.evaluate(() => document.getElementById('calc-canvas').scrollIntoView());
  assert.ok((await settle(page)) > offScreen, 'no frame once the canvas came back on screen');
});

test('at devicePixelRatio 2 the backing store is twice the CSS size', async () => {
  const page = await browser.openPage({ width: 360, height: 740, deviceScaleFactor: 2, hash: ARTICLE });
  await settle(page);
  const size = await page.evaluate(() => {
    const canvas = document.getElementById('calc-canvas');
    const box = canvas.getBoundingClientRect();
    return { ratio: devicePixelRatio, width: canvas.width, height: canvas.height,
             clientWidth: canvas.clientWidth, cssHeight: box.height };
  });
  assert.equal(size.ratio, 2);
  assert.equal(size.width, 2 * size.clientWidth, JSON.stringify(size));
  assert.ok(Math.abs(size.height - 2 * size.cssHeight) <= 1, JSON.stringify(size));
});

test('a mouse wheel over the canvas scrolls the page', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  const [x, y] = await chartCentre(page);
  assert.equal(await page.evaluate(([x, y]) => document.elementFromPoint(x, y).id, [x, y]), 'calc-canvas');
  await page.mouse.move(x, y);
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction((before) => scrollY > before, before, { timeout: 3000 })
    .catch(() => assert.fail('the page did not scroll under the wheel'));
});

// Where keyboard focus is: 'layer' (the canvas's semantic layer), 'before' or 'after'
// the canvas in document order, or 'none' (the body); the focused control's name and its
// box in the viewport.
const focus = (page) => page.evaluate(() => {
  const canvas = document.getElementById('calc-canvas');
  const layer = document.getElementById('calc-semantics');
  const active = document.activeElement;
  const where = layer.contains(active) ? 'layer'
    : !active || active === document.body ? 'none'
    : canvas.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  const box = active?.getBoundingClientRect();
  return { where, name: active?.dataset.name, element: active?.outerHTML.slice(0, 80),
           top: box?.top, bottom: box?.bottom, viewportHeight: innerHeight,
           strip: document.getElementById('calc-strip').hidden ? 0 : document.getElementById('calc-strip').getBoundingClientRect().bottom };
});

test('Tab goes through the canvas\'s controls, each brought into view and drawn with its ring, and leaves', async () => {
  const page = await browser.openPage({ width: 360, height: 740, hash: ARTICLE });
  await surround(page);
  await settle(page);
  await page.focus('#before');
  await page.keyboard.press('Tab');
  let now = await focus(page);
  assert.equal(now.element.startsWith('<a class="calc-skip"'), true, `Tab from the element before went to ${now.element}`);
  await page.keyboard.press('Tab');
  now = await focus(page);
  assert.equal(now.where, 'layer', `Tab from the skip link went to ${now.element}`);

  // Each stop in view, below the pinned result strip: at 360 px the controls are far
  // below the first screen, so the page follows the keyboard down the canvas.
  let stops = 0;
  while (now.where === 'layer' && stops < 200) {
    ++stops;
    assert.ok(now.top >= now.strip - 0.5 && now.bottom <= now.viewportHeight + 0.5,
      `${now.name} (stop ${stops}) at ${Math.round(now.top)}..${Math.round(now.bottom)} px, under the strip (${now.strip}) or out of view`);
    await page.waitForFunction((name) => window.awsCalc.stats().focus.name === name, now.name);
    assert.equal((await stats(page)).focus.visible, true, `${now.name} has no ring`);
    await page.keyboard.press('Tab');
    now = await focus(page);
  }
  assert.ok(stops >= 20, `only ${stops} stops in the canvas`);
  assert.equal(now.where, 'after', `after ${stops} stops focus is on ${now.element}`);
  await page.waitForFunction(() => window.awsCalc.stats().focus.name === '');

  await page.keyboard.press('Shift+Tab');
  now = await focus(page);
  assert.equal(now.where, 'layer', `Shift+Tab from the element after the canvas went to ${now.element}`);
});

test('a lost and restored WebGL context ends with the chart drawn again', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  const rect = await chartRect(page);
  const background = await pageBackground(page);
  const before = await shootCanvas(page, rect);

  await page.evaluate(() => new Promise((resolve) => {
    const canvas = document.getElementById('calc-canvas');
    canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
    window.loseContext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  }));
  const lostAt = await frames(page);
  const [x, y] = await chartCentre(page);
  await page.mouse.move(x, y);          // input while lost: nothing drawn, nothing thrown
  await page.mouse.move(x + 30, y + 5);
  await sleep(300);
  assert.equal(await frames(page), lostAt, 'frames were drawn on a lost context');
  const lost = await shootCanvas(page, rect);
  assert.ok(shareUnlike(lost, background) < 0.01, 'the canvas still shows the chart with its context lost');

  await page.mouse.move(0, 0);          // no hover left: the frame after restore matches the first
  await page.evaluate(() => window.loseContext.restoreContext());
  assert.ok(await waitForFrame(page, lostAt), 'no frame after the context was restored');
  await settle(page);
  const restored = await shootCanvas(page, rect);
  const drawn = shareUnlike(restored, background);
  assert.ok(drawn > 0.05, `only ${(drawn * 100).toFixed(1)}% of the chart is drawn after the restore`);
  const changed = shareChanged(before, restored);
  assert.ok(changed < 0.02, `${(changed * 100).toFixed(1)}% of the chart differs from before the loss`);
});

// A context the browser never gives back (WEBGL_lose_context without a
// restore, as Chromium does to the oldest of too many) used to leave a blank box.
test('a context lost and never restored: the text version says why, and a retry draws again', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55' });
  await settle(page);
  await page.evaluate(() => document.getElementById('calc-canvas').getContext('webgl2')
    .getExtension('WEBGL_lose_context').loseContext());
  await page.waitForFunction(() => document.documentElement.classList.contains('no-canvas'), null, { timeout: 10000 })
    .catch(() => assert.fail('still waiting for a context that will not come back'));
  const shown = await page.evaluate(() => ({
    canvasReady: document.documentElement.classList.contains('canvas-ready'),
    lost: !document.getElementById('calc-lost').hidden,
    why: document.getElementById('calc-lost-text').textContent,
    textVersionInert: document.getElementById('text-version').inert,
    textVersionHeight: document.getElementById('text-version').getBoundingClientRect().height,
    stage: getComputedStyle(document.getElementById('calc-stage')).display,
    cell: document.querySelector('#results tr[data-key="awsFromAnthropic"] td[data-year="2027"]')?.textContent,
  }));
  assert.equal(shown.canvasReady, false);
  assert.equal(shown.lost, true);
  assert.match(shown.why, /drawing surface/);
  assert.equal(shown.textVersionInert, false);
  assert.ok(shown.textVersionHeight > 300, `the text version is not shown (${shown.textVersionHeight} px)`);
  assert.equal(shown.stage, 'none');
  assert.equal(shown.cell, '$6.41B');
  // The text version computes: the link follows it.
  await page.fill('#text-version-gm-0', '50');   // 2025's gross margin
  await page.press('#text-version-gm-0', 'Enter');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=50,55,55');

  // "Draw the calculator again": a fresh canvas, drawn, in the same state.
  await page.click('#calc-lost-retry');
  await page.waitForFunction(() => document.documentElement.classList.contains('canvas-ready'));
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('calc-lost').hidden), true);
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=50,55,55');
  const drawn = shareUnlike(await shootCanvas(page, await chartRect(page)), await pageBackground(page));
  assert.ok(drawn > 0.05, `only ${(drawn * 100).toFixed(1)}% of the chart is drawn after the retry`);
  assert.ok((await stats(page)).controls.length > 40, 'the semantic layer is back');
});

test('a context lost again while it is being restored: no error, and drawn after the next restore', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  const rect = await chartRect(page);
  await page.evaluate(() => new Promise((resolve) => {
    const canvas = document.getElementById('calc-canvas');
    canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
    window.loseContext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  }));
  // A GPU reset right after the restore: the context is lost again before the page's
  // own webglcontextrestored handler (the app's) runs, so it makes its objects on a
  // lost context.
  await page.evaluate(() => new Promise((resolve) => {
    const canvas = document.getElementById('calc-canvas');
    addEventListener('webglcontextrestored', () => window.loseContext.loseContext(), { capture: true, once: true });
    canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
    window.loseContext.restoreContext();
  }));
  const lostAgainAt = await frames(page);
  await page.evaluate(() => window.loseContext.restoreContext());
  assert.ok(await waitForFrame(page, lostAgainAt), 'no frame after the last restore');
  await settle(page);
  const drawn = shareUnlike(await shootCanvas(page, rect), await pageBackground(page));
  assert.ok(drawn > 0.05, `only ${(drawn * 100).toFixed(1)}% of the chart is drawn after the last restore`);
});   // and no page error (the harness checks)

// The placeholder's heights are measured natively at devicePixelRatio 1; the fonts keep
// CSS-pixel metrics at every ratio (src/ui/fonts.cpp), so they hold at ratio 2 too.
const PLACEHOLDER_CASES = [
  { width: 360, deviceScaleFactor: 1 },
  { width: 1200, deviceScaleFactor: 1 },
  { width: 1200, deviceScaleFactor: 2 },
];
for (const { width, deviceScaleFactor } of PLACEHOLDER_CASES) {
  test(`the loading placeholder has the calculator's final height at ${width} px, ratio ${deviceScaleFactor}`, async () => {
    let release;
    const wasmHeld = new Promise((resolve) => { release = resolve; });
    const page = await browser.openPage({
      width, deviceScaleFactor, hash: ARTICLE, ready: false,
      before: (page) => page.route('**/*.wasm', async (route) => { await wasmHeld; await route.continue(); }),
    });
    const measure = () => page.evaluate(() => ({
      stage: document.getElementById('calc-stage').getBoundingClientRect().height,
      canvas: document.getElementById('calc-canvas').getBoundingClientRect().height,
      loading: getComputedStyle(document.getElementById('calc-loading')).display !== 'none',
      frames: window.awsCalc.stats().framesRendered,
    }));
    const loading = await measure();
    assert.ok(loading.loading && loading.frames === 0, `not loading: ${JSON.stringify(loading)}`);

    release();
    await page.evaluate(() => window.awsCalc.ready);
    await settle(page);
    const loaded = await measure();
    assert.ok(loaded.frames > 0 && !loaded.loading, `not loaded: ${JSON.stringify(loaded)}`);
    assert.ok(Math.abs(loading.stage - loaded.canvas) <= 4,
              `placeholder ${loading.stage} px, calculator ${loaded.canvas} px`);
    assert.ok(Math.abs(loading.stage - loaded.stage) <= 4,
              `the stage went from ${loading.stage} px to ${loaded.stage} px`);
  });
}

test('the dark scheme paints a dark page, and follows the reader switching to light', async () => {
  // The backdrop: the most common colour on screen (the canvas is transparent, so it is
  // the page's background wherever the calculator draws nothing).
  const backdrop = async (page) => {
    await settle(page);
    const { width, height } = page.viewportSize();
    return luminance(dominantColour(await shootCanvas(page, { x: 0, y: 0, width, height })));
  };
  const css = async (page) => luminance(await pageBackground(page));
  const page = await browser.openPage({ colorScheme: 'dark', hash: ARTICLE });
  const dark = [await backdrop(page), await css(page)];
  assert.ok(dark[0] < 0.05 && dark[1] < 0.05, `dark scheme: backdrop luminance ${dark[0]}, CSS ${dark[1]}`);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = [await backdrop(page), await css(page)];
  assert.ok(light[0] > 0.85 && light[1] > 0.85, `light scheme: backdrop luminance ${light[0]}, CSS ${light[1]}`);
});

test('the page requests nothing from another origin', async () => {
  const page = await browser.openPage({
    hash: ARTICLE,
    before: (page) => page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    }),
  });
  const [x, y] = await chartCentre(page);
  await page.mouse.move(x, y);
  await page.evaluate(() => window.awsCalc.setLink('v=1&rev=5,12,24&theme=dark'));
  await settle(page);

  const local = (url) => /^(data|blob):/.test(url) || new URL(url).origin === browser.origin;
  assert.ok(page.requests.some((url) => url.endsWith('.wasm')), 'the module request was not seen');
  assert.deepEqual(page.requests.filter((url) => !local(url)), []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'blocked attempts (CSP)');
});
