// harness.mjs: what every browser test file shares (node:test + playwright-core +
// Debian's Chromium, WebGL2 through SwiftShader on the CPU).
//
//   import { useBrowser, settle, shootCanvas, ... } from './harness.mjs';
//   const browser = useBrowser();            // one server + one Chromium for this file
//   test('...', async () => {
//     const page = await browser.openPage({ width: 360, hash: 'v=1' });
//     ...                                      // awsCalc.ready has resolved
//   });                                        // closed after the test; fails on page errors
//
// useBrowser() registers node:test hooks: before (serve dist/ on a free loopback port
// with scripts/lib/serve.mjs, the host's real headers and CSP included; launch
// Chromium), afterEach (close the test's pages; fail the test if any of them logged
// a console error or threw), after (close both). AWSCALC_DIST serves another folder
// (e.g. a deliberately broken copy of dist/, to see a test fail).
//
// The calculator: stats/frames, settle (until frames stop), nextFrames/waitForFrame,
// canvasBox, chartRect (from stats().chart), scrollCanvasTo, pageBackground.
// Pixels: shootCanvas takes a region of the canvas; screenshots are decoded here (PNG
// through node's zlib, no dependency) into {width, height, data: RGBA bytes} in CSS
// pixels whatever the device pixel ratio; shareUnlike, shareChanged, dominantColour
// and luminance compare them.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/lib/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, frames, framesDrawn, sleep, stats } from '../lib/calc_page.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.AWSCALC_DIST ?? join(REPO, 'dist');

// The browsers' places and flags, the phone, and reading and waiting for the calculator:
// shared with tests/engines and bench/ (tests/lib/calc_page.mjs).
export { CHROMIUM, CHROMIUM_ARGS, PHONE, frames, settle, sleep, stats } from '../lib/calc_page.mjs';

// For test files that open their own contexts (each with an `errors` list): closes the
// ones a test opened (emptying the list), then fails it if any page or frame in them
// logged an error.
export async function closeContexts(contexts) {
  const closing = contexts.splice(0);
  const errors = closing.flatMap((context) => context.errors);
  await Promise.all(closing.map((context) => context.close()));
  assert.deepEqual(errors, [], 'a page or frame logged errors');
}

// Registers the hooks; returns {origin, serverRequests, openPage}. Call once, at the top
// of a test file.
export function useBrowser({ root = DIST, headers } = {}) {
  let server;
  let browser;
  let open = [];   // pages of the running test
  const harness = {
    origin: '',                 // http://127.0.0.1:PORT
    serverRequests: [],         // paths the server was asked for, in order

    // A fresh browser context and page on index.html#hash, `awsCalc.ready` resolved
    // (unless ready: false). A phone: {...PHONE} (then "(pointer: coarse)" matches).
    // `before(page)` runs before the navigation (routes, init scripts); `locale` is the
    // browser's language (navigator.languages). The page gets
    // `errors` (console errors, uncaught exceptions) and `requests` (every URL the
    // context asked for, service workers included).
    async openPage({
      width = 1200, height = 800, deviceScaleFactor = 1, colorScheme = 'light',
      hash = '', path = '/', hasTouch = false, isMobile = false, before: setUp, ready = true,
      locale,
    } = {}) {
      const context = await browser.newContext({
        viewport: { width, height }, deviceScaleFactor, colorScheme, hasTouch, isMobile, locale,
      });
      const page = await context.newPage();
      page.errors = [];
      page.requests = [];
      open.push(page);
      context.on('request', (request) => page.requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') {
          page.errors.push(`console error: ${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => page.errors.push(`page error: ${error.stack ?? error}`));
      page.on('crash', () => page.errors.push('page crashed'));
      await setUp?.(page);
      await page.goto(`${harness.origin}${path}${hash ? `#${hash}` : ''}`,
                      { waitUntil: ready ? 'load' : 'domcontentloaded' });
      if (ready) await page.evaluate(() => window.awsCalc.ready);
      return page;
    },
  };

  before(async () => {
    server = await startServer({
      root, port: 0, host: '127.0.0.1', headers,
      onRequest: (request) => harness.serverRequests.push(request.url),
    });
    harness.origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterEach(async () => {
    const pages = open;
    open = [];
    const errors = pages.flatMap((page) => page.errors);
    await Promise.all(pages.map((page) => page.context().close()));
    assert.deepEqual(errors, [], 'the page logged errors');
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  return harness;
}

// ---------------------------------------------------------------------------------
// The calculator

// Resolves to true once a frame beyond number `drawn` has been drawn, false if none
// comes within `timeoutMs`.
export const waitForFrame = (page, drawn, timeoutMs = 5000) => page
  .waitForFunction((drawn) => window.awsCalc.stats().framesRendered > drawn, drawn, { timeout: timeoutMs })
  .then(() => true, () => false);

// Resolves once at least `count` more frames have been drawn (after a key press...);
// rejects after `timeoutMs`. One round trip: the page counts the frames itself.
export async function nextFrames(page, count = 2, timeoutMs = 10000) {
  if (!await framesDrawn(page, count, timeoutMs)) throw new Error(`fewer than ${count} frames drawn in ${timeoutMs} ms`);
}

// The canvas' box in viewport CSS px, and the page's scroll offset.
export const canvasBox = (page) => page.evaluate(() => {
  const box = document.getElementById('calc-canvas').getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height, scrollY };
});

// Scrolls the page so that canvas-relative `y` sits `margin` CSS px below the top of
// the viewport.
export async function scrollCanvasTo(page, y, margin = 20) {
  await page.evaluate(([y, margin]) => {
    const box = document.getElementById('calc-canvas').getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.y + y - margin);
  }, [y, margin]);
}

// The page's own background colour, [r, g, b] (the canvas is transparent over it).
export const pageBackground = (page) => page.evaluate(() => {
  const parsed = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(document.documentElement).backgroundColor);
  return parsed.slice(1, 4).map(Number);
});

// A screenshot of a region of the canvas ({x, y, width, height} in canvas CSS px; the
// whole canvas by default), decoded, in CSS px. A region that fits the viewport is
// scrolled into view and taken from the screen; a taller one is taken from the whole
// page (Chromium then renders beyond the viewport). Scrolling within the canvas
// brings no frame: it stays on screen.
export async function shootCanvas(page, rect) {
  const box = await canvasBox(page);
  const region = rect ?? { x: 0, y: 0, width: box.width, height: box.height };
  const viewport = page.viewportSize();
  if (region.height <= viewport.height) {
    // Below the result strip, which pins to the top of the window while the headline is
    // scrolled away (web/strip.js): the region shows the canvas alone.
    await scrollCanvasTo(page, region.y, Math.min(80, viewport.height - region.height));
    const now = await canvasBox(page);
    return decodePng(await page.screenshot({
      scale: 'css',
      clip: { x: now.x + region.x, y: now.y + region.y, width: region.width, height: region.height },
    }));
  }
  return decodePng(await page.screenshot({
    scale: 'css',
    fullPage: true,
    clip: { x: box.x + region.x, y: box.y + box.scrollY + region.y, width: region.width, height: region.height },
  }));
}

// The chart's rectangle as the app last drew it (canvas CSS px), rounded inwards.
export async function chartRect(page) {
  const { chart } = await stats(page);
  assert.ok(chart && chart.width > 50 && chart.height > 50, `no chart rectangle in stats(): ${JSON.stringify(chart)}`);
  const x = Math.ceil(chart.x);
  const y = Math.ceil(chart.y);
  return { x, y, width: Math.floor(chart.x + chart.width) - x, height: Math.floor(chart.y + chart.height) - y };
}

// ---------------------------------------------------------------------------------
// Pixels

// Decodes an 8-bit, non-interlaced PNG (what Chromium writes; also with a palette, as
// pngquant writes the link preview) into RGBA.
export function decodePng(buffer) {
  assert.equal(buffer.toString('latin1', 1, 4), 'PNG', 'not a PNG');
  let offset = 8;
  let header;
  const idat = [];
  let palette = null;
  let alphas = null;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8],
                 colorType: body[9], interlace: body[12] };
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'PLTE') {
      palette = body;
    } else if (type === 'tRNS') {
      alphas = body;
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const { width, height, depth, colorType, interlace } = header;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (depth !== 8 || interlace !== 0 || !channels) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; ++i) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = up[i];
      const c = i >= channels ? up[i - channels] : 0;
      let value = line[i];
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[i] = value & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; ++p) {
    const s = p * channels;
    if (colorType === 3) {
      const index = rows[s];
      data.set([palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2],
                alphas && index < alphas.length ? alphas[index] : 255], p * 4);
      continue;
    }
    const gray = channels <= 2;
    data[p * 4] = rows[s];
    data[p * 4 + 1] = gray ? rows[s] : rows[s + 1];
    data[p * 4 + 2] = gray ? rows[s] : rows[s + 2];
    data[p * 4 + 3] = channels === 2 ? rows[s + 1] : channels === 4 ? rows[s + 3] : 255;
  }
  return { width, height, data };
}

const channelDistance = (data, i, rgb) =>
  Math.max(Math.abs(data[i] - rgb[0]), Math.abs(data[i + 1] - rgb[1]), Math.abs(data[i + 2] - rgb[2]));

// Share (0..1) of the image's pixels that differ from colour `rgb` by more than
// `tolerance` in some channel.
export function shareUnlike(image, rgb, tolerance = 24) {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) if (channelDistance(image.data, i, rgb) > tolerance) ++count;
  return count / (image.width * image.height);
}

// Share (0..1) of pixels that differ between two images of the same size.
export function shareChanged(a, b, tolerance = 24) {
  assert.deepEqual([a.width, a.height], [b.width, b.height], 'images of different sizes');
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (channelDistance(a.data, i, [b.data[i], b.data[i + 1], b.data[i + 2]]) > tolerance) ++count;
  }
  return count / (a.width * a.height);
}

// The most frequent colour of an image, [r, g, b].
export function dominantColour(image) {
  const counts = new Map();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return [key >> 16, (key >> 8) & 0xff, key & 0xff];
}

// Relative luminance (WCAG) of an sRGB colour, 0 (black) .. 1 (white).
export function luminance([r, g, b]) {
  const linear = (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
