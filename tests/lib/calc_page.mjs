// calc_page.mjs: what the browser tests (tests/browser, Chromium), the other engines'
// tests (tests/engines, Firefox and WebKit) and the page benchmark (bench/page_bench.mjs)
// share: the browsers' places and flags, the phone they stand in for, and how to read
// and wait for the calculator in any Playwright page.
//
//   import { CHROMIUM, CHROMIUM_ARGS, PHONE, settle, stats } from '../lib/calc_page.mjs';

// Debian's Chromium, with WebGL2 through SwiftShader on the CPU (no GPU here), and no
// traffic of its own (updates, sync, QUIC) to disturb what is measured.
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
]);

// A mid-range phone held upright: 390 x 844 CSS px, pixel ratio 3, a touch screen.
export const PHONE = Object.freeze({ width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true, isMobile: true });

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The module's own counters (window.awsCalc.stats()), and the frames drawn so far.
export const stats = (page) => page.evaluate(() => window.awsCalc.stats());
export const frames = async (page) => (await stats(page)).framesRendered;

// Waits until no frame has been drawn for `quietMs` (the app keeps drawing for a moment
// after input); returns framesRendered. Throws after `timeoutMs` of frames.
export async function settle(page, { quietMs = 500, timeoutMs = 10000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = await frames(page);
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`frames still being drawn after ${timeoutMs} ms`);
    await sleep(100);
    const now = await frames(page);
    if (now !== last) [last, since] = [now, Date.now()];
  }
  return last;
}

// Resolves to true once `count` more frames have been drawn (after a key press...), false
// if they did not come within `timeoutMs`. One round trip: the page counts them itself.
// (One argument to evaluate: Playwright and Puppeteer pass it alike.)
export const framesDrawn = (page, count = 2, timeoutMs = 5000) => page.evaluate(([count, timeoutMs]) => new Promise((resolve) => {
  const target = window.awsCalc.stats().framesRendered + count;
  const deadline = performance.now() + timeoutMs;
  const check = () => {
    if (window.awsCalc.stats().framesRendered >= target) resolve(true);
    else if (performance.now() > deadline) resolve(false);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}), [count, timeoutMs]);
