// budgets.test.mjs: the frame-count budgets of bench/budgets.json in Chromium,
// and the size check's file list against a real first visit.
//
// - idle: once the page has settled, at most frames.idle frames in frames.windowMs;
// - off screen: with the canvas scrolled out of view, at most frames.offScreen frames
//   in frames.windowMs while the host changes the state with setLink; the owed frame
//   comes once the canvas is back (so the counter is alive);
// - the size budget is checked without a browser (scripts/lib/check-budgets.mjs, from
//   the files dist/ references): here, every file a first visit in Chromium actually
//   downloads, the service worker's included, must be in that list, so the size check
//   cannot undercount when the page starts fetching something new.
// Timings (bench/budgets.json "core") are scripts/bench's, not tested.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { firstVisitFiles, readBudgets } from '../../scripts/lib/check-budgets.mjs';
import { DIST, canvasBox, frames, settle, sleep, useBrowser, waitForFrame } from './harness.mjs';

const budgets = readBudgets();
const WINDOW_MS = budgets.frames.windowMs;
const browser = useBrowser();

// The first visit's loading is over: the service worker (if the build has one) is
// installed, its precache downloaded, and no request for a second.
async function untilLoaded(page) {
  if (existsSync(join(DIST, 'sw.js'))) {
    await page.evaluate(() => Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker was not ready in 30 s')), 30000)),
    ]));
  }
  let count = -1;
  while (page.requests.length !== count) {
    count = page.requests.length;
    await sleep(1000);
  }
}

// Waits for the page to stop drawing (no frame for 1 s, at most 20 s); a page that never
// stops is measured all the same, and fails on the budget, not on a timeout.
const quiet = (page) => settle(page, { quietMs: 1000, timeoutMs: 20000 }).catch(() => frames(page));

test(`idle: at most ${budgets.frames.idle} frames in ${WINDOW_MS} ms once the page has settled`, async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await untilLoaded(page);
  const settled = await quiet(page);
  await sleep(WINDOW_MS);
  const drawn = (await frames(page)) - settled;
  assert.ok(drawn <= budgets.frames.idle,
            `${drawn} frames drawn in ${WINDOW_MS} ms of idling (budget ${budgets.frames.idle}, bench/budgets.json)`);

  // The counter counts: input over the canvas draws.
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 200, 700));
  assert.ok(await waitForFrame(page, settled + drawn), 'input over the canvas drew no frame');
});

test(`off screen: at most ${budgets.frames.offScreen} frames in ${WINDOW_MS} ms, the state changing meanwhile`, async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await untilLoaded(page);
  await page.evaluate(() => {
    const main = document.getElementById('calc');
    const spacer = () => Object.assign(document.createElement('div'), { style: 'height: 4000px' });
    main.before(spacer());
    main.after(spacer());
    window.scrollTo(0, 0);
  });
  const box = await canvasBox(page);
  assert.ok(box.y > page.viewportSize().height, `the canvas is still on screen (top ${box.y})`);
  const offScreen = await quiet(page);

  const links = ['v=1&gm=50', 'v=1&rev=5,12,24', 'v=1&aws=80&tab=range', 'v=1'];
  for (const link of links) {
    assert.deepEqual((await page.evaluate((l) => window.awsCalc.setLink(l), link)).problems, []);
    await sleep(WINDOW_MS / links.length);
  }
  const drawn = (await frames(page)) - offScreen;
  assert.ok(drawn <= budgets.frames.offScreen,
            `${drawn} frames drawn in ${WINDOW_MS} ms off screen (budget ${budgets.frames.offScreen}, bench/budgets.json)`);

  await page.evaluate(() => document.getElementById('calc-canvas').scrollIntoView());
  assert.ok(await waitForFrame(page, offScreen + drawn), 'no frame once the canvas came back on screen');
});

test('the size check counts every file a first visit downloads', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await untilLoaded(page);
  const origin = new URL(page.url()).origin;
  const counted = new Set(firstVisitFiles(DIST).map((entry) => entry.file));
  const downloaded = [...new Set(page.requests
    .map((url) => new URL(url))
    .filter((url) => url.origin === origin)
    .map((url) => (url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1))))
    .filter((file) => existsSync(join(DIST, file))))];   // a 404 downloads no file
  assert.ok(downloaded.includes('index.html') && downloaded.some((file) => file.endsWith('.wasm')),
            `not a first visit: ${downloaded.join(', ')}`);
  const missing = downloaded.filter((file) => !counted.has(file));
  assert.deepEqual(missing, [],
                   'downloaded on a first visit but not counted by scripts/lib/check-budgets.mjs (update how it derives the list)');
});
