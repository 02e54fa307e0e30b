// engines_bench.mjs: the calculator page in Firefox and in WebKit, timed (scripts/bench),
// to set beside Chromium's figures from bench/page_bench.mjs. Timings only, never tested.
//
//   import { runEnginesBench } from './engines_bench.mjs';
//   xvfb-run -a node bench/engines_bench.mjs [DIST] [--repeats N]    (prints the JSON)
//
// The engines are driven as tests/engines/engines.mjs drives them (Debian's firefox-esr
// through puppeteer-core; WebKitGTK's MiniBrowser through WebKitWebDriver), not
// headless, on an X display: runEnginesBench runs this file under `xvfb-run -a` when
// there is no DISPLAY. WebGL2 is Mesa's llvmpipe on the CPU. 1200 x 800 CSS px, device
// pixel ratio 1; a new browser (Firefox: a new profile; WebKit: a new MiniBrowser) per
// measurement; dist/ served by scripts/lib/serve.mjs on a loopback port.
//   first frame   awsCalc.stats().firstFrameMs: performance.now() at the module's first
//                 frame, from navigation start (a first visit: empty caches).
//   dragging      the gross-margin slider, pressed at its middle and moved back and forth
//                 (3 CSS px a move, as fast as the driver sends them) until 100 frames drew
//                 a new value. After load, window.requestAnimationFrame is wrapped (the
//                 app's loop looks it up on every frame) to time each callback with
//                 performance.now(): the main thread's work for one frame. Both engines
//                 round performance.now() to 1 ms, so the mean over those frames is given
//                 beside the median; and frames drawn per second of dragging, which the
//                 rate of moves the driver manages bounds (WebKit's: about 25 a second).
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/lib/serve.mjs';
import { control, launchEngine, nextFrames, ready, settle, stats } from '../tests/engines/engines.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ENGINE_NAMES = ['firefox', 'webkit'];
const VIEWPORT = { width: 1200, height: 800, ratio: 1 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

// Installed after load: each animation-frame callback's duration, and whether the link
// changed in it (the page calls history.replaceState once per frame with a new value).
const FRAME_TIMER = () => {
  const bench = { frames: [], replaces: 0 };
  window.__bench = bench;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    const replaces = bench.replaces;
    const start = performance.now();
    try { callback(time); } finally { bench.frames.push([performance.now() - start, bench.replaces > replaces ? 1 : 0]); }
  });
  const replace = history.replaceState.bind(history);
  history.replaceState = (...args) => { bench.replaces += 1; return replace(...args); };
};

// A new browser of engine `name` with one page on `url`; `measure(page)` in it.
async function session(name, url, measure) {
  const engine = await launchEngine(name);
  try {
    const page = await engine.open(VIEWPORT);
    try {
      await page.goto(url);
      await ready(page);
      return await measure(page);
    } finally {
      await page.close();
    }
  } finally {
    await engine.close();
  }
}

const firstFrame = (name, origin) => session(name, `${origin}/#v=1`, async (page) => (await stats(page)).firstFrameMs);

const drag = (name, origin, wanted = 100) => session(name, `${origin}/#v=1`, async (page) => {
  await settle(page);
  await page.evaluate(FRAME_TIMER);
  const { x, y, width, height } = await control(page, 'slider:gm');
  const [x0, y0] = [x + width / 2, y + height / 2];
  const amplitude = Math.min(90, width * 0.4);
  await page.mouse.down(x0, y0);
  await nextFrames(page, 1);
  await page.evaluate(() => { window.__bench.frames.length = 0; });
  const start = Date.now();
  let [dx, step, changed, moves] = [0, 3, 0, 0];
  while (changed < wanted && Date.now() - start < 120000) {
    if (Math.abs(dx + step) > amplitude) step = -step;
    dx += step;
    await page.mouse.move(x0 + dx, y0);
    if (++moves % 10 === 0) changed = await page.evaluate(() => window.__bench.frames.filter((f) => f[1]).length);
  }
  const elapsedMs = Date.now() - start;
  const frames = await page.evaluate(() => window.__bench.frames);
  await page.mouse.up();
  const withNewValue = frames.filter((f) => f[1]).map((f) => f[0]).slice(0, wanted);
  return {
    frameMs: { median: median(withNewValue), mean: mean(withNewValue), of: withNewValue.length },
    framesPerSecond: (frames.length / elapsedMs) * 1000,
    movesPerSecond: (moves / elapsedMs) * 1000,
    moves, elapsedMs,
  };
});

// Runs every measurement in this process (an X display is needed).
async function measureHere({ dist, repeats, visits, engines, onProgress }) {
  const server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const out = {};
  try {
    for (const name of engines) {
      const engine = await launchEngine(name);
      const version = engine.version;
      await engine.close();
      const visitsMs = [];
      for (let i = 0; i < visits; ++i) {
        onProgress(`${name}: first visit ${i + 1}/${visits}`);
        visitsMs.push(await firstFrame(name, origin));
      }
      const drags = [];
      for (let i = 0; i < repeats; ++i) {
        onProgress(`${name}: dragging ${i + 1}/${repeats}`);
        drags.push(await drag(name, origin));
      }
      out[name] = {
        version,
        firstFrameMs: { median: median(visitsMs), min: Math.min(...visitsMs), max: Math.max(...visitsMs), runs: visitsMs },
        drag: {
          mainThreadMs: median(drags.map((d) => d.frameMs.median)),
          mainThreadMeanMs: median(drags.map((d) => d.frameMs.mean)),
          framesPerSecond: median(drags.map((d) => d.framesPerSecond)),
          movesPerSecond: median(drags.map((d) => d.movesPerSecond)),
          runs: drags,
        },
      };
    }
  } finally {
    await new Promise((done) => server.close(done));
  }
  return out;
}

// {firefox: {version, firstFrameMs: {median, min, max}, drag: {mainThreadMs,
// mainThreadMeanMs, framesPerSecond, movesPerSecond}}, webkit: ...}; under xvfb-run when
// there is no display.
export async function runEnginesBench({
  dist = join(REPO, 'dist'), repeats = 3, visits = 5, engines = ENGINE_NAMES, onProgress = () => {},
} = {}) {
  if (process.env.DISPLAY) return measureHere({ dist, repeats, visits, engines, onProgress });
  const args = ['-a', process.execPath, fileURLToPath(import.meta.url), dist,
                '--repeats', String(repeats), '--visits', String(visits), '--engines', engines.join(',')];
  return new Promise((resolvePromise, reject) => {
    const child = execFile('xvfb-run', args, { maxBuffer: 1 << 24 }, (error, stdout) => {
      if (error) reject(error);
      else resolvePromise(JSON.parse(stdout));
    });
    child.stderr.on('data', (chunk) => String(chunk).trim().split('\n').forEach((line) => onProgress(line)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const repeats = Number(option('--repeats', 1));
  const visits = Number(option('--visits', repeats));
  const engines = option('--engines', ENGINE_NAMES.join(',')).split(',');
  const dist = args[0] ? resolve(args[0]) : join(REPO, 'dist');
  const result = await measureHere({ dist, repeats, visits, engines, onProgress: (m) => console.error(m) });
  console.log(JSON.stringify(result, null, 2));
}
