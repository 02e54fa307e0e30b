// page_bench.mjs: the calculator page in headless Chromium, measured (scripts/bench).
//
//   import { runPageBench } from './page_bench.mjs';
//   node bench/page_bench.mjs [DIST] [--repeats N] [--parts visits,phone,idle,drag,memory]
//                                                     (prints the JSON)
//
// Every measurement starts a new Chromium with a new, empty profile (a temporary
// --user-data-dir: no HTTP cache, no service worker, no compiled-code cache), 1200 x 800
// CSS px at device pixel ratio 1, light scheme, and closes it afterwards, so one
// measurement's processes are exactly that Chromium's process tree. dist/ is served
// by scripts/lib/serve.mjs (the real headers, CSP included) on a loopback port.
//
// CPU time is taken two ways, both reported:
//   - process CPU: user + system time of every process of that Chromium (the browser,
//     zygote, renderers, GPU and utility processes; /proc/PID/stat, 10 ms ticks), before
//     and after the window. It includes SwiftShader, which rasterizes WebGL on the CPU
//     here (a GPU would do that work on a reader's machine).
//   - renderer main thread: the DevTools protocol's Performance.getMetrics TaskDuration
//     and ScriptDuration of the page, in thread CPU time (Performance.enable
//     {timeDomain: 'threadTicks'}).
// Frame time while dragging: an init script wraps window.requestAnimationFrame (the
// Emscripten loop draws from it) and times each callback with performance.now(): the
// main thread's work for one frame (input, UI, recompute, WebGL calls), not the GPU
// process's. history.replaceState is counted too: the page calls it once per frame in
// which the dragged value changed the link.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/lib/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, settle, sleep, stats } from '../tests/lib/calc_page.mjs';
import { cpuDelta, cpuSnapshot, median, percentile } from './measure.mjs';
import {
  PHONE_PROFILE, phoneFirstView, phoneFirstViewLines, phoneFirstViewSummary, startGzipProxy,
} from './phone_first_view.mjs';

export { CHROMIUM, median };
export { phoneFirstViewReport } from './phone_first_view.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VIEWPORT = { width: 1200, height: 800 };
const WINDOW_MS = 5000;

// ---------------------------------------------------------------------------------
// Sessions: one Chromium, one fresh profile, one page.

const INIT_SCRIPT = () => {
  // frames: [callback ms, 1 if the callback changed the link (a new value) else 0]
  const bench = { frames: [], replaces: 0 };
  Object.defineProperty(window, '__bench', { value: bench });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    const replaces = bench.replaces;
    const start = performance.now();
    try {
      callback(time);
    } finally {
      bench.frames.push([performance.now() - start, bench.replaces > replaces ? 1 : 0]);
    }
  });
  const replace = history.replaceState.bind(history);
  history.replaceState = (...args) => {
    bench.replaces += 1;
    return replace(...args);
  };
};

class Session {
  static async open(server) {
    const session = new Session();
    session.server = server;
    session.profile = mkdtempSync(join(tmpdir(), 'awscalc-bench-profile-'));
    session.context = await chromium.launchPersistentContext(session.profile, {
      executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: VIEWPORT, deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    session.errors = [];
    session.requests = [];
    session.context.on('request', (request) => session.requests.push({
      url: request.url(), at: Date.now(),
      initiator: request.serviceWorker() ? 'service worker' : 'page',
    }));
    await session.context.addInitScript(INIT_SCRIPT);
    session.page = session.context.pages()[0] ?? await session.context.newPage();
    session.page.on('pageerror', (error) => session.errors.push(String(error)));
    session.page.on('console', (m) => { if (m.type() === 'error') session.errors.push(m.text()); });
    session.cdp = await session.context.newCDPSession(session.page);
    await session.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return session;
  }

  async close() {
    await this.context.close().catch(() => {});
    rmSync(this.profile, { recursive: true, force: true });
  }

  // Navigates to index.html#hash; resolves once awsCalc.ready has (first frame).
  async visit(hash) {
    await this.page.goto(`${this.server.origin}/${hash ? `#${hash}` : ''}`, { waitUntil: 'load' });
    await this.page.evaluate(() => window.awsCalc.ready);
    return this.stats();
  }

  // After the first visit: the service worker's install (its precache downloads)
  // finished, and no request for `quietMs`.
  async untilLoaded({ quietMs = 1000, timeoutMs = 30000 } = {}) {
    if (this.server.hasServiceWorker) {
      await this.page.evaluate((timeout) => Promise.race([
        navigator.serviceWorker.ready,
        new Promise((_, reject) => setTimeout(() => reject(new Error('service worker not ready')), timeout)),
      ]).then(() => true), timeoutMs);
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const last = this.requests.at(-1)?.at ?? 0;
      if (Date.now() - last >= quietMs) return;
      await sleep(100);
    }
  }

  stats() { return stats(this.page); }
  async frames() { return (await this.stats()).framesRendered; }
  link() { return this.page.evaluate(() => window.awsCalc.getLink()); }
  setLink(link) { return this.page.evaluate((l) => window.awsCalc.setLink(l), link); }

  // Until no frame was drawn for quietMs; returns how long that took.
  async settle({ quietMs = 1000, timeoutMs = 20000 } = {}) {
    const start = Date.now();
    await settle(this.page, { quietMs, timeoutMs });
    return Date.now() - start - quietMs;
  }


  // Until `count` frames past `from` (a count read before the action that asks for them:
  // read after it, the frame may already be drawn and the wait would never end).
  async waitFrames(count, { from, timeoutMs = 10000 } = {}) {
    const target = (from ?? await this.frames()) + count;
    try {
      await this.page.waitForFunction((t) => window.awsCalc.stats().framesRendered >= t, target,
                                      { timeout: timeoutMs, polling: 50 });
    } catch (error) {
      const state = await this.page.evaluate(() => ({
        link: window.awsCalc.getLink(), stats: window.awsCalc.stats(), scrollY: window.scrollY,
        hidden: document.hidden, canvas: document.querySelector('canvas')?.getBoundingClientRect().toJSON(),
      }));
      throw new Error(`no frame within ${timeoutMs} ms (waiting for frame ${target}): ${JSON.stringify(state)}`,
                      { cause: error });
    }
  }

  async metrics() {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  }

  // A measurement window: frames, renderer main-thread CPU, process CPU.
  async begin() {
    return { at: performance.now(), frames: await this.frames(), metrics: await this.metrics(), cpu: cpuSnapshot(this.profile) };
  }

  async end(start) {
    const cpu = cpuSnapshot(this.profile);
    const metrics = await this.metrics();
    const frames = await this.frames();
    const delta = cpuDelta(start.cpu, cpu);
    return {
      ms: performance.now() - start.at,
      frames: frames - start.frames,
      taskMs: (metrics.TaskDuration - start.metrics.TaskDuration) * 1000,
      scriptMs: (metrics.ScriptDuration - start.metrics.ScriptDuration) * 1000,
      cpuMs: delta.total,
      cpuMsByProcess: delta.byType,
    };
  }

  // Where the slider that sets `key` is, in viewport px: {x, y (its centre), width}, from
  // awsCalc.stats().layout["slider:KEY"] ([x, y, width, height] in the canvas).
  async findSlider(key = 'gm') {
    const box = await this.page.evaluate(() => {
      const r = document.getElementById('calc-canvas').getBoundingClientRect();
      return { x: r.x, y: r.y };
    });
    const rect = (await this.stats()).layout?.[`slider:${key}`];
    if (!rect) throw new Error(`no slider:${key} in awsCalc.stats().layout`);
    const [x, y, width, height] = rect;
    return { x: box.x + x + width / 2, y: box.y + y + height / 2, width, key };
  }
}

// ---------------------------------------------------------------------------------
// Measurements

// A first visit: every request the server saw (the page's, the browser's for the page,
// and the service worker's), in order, and the time to the first frame. Who asked: the
// server's Sec-Fetch-Dest header tells a document, style, script, image, manifest or
// service-worker script (the page's) from a fetch() ("empty"); a fetch() is the page's
// while the page's Resource Timing lists a fetch of that URL not yet matched, else the
// service worker's (its install fetches the precache). "Before the first frame": the
// server received it before performance.timeOrigin + firstFrameMs.
async function firstVisit(server) {
  const session = await Session.open(server);
  const from = server.log.length;
  try {
    const stats = await session.visit('v=1');
    await session.untilLoaded();
    const { timeOrigin, fetched } = await session.page.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      fetched: performance.getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest')
        .map((e) => new URL(e.name).pathname),
    }));
    const pageFetches = new Map();
    for (const path of fetched) pageFetches.set(path, (pageFetches.get(path) ?? 0) + 1);
    const firstFrameAt = timeOrigin + stats.firstFrameMs;
    const requests = server.log.slice(from).map(({ url, dest, at }) => {
      const pathname = new URL(url, server.origin).pathname;
      let initiator = 'page';
      if (dest === 'empty' || !dest) {
        const left = pageFetches.get(pathname) ?? 0;
        if (left > 0) pageFetches.set(pathname, left - 1);
        else initiator = 'service worker';
      }
      return {
        path: pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1)),
        initiator, dest: dest ?? null, sameOrigin: true, beforeFirstFrame: at < firstFrameAt,
      };
    });
    const otherOrigins = session.requests.filter((r) => !r.url.startsWith(`${server.origin}/`)).map((r) => r.url);
    return { firstFrameMs: stats.firstFrameMs, requests, otherOrigins, errors: session.errors };
  } finally {
    await session.close();
  }
}

// Idle on screen, then off screen (spacers around the calculator, scrolled away, the
// state changed by setLink meanwhile): frames and CPU over WINDOW_MS each.
async function idle(server, { continuous }) {
  const hash = 'v=1';
  const session = await Session.open(server);
  try {
    await session.visit(hash);
    // Every animation frame drawn: the page's test switch (no link can ask for it).
    if (continuous) await session.page.evaluate(() => window.awsCalc.debug.renderContinuously(true));
    await session.untilLoaded();
    // On demand: until no frame for 1 s. Continuous never settles: the same 2 s pause.
    const settleMs = continuous ? (await sleep(2000), null) : await session.settle();
    let start = await session.begin();
    await sleep(WINDOW_MS);
    const onScreen = await session.end(start);

    await session.page.evaluate(() => {
      const main = document.getElementById('calc');
      const spacer = () => Object.assign(document.createElement('div'), { className: 'bench-spacer', style: 'height: 4000px' });
      main.before(spacer());
      main.after(spacer());
      window.scrollTo(0, 0);
    });
    await sleep(500);   // the IntersectionObserver reports; a frame may be owed
    if (!continuous) await session.settle({ quietMs: 500 });
    start = await session.begin();
    const links = ['v=1&gm=50', 'v=1&rev=5,12,24', 'v=1&aws=80&tab=range', 'v=1'];
    for (const link of links) {
      await session.setLink(link);
      await sleep(WINDOW_MS / links.length);
    }
    const offScreen = await session.end(start);
    // Back on screen: the owed frame comes (the counter is alive).
    await session.page.evaluate(() => document.getElementById('calc').scrollIntoView());
    const before = await session.frames();
    await session.waitFrames(1, { from: before }).catch(() => {});
    const resumed = (await session.frames()) > before;
    return { hash: continuous ? `${hash} (awsCalc.debug.renderContinuously)` : hash, settleMs, onScreen, offScreen, framesResumeOnScreen: resumed, errors: session.errors };
  } finally {
    await session.close();
  }
}

// Dragging the gross-margin slider back and forth until `frames` frames have drawn a
// new value; main-thread time of those frames, and CPU per frame drawn.
async function drag(server, { tab = null, frames: wanted = 100 } = {}) {
  const hash = tab ? `v=1&tab=${tab}` : 'v=1';
  const session = await Session.open(server);
  try {
    await session.visit(hash);
    await session.untilLoaded();
    const slider = await session.findSlider('gm');
    await session.setLink(hash);
    await session.settle({ quietMs: 500 });
    const { page } = session;
    const from = await session.frames();
    await page.mouse.move(slider.x, slider.y);
    await page.mouse.down();
    await page.mouse.move(slider.x + 2, slider.y);
    await session.waitFrames(2, { from });
    await page.evaluate(() => { window.__bench.frames.length = 0; window.__bench.replaces = 0; });
    const start = await session.begin();
    // Moves at up to 125 a second through the DevTools protocol (trusted input, as a
    // reader's), at most two awaiting their acknowledgement: a new position for every
    // frame without a backlog.
    const amplitude = Math.min(90, slider.width * 0.4);
    let dx = 2;
    let step = 3;
    let inFlight = 0;
    const timer = setInterval(() => {
      if (inFlight >= 2) return;
      if (Math.abs(dx + step) > amplitude) step = -step;
      dx += step;
      inFlight += 1;
      session.cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseMoved', x: slider.x + dx, y: slider.y, button: 'left', buttons: 1,
      }).catch(() => {}).finally(() => { inFlight -= 1; });
    }, 8);
    try {
      await page.waitForFunction((count) => window.__bench.frames.filter((f) => f[1]).length >= count,
                                 wanted, { timeout: 300000, polling: 250 });
    } finally {
      clearInterval(timer);
    }
    const window_ = await session.end(start);
    const callbacks = await page.evaluate(() => window.__bench.frames.map((f) => [...f]));
    await page.mouse.up();
    const changed = callbacks.filter((f) => f[1]).map((f) => f[0]).slice(0, wanted);
    const all = callbacks.map((f) => f[0]);
    const stats = await session.stats();
    return {
      hash, slider,
      frames: window_.frames,
      callbacks: callbacks.length,
      framesWithNewValue: callbacks.filter((f) => f[1]).length,
      frameMs: { median: median(changed), p90: percentile(changed, 0.9), max: Math.max(...changed), of: changed.length },
      frameMsAllFrames: { median: median(all), of: all.length },
      taskMsPerFrame: window_.taskMs / window_.frames,
      scriptMsPerFrame: window_.scriptMs / window_.frames,
      cpuMsPerFrame: window_.cpuMs / window_.frames,
      cpuMsPerFrameByProcess: Object.fromEntries(Object.entries(window_.cpuMsByProcess).map(([k, v]) => [k, v / window_.frames])),
      windowMs: window_.ms,
      uncertaintySamples: stats.uncertaintySamples,
      errors: session.errors,
    };
  } finally {
    await session.close();
  }
}

// Wasm memory after load, and after an interaction script: slider input, link changes,
// two 200,000-sample runs.
async function memory(server, { inputChanges = 300, linkChanges = 200, bigRuns = 2 } = {}) {
  const session = await Session.open(server);
  try {
    await session.visit('v=1');
    await session.untilLoaded();
    await session.settle({ quietMs: 500 });
    const afterLoad = (await session.stats()).wasmMemoryBytes;
    const { page } = session;

    // Input: the gross-margin slider dragged over `inputChanges` positions.
    const slider = await session.findSlider('gm');
    await page.evaluate(() => { window.__bench.replaces = 0; });
    await page.mouse.move(slider.x, slider.y);
    await page.mouse.down();
    for (let i = 0; i < inputChanges; i++) {
      const phase = i % 120;
      const amplitude = Math.min(90, slider.width * 0.4);
      const from = i % 10 === 9 ? await session.frames() : null;
      await page.mouse.move(slider.x - amplitude + (phase < 60 ? phase : 120 - phase) * (amplitude / 30), slider.y);
      if (from !== null) await session.waitFrames(1, { from });
    }
    await page.mouse.up();
    await session.settle({ quietMs: 500 });
    const inputFrames = await page.evaluate(() => window.__bench.replaces);

    // Links: every tab, horizons 1-6, scenarios, goal seek, sample counts.
    const tabs = ['work', 'note', 'figures', 'aws', 'range', 'drivers', 'goal', 'compare'];
    for (let i = 0; i < linkChanges; i++) {
      const years = 1 + (i % 6);
      const rev = Array.from({ length: years }, (_, y) => (4 + y * 6 + (i % 7) * 0.5).toFixed(1)).join(',');
      let link = `v=1&rev=${rev}&gm=${40 + (i % 30)}&aws=${50 + (i % 45)}&tab=${tabs[i % tabs.length]}`;
      if (i % 5 === 0) link += '&s1=bear&s2=bull&s3=matched&s3.gm=50';
      if (i % 4 === 0) link += `&goal=${['rev', 'gm', 'aws', 'train'][i % 4]}&target=${6 + (i % 9)}`;
      if (i % 3 === 0) link += `&n=${[1000, 10000, 50000][i % 3]}&seed=${i}`;
      const from = i % 10 === 0 ? await session.frames() : null;
      const { problems } = await session.setLink(link);
      if (problems.length) throw new Error(`link ${link}: ${problems.join('; ')}`);
      if (from !== null) await session.waitFrames(1, { from });
    }
    await session.settle({ quietMs: 500 });

    // Two runs of 200,000 samples, drawn over frames to the end.
    for (let k = 0; k < bigRuns; k++) {
      await session.setLink(`v=1&n=200000&seed=${k + 7}&tab=range`);
      await page.waitForFunction(() => !window.awsCalc.stats().uncertaintyRunning, null, { timeout: 120000, polling: 100 });
      const { uncertaintySamples } = await session.stats();
      if (uncertaintySamples !== 200000) throw new Error(`a 200,000-sample run reported ${uncertaintySamples}`);
    }
    await session.settle({ quietMs: 500 });
    const afterScript = (await session.stats()).wasmMemoryBytes;
    return {
      afterLoad, afterScript,
      script: { inputChanges, framesWithNewValue: inputFrames, linkChanges, runs200k: bigRuns },
      errors: session.errors,
    };
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------

// Runs everything on `dist`; on-demand and continuous runs alternate, so both see the
// same machine. `repeats` runs of each idle and drag measurement, `visits` first visits.
export async function runPageBench({
  dist = join(REPO, 'dist'), repeats = 3, visits = 5, onProgress = () => {},
  parts = ['visits', 'phone', 'idle', 'drag', 'memory'], phoneRuns = 3,
} = {}) {
  const log = [];
  const served = await startServer({
    root: dist, port: 0, host: '127.0.0.1',
    onRequest: (request) => log.push({ url: request.url, dest: request.headers['sec-fetch-dest'], at: Date.now() }),
  });
  const server = {
    log,
    origin: `http://127.0.0.1:${served.address().port}`,
    hasServiceWorker: existsSync(join(dist, 'sw.js')),
  };
  try {
    const visitRuns = [];
    for (let i = 0; i < (parts.includes('visits') ? visits : 0); i++) {
      onProgress(`page: first visit ${i + 1}/${visits}`);
      visitRuns.push(await firstVisit(server));
    }
    let phone = null;
    if (parts.includes('phone')) {
      const proxy = await startGzipProxy(server.origin);
      const gzipServer = { ...server, origin: `http://127.0.0.1:${proxy.address().port}` };
      const runs = { identity: [], gzip: [] };
      try {
        for (let i = 0; i < phoneRuns; i++) {
          for (const [encoding, via] of [['identity', server], ['gzip', gzipServer]]) {
            onProgress(`page: first view on a phone profile, ${encoding} ${i + 1}/${phoneRuns}`);
            runs[encoding].push(await phoneFirstView(via));
          }
        }
      } finally {
        await new Promise((r) => proxy.close(r));
      }
      phone = {
        profile: PHONE_PROFILE, runs,
        summary: { identity: phoneFirstViewSummary(runs.identity, 'identity'), gzip: phoneFirstViewSummary(runs.gzip, 'gzip') },
      };
    }
    const idleRuns = { onDemand: [], continuous: [] };
    for (let i = 0; i < (parts.includes('idle') ? repeats : 0); i++) {
      onProgress(`page: idle and off screen ${i + 1}/${repeats}, on demand`);
      idleRuns.onDemand.push(await idle(server, { continuous: false }));
      onProgress(`page: idle and off screen ${i + 1}/${repeats}, every frame drawn`);
      idleRuns.continuous.push(await idle(server, { continuous: true }));
    }
    const dragRuns = { results: [], range: [] };
    for (let i = 0; i < (parts.includes('drag') ? repeats : 0); i++) {
      onProgress(`page: dragging ${i + 1}/${repeats}`);
      dragRuns.results.push(await drag(server));
      onProgress(`page: dragging with the range of outcomes open ${i + 1}/${repeats}`);
      dragRuns.range.push(await drag(server, { tab: 'range' }));
    }
    let mem = null;
    if (parts.includes('memory')) {
      onProgress('page: memory');
      mem = await memory(server);
    }
    return { visits: visitRuns, phone, idle: idleRuns, drag: dragRuns, memory: mem, windowMs: WINDOW_MS, viewport: VIEWPORT };
  } finally {
    await new Promise((r) => served.close(r));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--repeats');
  const repeats = i >= 0 ? Number(args.splice(i, 2)[1]) : 1;
  const j = args.indexOf('--parts');
  const parts = j >= 0 ? args.splice(j, 2)[1].split(',') : undefined;
  const dist = args[0] ? resolve(args[0]) : join(REPO, 'dist');
  const t0 = Date.now();
  const result = await runPageBench({ dist, repeats, visits: repeats, phoneRuns: Math.max(repeats, 3), parts,
                                      onProgress: (m) => console.error(`${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s  ${m}`) });
  if (result.phone) {
    for (const summary of Object.values(result.phone.summary)) console.error(phoneFirstViewLines(summary).join('\n'));
  }
  console.log(JSON.stringify(result, null, 2));
}
