// engines.mjs: what every cross-engine test file shares: Firefox and WebKit,
// Safari's engine, behind the few operations the tests need, and the calculator's own
// helpers on top of them.
//
//   import { forEachEngine, serve, settle, typeValue, dragSlider, ... } from './engines.mjs';
//   forEachEngine((engine) => {                   // one describe() per engine
//     test('...', async (t) => {
//       const page = await engine.open(url, { width: 1200, height: 800, ratio: 1 });
//       await page.evaluate((a) => a + 1, 41);     // run in the page, JSON back
//       const shot = await page.screenshot();      // the viewport: {width, height, data: RGBA}, device px
//       await page.mouse.down(x, y); await page.mouse.move(x2, y); await page.mouse.up();   // CSS px
//       await page.mouse.moveAlong([[x, y], ...], 16);   // a hand's path: a point every 16 ms
//       await page.keyboard.type('55'); await page.keyboard.press('Tab');
//       await page.keyboard.chord(['Control', 'Shift'], 'z'); await page.back();
//       await page.touch.down(x, y); ...            // one finger, as the mouse
//     });                                          // pages closed after each test; errors fail it
//   });
//
// The drivers, both on an X display (run under `xvfb-run -a`; nothing is downloaded):
//   firefox  Debian's firefox-esr through puppeteer-core (WebDriver BiDi), not headless
//            (headless Firefox has no WebGL2 here). A browser context per page.
//   webkit   Debian's webkit2gtk-driver: WebKitWebDriver drives MiniBrowser, W3C
//            WebDriver over HTTP (node's fetch). A session (a MiniBrowser) per page. Its
//            WebDriver cannot set the pixel ratio: a second driver runs with GDK_SCALE=2.
// AWSCALC_ENGINES picks engines (default "firefox,webkit"); AWSCALC_DIST serves another
// folder than dist/ (as for tests/browser). engine.cannot(what) gives the reason an
// engine cannot do `what` here ('offline': a network switch), or null.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, describe } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/lib/serve.mjs';
import { DIST, decodePng, shareUnlike } from '../browser/harness.mjs';
import { frames, framesDrawn, settle as settleAfter, sleep, stats } from '../lib/calc_page.mjs';

export { DIST, frames, sleep, stats };
const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(REPO, 'build/release/src/cli/aws-calc');
export const ENGINES = (process.env.AWSCALC_ENGINES ?? 'firefox,webkit').split(',').filter(Boolean);

// A page's answer within SCRIPT_TIMEOUT_MS (as WebDriver's script timeout), so that a
// promise that never settles fails the test instead of hanging the suite.
const SCRIPT_TIMEOUT_MS = 30000;
function within(promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not answer within ${SCRIPT_TIMEOUT_MS} ms`)), SCRIPT_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Firefox's moves, one call each, at most one every `stepMs` (a call takes about 30 ms).
async function paced(points, stepMs, move) {
  for (const point of points) await Promise.all([move(point), sleep(stepMs)]);
}

// ---------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: false,
  });
  return {
    version: (await browser.version()).replace(/^firefox\//, 'Firefox '),
    cannot: () => null,
    async open({ width, height, ratio }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message ?? error}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
      });
      await page.setViewport({ width, height, deviceScaleFactor: ratio });
      let finger;
      const frame = async (index) => (await page.$$('iframe'))[index].contentFrame();
      return {
        errors: async () => errors,
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        evaluate: (fn, ...args) => within(page.evaluate(fn, ...args)),
        evaluateInFrame: async (index, fn, ...args) => within((await frame(index)).evaluate(fn, ...args)),
        screenshot: async () => decoded(Buffer.from(await page.screenshot())),
        mouse: {
          down: async (x, y) => { await page.mouse.move(x, y); await page.mouse.down(); },
          move: (x, y) => page.mouse.move(x, y),
          moveAlong: (points, stepMs) => paced(points, stepMs, ([x, y]) => page.mouse.move(x, y)),
          up: () => page.mouse.up(),
        },
        back: () => page.goBack(),
        keyboard: {
          type: (text) => page.keyboard.type(text),
          press: (key) => page.keyboard.press(key),
          // `key` with modifiers held ("Control", "Shift"), as Ctrl+Shift+Z.
          chord: async (modifiers, key) => {
            for (const modifier of modifiers) await page.keyboard.down(modifier);
            await page.keyboard.press(key);
            for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier);
          },
        },
        touch: {   // one finger
          down: async (x, y) => { finger = await page.touchscreen.touchStart(x, y); },
          move: (x, y) => finger.move(x, y),
          moveAlong: (points, stepMs) => paced(points, stepMs, ([x, y]) => finger.move(x, y)),
          up: () => finger.end(),
        },
        setOffline: (offline) => page.setOfflineMode(offline),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------
// WebKit: WebKitWebDriver and MiniBrowser, W3C WebDriver over HTTP

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer().once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

// One WebKitWebDriver process; `ratio` is the GDK_SCALE its MiniBrowsers run at.
async function startWebKitDriver(ratio) {
  const port = await freePort();
  const process_ = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore', env: { ...process.env, GDK_SCALE: String(ratio) },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; ++i) {
    try { await fetch(`${base}/status`); break; } catch (error) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start: ${error.message}`);
      await sleep(100);
    }
  }
  const send = async (method, path, body) => {
    const response = await fetch(base + path, {
      method, headers: { 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(2 * SCRIPT_TIMEOUT_MS),   // the driver's own limits are 300 s
    }).catch((error) => { throw new Error(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${error.message}`); });
    const { value } = await response.json();
    if (value?.error) throw new Error(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${value.error}: ${value.message}`);
    return value;
  };
  return { send, stop: () => process_.kill() };
}

// W3C WebDriver's codes for the keys the tests press (puppeteer's names).
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Backspace: '\uE003', Shift: '\uE008',
  Control: '\uE009', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Space: '\uE00D', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
};

// A function and its arguments as a script for "execute async": the result comes back
// as {value} or {error}, so a rejection keeps its message.
const asyncScript = (fn) => `const done = arguments[arguments.length - 1];
  Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
    .then((value) => done({ value: value === undefined ? null : value }),
          (error) => done({ error: String(error && error.stack || error) }));`;

// Errors thrown in the page, recorded from the moment this runs (WebKit's WebDriver has
// no console: errors before a page's load event are not seen).
const RECORD_ERRORS = () => {
  if (window.__engineErrors) return;
  window.__engineErrors = [];
  addEventListener('error', (event) => window.__engineErrors.push(`page error: ${event.message}`));
  addEventListener('unhandledrejection', (event) => window.__engineErrors.push(`unhandled rejection: ${event.reason}`));
};

async function launchWebKit() {
  // A driver runs one session (one MiniBrowser) at a time: one per open page, kept for
  // the next page at the same ratio.
  const drivers = [];   // {ratio, started: Promise<driver>, busy}
  const driver = (ratio) => {
    let entry = drivers.find((d) => d.ratio === ratio && !d.busy);
    if (!entry) drivers.push(entry = { ratio, started: startWebKitDriver(ratio) });
    entry.busy = true;
    return entry;
  };
  const version = execFileSync(MINIBROWSER, ['--version'], { encoding: 'utf8' }).trim();
  return {
    version: `WebKitGTK ${version.replace(/^\D+/, '')}`,
    cannot: (what) => ({
      offline: "WebKitGTK's WebDriver has no network switch (the test stops its server instead)",
    })[what] ?? null,
    async open({ width, height, ratio }) {
      let entry = driver(ratio);
      const capabilities = { capabilities: { alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      } } };
      // A MiniBrowser that never comes up (seen once under load) is given up, with its
      // driver, and a fresh one tried once more.
      let send;
      let sessionId;
      for (let attempt = 1; ; ++attempt) {
        ({ send } = await entry.started);
        try {
          ({ sessionId } = await send('POST', '/session', capabilities));
          break;
        } catch (error) {
          if (attempt > 1) throw error;
          (await entry.started).stop();
          drivers.splice(drivers.indexOf(entry), 1);
          entry = driver(ratio);
        }
      }
      const session = (method, path, body) => send(method, `/session/${sessionId}${path}`, body);
      await session('POST', '/timeouts', { pageLoad: SCRIPT_TIMEOUT_MS, script: SCRIPT_TIMEOUT_MS });
      const evaluate = async (fn, ...args) => {
        const result = await session('POST', '/execute/async', { script: asyncScript(fn), args });
        if (result.error) throw new Error(`in the page: ${result.error}`);
        return result.value;
      };
      const evaluateInFrame = async (index, fn, ...args) => {
        const frames = await session('POST', '/elements', { using: 'css selector', value: 'iframe' });
        await session('POST', '/frame', { id: frames[index] });
        try { return await evaluate(fn, ...args); } finally { await session('POST', '/frame', { id: null }); }
      };
      // The window's size is its outside: grow it by what the toolbar takes.
      await session('POST', '/window/rect', { width, height });
      const [innerWidth, innerHeight] = await evaluate(() => [innerWidth, innerHeight]);
      await session('POST', '/window/rect', { width: 2 * width - innerWidth, height: 2 * height - innerHeight });
      const pointer = (id, type, actions) => session('POST', '/actions', { actions: [
        { type: 'pointer', id, parameters: { pointerType: type }, actions },
      ] });
      const at = (x, y, duration = 0) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration });
      const keys = (values) => session('POST', '/actions', { actions: [{
        type: 'key', id: 'keyboard',
        actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]),
      }] });
      const navigated = async (promise) => { await promise; await evaluate(RECORD_ERRORS); };
      return {
        errors: () => evaluate(() => window.__engineErrors ?? []),
        goto: (url) => navigated(session('POST', '/url', { url })),
        reload: () => navigated(session('POST', '/refresh')),
        evaluate,
        evaluateInFrame,
        screenshot: async () => decoded(Buffer.from(await session('GET', '/screenshot'), 'base64')),
        mouse: {
          down: (x, y) => pointer('mouse', 'mouse', [at(x, y), { type: 'pointerDown', button: 0 }]),
          move: (x, y) => pointer('mouse', 'mouse', [at(x, y)]),
          moveAlong: (points, stepMs) => pointer('mouse', 'mouse', points.map(([x, y]) => at(x, y, stepMs))),
          up: () => pointer('mouse', 'mouse', [{ type: 'pointerUp', button: 0 }]),
        },
        back: () => navigated(session('POST', '/back')),
        keyboard: {
          type: (text) => keys([...text]),
          press: (key) => keys([KEYS[key] ?? key]),
          chord: (modifiers, key) => session('POST', '/actions', { actions: [{
            type: 'key', id: 'keyboard',
            actions: [...modifiers.map((m) => ({ type: 'keyDown', value: KEYS[m] })),
              { type: 'keyDown', value: key }, { type: 'keyUp', value: key },
              ...[...modifiers].reverse().map((m) => ({ type: 'keyUp', value: KEYS[m] }))],
          }] }),
        },
        touch: {   // one finger
          down: (x, y) => pointer('finger', 'touch', [at(x, y), { type: 'pointerDown', button: 0 }]),
          move: (x, y) => pointer('finger', 'touch', [at(x, y)]),
          moveAlong: (points, stepMs) => pointer('finger', 'touch', points.map(([x, y]) => at(x, y, stepMs))),
          up: () => pointer('finger', 'touch', [{ type: 'pointerUp', button: 0 }]),
        },
        setOffline: () => { throw new Error('WebKit: no offline switch'); },
        close: async () => { await session('DELETE', ''); entry.busy = false; },
      };
    },
    async close() {
      for (const { started } of drivers) (await started).stop();
    },
  };
}

// A screenshot decoded, its PNG kept beside (`png`) for a test to save.
const decoded = (png) => Object.assign(decodePng(png), { png });

const LAUNCH = { firefox: launchFirefox, webkit: launchWebKit };

// One engine without node:test's hooks (bench/engines_bench.mjs): {version, cannot,
// open({width, height, ratio}) -> page (then page.goto(url)), close()}.
export const launchEngine = (name) => LAUNCH[name]();

// Registers a describe() per selected engine, with hooks: before (launch it), afterEach
// (close the test's pages; fail the test if one recorded an error, unless the test
// cleared it with page.expectErrors()), after (close the engine). `body(engine)`
// declares the tests; engine.open(url, {width, height, ratio}) opens a page.
export function forEachEngine(body) {
  for (const name of ENGINES) {
    assert.ok(LAUNCH[name], `AWSCALC_ENGINES: unknown engine ${name} (firefox, webkit)`);
    describe(name, { timeout: 10 * 60000 }, () => {   // a safety net: no test takes a minute
      let driver;
      let open = [];
      const engine = {
        name,
        cannot: (what) => driver.cannot(what),
        async open(url, { width = 1200, height = 800, ratio = 1 } = {}) {
          const page = await driver.open({ width, height, ratio });
          page.expected = [];
          page.expectErrors = (pattern) => page.expected.push(pattern);
          open.push(page);
          if (url) await page.goto(url);
          return page;
        },
      };
      before(async () => {
        driver = await LAUNCH[name]();
        engine.version = driver.version;
      });
      afterEach(async () => {
        const pages = open;
        open = [];
        const errors = [];
        for (const page of pages) {
          const seen = await page.errors().catch(() => []);
          errors.push(...seen.filter((text) => !page.expected.some((pattern) => pattern.test(text))));
          await page.close().catch(() => {});
        }
        assert.deepEqual(errors, [], 'the page recorded errors');
      });
      after(() => driver?.close());
      body(engine);
    });
  }
}

// ---------------------------------------------------------------------------------
// Servers

// Serves `root` (dist/ by default) as scripts/serve does, on a free port of `host`.
// Returns {origin, requests: [{method, url, body}], stop()}; `headers` are added to
// every response (a CSP with report-uri, say); `hold: {pattern, ms}` answers the requests
// whose path matches `pattern` `ms` later (the page's wasm, to see what shows before it).
export async function serve({ root = DIST, host = '127.0.0.1', headers, hold } = {}) {
  const requests = [];
  const server = await startServer({
    root, port: 0, host, headers,
    onRequest: (request) => {
      const entry = { method: request.method, url: request.url, body: '' };
      requests.push(entry);
      request.on('data', (chunk) => { entry.body += chunk; });
      if (hold?.pattern.test(new URL(request.url, 'http://x').pathname)) return sleep(hold.ms);
      return undefined;
    },
  });
  return {
    origin: `http://${host}:${server.address().port}`,
    requests,
    stop: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

// ---------------------------------------------------------------------------------
// The calculator

export const ready = (page) => page.evaluate(() => window.awsCalc.ready.then(() => true));
export const getLink = (page) => page.evaluate(() => window.awsCalc.getLink());

// results(), as JSON text in the page and parsed here: the text has the shortest
// decimal that reads back as the same double, so equal values are equal bits.
export const results = async (page) => JSON.parse(await page.evaluate(() => JSON.stringify(window.awsCalc.results())));

// The native CLI's --json for a link, parsed (exit status 1 means problems, not failure).
export function cli(link) {
  return new Promise((resolve, reject) => {
    execFile(CLI, ['--json', link], (error, stdout) => {
      if (error && error.code !== 1) reject(error);
      else resolve(JSON.parse(stdout));
    });
  });
}

// The facts reported since the note, as the native CLI prints them (--reported --json).
export function reported() {
  return new Promise((resolve, reject) => {
    execFile(CLI, ['--reported', '--json'], (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
  });
}

// Waits until no frame has been drawn for `quietMs` (longer here than in Chromium:
// Firefox and WebKit under xvfb draw more slowly); returns framesRendered.
export const settle = (page, { quietMs = 800, timeoutMs = 20000 } = {}) => settleAfter(page, { quietMs, timeoutMs });

// Polls `fn(arg)` in the page until it returns something truthy; returns it.
export async function waitFor(page, fn, arg, { timeoutMs = 10000, what = String(fn) } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

// Scrolls the page so that the control `name` of stats().layout ("slider:gm") sits in
// the middle of the viewport; returns its rectangle in viewport CSS px.
export async function control(page, name) {
  const rect = () => page.evaluate((name) => {
    const box = document.getElementById('calc-canvas').getBoundingClientRect();
    const found = window.awsCalc.stats().layout[name];
    return found && { x: box.x + found[0], y: box.y + found[1], width: found[2], height: found[3] };
  }, name);
  const first = await rect();
  assert.ok(first, `no ${name} in stats().layout`);
  await page.evaluate((dy) => window.scrollBy(0, dy), first.y + first.height / 2 - (await page.evaluate(() => innerHeight)) / 2);
  await settle(page, { quietMs: 300 });
  return rect();
}

// Drags the slider of input `key` ("gm") with the mouse (or one finger, `touch: true`) as
// a reader would: pressed at its middle, moved by `dx` CSS px in 8 steps (or through the
// offsets of the list `dx`, one every 16 ms), held for a frame, released. One helper, so
// that only it changes when the canvas gets DOM controls.
export async function dragSlider(page, key, dx, { touch = false } = {}) {
  const { x, y, width, height } = await control(page, `slider:${key}`);
  const [x0, y0] = [x + width / 2, y + height / 2];
  const offsets = Array.isArray(dx) ? dx : Array.from({ length: 8 }, (_, i) => (dx * (i + 1)) / 8);
  const pointer = touch ? page.touch : page.mouse;
  await pointer.down(x0, y0);
  await pointer.moveAlong(offsets.map((offset) => [x0 + offset, y0]), 16);
  // Released in the frame that takes the last moves, an ImGui slider ignores them.
  await nextFrames(page, 2);
  await pointer.up();
  await settle(page, { quietMs: 300 });
}

// Resolves once `count` more frames have been drawn (after a key press...): one round
// trip, the page counts them itself. False if they did not come within `timeoutMs`.
export const nextFrames = framesDrawn;

// Types `value` into slider `key` ("gm") with the keyboard alone, as a reader would:
// Tab from the top of the page to the slider's element in the semantic layer
// (web/semantics.js), Enter for its field (the value in it selected), the value, Enter.
export async function typeValue(page, key, value) {
  const target = `slider:${key}`;
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  for (let stop = 1; stop <= 80; ++stop) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.dataset?.name ?? document.activeElement?.tagName);
    if (name !== target) continue;
    await page.keyboard.press('Enter');
    await waitFor(page, () => document.activeElement?.inputMode === 'decimal', null, { what: `the field of ${target}` });
    await page.keyboard.type(String(value));
    await page.keyboard.press('Enter');
    await settle(page, { quietMs: 300 });
    return;
  }
  assert.fail(`Tab did not reach ${target} in 80 stops`);
}

// ---------------------------------------------------------------------------------
// Pixels (decodePng, shareUnlike: tests/browser/harness.mjs)

// The part `rect` ({x, y, width, height}, image px) of a decoded image.
export function crop(image, { x, y, width, height }) {
  [x, y, width, height] = [x, y, width, height].map(Math.round);
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; ++row) {
    const start = ((y + row) * image.width + x) * 4;
    data.set(image.data.subarray(start, start + width * 4), row * width * 4);
  }
  return { width, height, data };
}

// Share (0..1) of the chart's pixels, as the viewport shows them, that are not the
// page's background: the ink the calculator drew there.
export async function chartInk(page) {
  const where = await page.evaluate(() => {
    document.getElementById('calc-canvas').scrollIntoView();
    const box = document.getElementById('calc-canvas').getBoundingClientRect();
    const { chart } = window.awsCalc.stats();
    const background = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(document.documentElement).backgroundColor);
    return { x: box.x + chart.x, y: box.y + chart.y, width: chart.width, height: chart.height,
             ratio: devicePixelRatio, background: background.slice(1, 4).map(Number) };
  });
  await settle(page, { quietMs: 300 });
  const shot = await page.screenshot();
  const scaled = ['x', 'y', 'width', 'height'].map((k) => where[k] * where.ratio);
  assert.ok(scaled[0] >= 0 && scaled[1] >= 0 && scaled[0] + scaled[2] <= shot.width && scaled[1] + scaled[3] <= shot.height,
            `the chart (${scaled.map(Math.round)}) is not inside the ${shot.width} x ${shot.height} screenshot`);
  const chart = crop(shot, { x: scaled[0], y: scaled[1], width: scaled[2], height: scaled[3] });
  return { ink: shareUnlike(chart, where.background), shot, chart };
}
