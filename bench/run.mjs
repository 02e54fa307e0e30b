// run.mjs: the benchmark: runs the core, shipping and page measurements,
// prints one table and writes it as JSON. scripts/bench builds first, then runs this.
//
//   node bench/run.mjs [--dist DIR] [--out FILE] [--quick] [--skip core,page,engines]
//
// --dist   the built page (default dist/). It is copied to build/bench/dist first and
//          served from there, so a concurrent scripts/build cannot change it mid-run.
// --out    the JSON (default build/bench.json).
// --quick  one repeat of everything (a smoke run); the default repeats the core 3 times,
//          visits the page 5 times and runs each page measurement 3 times, alternating
//          on-demand and continuous rendering, and reports medians.
// engines  the page's first frame and frame time while dragging in Firefox and WebKit
//          (bench/engines_bench.mjs, under xvfb-run), beside Chromium's: timings only.
// Every figure carries a "method": how it was measured. Budgets: bench/budgets.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCoreBench } from './core_bench.mjs';
import { CHROMIUM, median, phoneFirstViewReport, runPageBench } from './page_bench.mjs';
import { runEnginesBench } from './engines_bench.mjs';
import { firstVisitFiles, measureFirstVisit, measureLanguages, readBudgets, sizes } from '../scripts/lib/check-budgets.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const skip = new Set((option('--skip', '') ?? '').split(',').filter(Boolean));
const distSource = resolve(option('--dist', join(REPO, 'dist')));
const outFile = resolve(option('--out', join(REPO, 'build/bench.json')));
const budgets = readBudgets();
const t0 = Date.now();
const progress = (message) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// A snapshot of the page to serve.
const dist = join(REPO, 'build/bench/dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dirname(dist), { recursive: true });
cpSync(distSource, dist, { recursive: true });

const environment = {
  date: new Date().toISOString(),
  commit: (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).trim();
      return dirty ? `${head} + uncommitted changes` : head;
    } catch { return null; }
  })(),
  chromium: (() => { try { return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } })(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  loadAverageAtStart: loadavg()[0],
  dist: relative(REPO, distSource) || '.',
};

const figures = [];   // {section, id, label, value, unit, method, budget?, within?}
const figure = (entry) => { figures.push(entry); return entry; };

// ---------------------------------------------------------------------------------
// Core

let core = null;
if (!skip.has('core')) {
  const repeats = quick ? 1 : 3;
  core = await runCoreBench({ repeats, onProgress: progress });
  const method = (runs) => `bench/core_timing.cpp, the same source built natively (release preset, -O3) and with ` +
    `Emscripten (wasm preset: -Oz -flto -mbulk-memory, projection.cpp and uncertainty.cpp at -O2; run in node ${process.version}); steady_clock around ${runs}; ` +
    `median of ${repeats} runs' medians, native and WebAssembly runs alternating`;
  const cases = [
    ['project_3y', 'projection, 3 years, per call', '21 runs of 10,000 calls'],
    ['project_6y', 'projection, 6 years, per call', '21 runs of 10,000 calls'],
    ['mc10k_3y', 'Monte Carlo, 10,000 samples, 3 years', '101 runs (two warm-up runs first)'],
    ['mc10k_6y', 'Monte Carlo, 10,000 samples, 6 years', '101 runs'],
    ['mc200k_3y', 'Monte Carlo, 200,000 samples, 3 years', '11 runs'],
    ['mc200k_6y', 'Monte Carlo, 200,000 samples, 6 years', '11 runs'],
  ];
  for (const [id, label, runs] of cases) {
    const native = core.native?.[id];
    const wasm = core.wasm?.[id];
    const ratio = core.ratios[id];
    figure({
      section: 'core', id, label, unit: 'ms',
      native: native?.median_ms ?? null, wasm: wasm?.median_ms ?? null,
      nativeMin: native?.min_ms ?? null, wasmMin: wasm?.min_ms ?? null,
      ratio: ratio?.median ?? null, ratioOfMinimums: ratio?.min ?? null,
      budget: { maxWasmNativeRatio: budgets.core.maxWasmNativeRatio, tested: false },
      within: ratio ? ratio.median <= budgets.core.maxWasmNativeRatio : null,
      method: method(runs),
    });
  }
  for (const [id, label] of [
    ['embind resultsJson projection', 'Embind: link → projection JSON'],
    ['embind resultsJson uncertainty 10k 3y', 'Embind: link → Monte Carlo 10,000 JSON'],
    ['embind resultsJson uncertainty 200k 3y', 'Embind: link → Monte Carlo 200,000 JSON'],
    ['embind projectLink everything 10k', 'Embind: link → everything JSON'],
  ]) {
    figure({
      section: 'core', id, label, unit: 'ms', wasm: core.embind?.[id]?.median_ms ?? null,
      method: 'awscalc-core.js (the Embind module hosts load) in node, called with a link string as a page ' +
        `would, performance.now() around 11-51 runs after 2 warm-up calls; median of ${repeats} runs' medians`,
    });
  }
}

// ---------------------------------------------------------------------------------
// Page (also gives the shipping figures' real request list)

let page = null;
if (!skip.has('page')) {
  const repeats = quick ? 1 : 3;
  page = await runPageBench({ dist, repeats, visits: quick ? 1 : 5, onProgress: progress });
}

// ---------------------------------------------------------------------------------
// Other engines: Firefox and WebKit (under Xvfb), beside Chromium's page figures

let engines = null;
if (!skip.has('engines')) {
  engines = await runEnginesBench({ dist, repeats: quick ? 1 : 3, visits: quick ? 1 : 5, onProgress: progress });
  environment.engines = Object.fromEntries(Object.entries(engines).map(([name, e]) => [name, e.version]));
}

// ---------------------------------------------------------------------------------
// Shipping

const derived = measureFirstVisit(dist);
const sizeOf = new Map(derived.files.map((f) => [f.file, f]));
const fileSizes = (file) => {
  const known = sizeOf.get(file) ?? (existsSync(join(dist, file)) ? sizes(readFileSync(join(dist, file))) : null);
  return known && { raw: known.raw, gzip: known.gzip, brotli: known.brotli };
};
const add = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
                                  { raw: 0, gzip: 0, brotli: 0 });
const shipping = { derived, requests: null, totals: {}, mismatch: [] };
const compressionMethod = 'bytes of the file served from dist/; gzip: node zlib level 9 (as gzip -9n); brotli: ' +
  'node zlib quality 11 (as the brotli command\'s default); 1 kB = 1000 bytes';
if (page) {
  const visit = page.visits[0];
  shipping.requests = visit.requests.map((r) => ({ ...r, ...(fileSizes(r.path) ?? { raw: 0, gzip: 0, brotli: 0, missing: true }) }));
  shipping.otherOrigins = visit.otherOrigins;
  const set = (list) => [...new Set(list.map((r) => r.path))].sort().join(' ');
  shipping.sameRequestsEveryVisit = page.visits.every((v) => set(v.requests) === set(visit.requests));
  const unique = (rows) => [...new Map(rows.map((r) => [r.path, r])).values()];
  shipping.totals = {
    toFirstFrame: add(shipping.requests.filter((r) => r.beforeFirstFrame)),
    page: add(shipping.requests.filter((r) => r.initiator === 'page')),
    serviceWorker: add(shipping.requests.filter((r) => r.initiator === 'service worker')),
    transfers: add(shipping.requests),
    eachFileOnce: add(unique(shipping.requests)),
    count: shipping.requests.length,
  };
  const listed = new Set(firstVisitFiles(dist).map((f) => f.file));
  shipping.mismatch = [...new Set(shipping.requests.map((r) => r.path))].filter((p) => !listed.has(p));
  const requestMethod = `requests of a first visit to / (index.html) in headless Chromium with a new profile, ` +
    `as the server received them, until the service worker is ready and 1 s passed without a request; ` +
    `requested by the service worker = a fetch() the page's Resource Timing does not list; before the first ` +
    `frame = received before timeOrigin + firstFrameMs; ${compressionMethod}`;
  const t = shipping.totals;
  figure({ section: 'shipping', id: 'toFirstFrame', label: 'received before the first frame (anyone\'s)', unit: 'bytes', ...t.toFirstFrame, method: requestMethod });
  figure({ section: 'shipping', id: 'page', label: 'the page\'s own requests', unit: 'bytes', ...t.page, method: requestMethod });
  figure({ section: 'shipping', id: 'serviceWorker', label: 'the service worker\'s install (precache)', unit: 'bytes', ...t.serviceWorker, method: requestMethod });
  figure({ section: 'shipping', id: 'transfers', label: `first visit, every transfer (${t.count} requests)`, unit: 'bytes', ...t.transfers, method: `${requestMethod}; a file requested twice counts twice` });
  figure({ section: 'shipping', id: 'eachFileOnce', label: 'first visit, each file once', unit: 'bytes', ...t.eachFileOnce, method: `${requestMethod}; each file counted once` });
}
figure({
  section: 'shipping', id: 'budgetCheck', label: 'the page\'s own files, as scripts/lib/check-budgets.mjs counts them', unit: 'bytes',
  ...derived.page, budget: { maxGzipBytes: budgets.firstVisit.maxGzipBytes, tested: true },
  within: derived.page.gzip <= budgets.firstVisit.maxGzipBytes,
  extraGzip: derived.total.gzip - derived.page.gzip - derived.onDemand.gzip,
  extraBudget: { maxExtraGzipBytes: budgets.offlinePrecache.maxExtraGzipBytes, tested: true },
  onDemandGzip: derived.onDemand.gzip,
  onDemandBudget: { maxGzipBytes: budgets.onDemand.maxGzipBytes, tested: true },
  method: `files derived from dist/ without a browser (index.html, what it references, the wasm its scripts load, ` +
    `the service worker), each once; the service worker's offline extras (its precache list beyond those) and ` +
    `the scripts loaded on a click (also precached) budgeted apart; ${compressionMethod}`,
});
// What a reader of each other language downloads beyond the page (its pack, its first
// view's style sheet, the languages' font and script), against bench/budgets.json's
// languagePack (tested by scripts/test as well).
for (const language of measureLanguages(dist)) {
  figure({
    section: 'shipping', id: `language-${language.code}`, unit: 'bytes', ...language.total,
    label: `a reader of ${language.name} (${language.code}) also downloads`,
    budget: { maxGzipBytes: budgets.languagePack.maxGzipBytes, tested: true },
    within: language.total.gzip <= budgets.languagePack.maxGzipBytes,
    method: `dist/${language.file} with its first view's style sheet, the languages' font subset and ` +
      `web/languages.js, each once, as index.html's data-languages names them; ${compressionMethod}`,
  });
}
const single = join(dist, 'aws-anthropic-calculator.html');
if (existsSync(single)) {
  figure({ section: 'shipping', id: 'singleFile', label: 'single file aws-anthropic-calculator.html', unit: 'bytes',
           ...sizes(readFileSync(single)), method: compressionMethod });
}

// ---------------------------------------------------------------------------------
// Page figures

if (page) {
  const m = (list, pick) => median(list.map(pick).filter((v) => v !== null && v !== undefined));
  const runs = (list) => `median of ${list.length} run${list.length > 1 ? 's' : ''}`;
  const chromiumSetup = 'headless Chromium (SwiftShader WebGL2 on the CPU), 1200 x 800 CSS px, device pixel ratio 1, ' +
    'a new browser with a new profile per run';
  const cpuMethod = 'process CPU = user + system time of every process of that Chromium from /proc (10 ms ticks; ' +
    'SwiftShader\'s rasterization included); main thread = DevTools Performance.getMetrics TaskDuration in thread ' +
    'CPU time';
  const first = page.visits.map((v) => v.firstFrameMs);
  figure({ section: 'page', id: 'firstFrameMs', label: 'navigation to first frame', unit: 'ms', value: median(first),
           min: Math.min(...first), max: Math.max(...first),
           method: `awsCalc.stats().firstFrameMs (performance.now() when the module reports its first frame, from ` +
             `navigation start), first visit with empty caches, served from loopback; ${chromiumSetup}; ${runs(first)}` });

  const { onDemand, continuous } = page.idle;
  const idleRow = (id, label, key, extra) => {
    const row = {
      section: 'page', id, label,
      onDemand: { frames: m(onDemand, (r) => r[key].frames), cpuMs: m(onDemand, (r) => r[key].cpuMs), mainThreadMs: m(onDemand, (r) => r[key].taskMs) },
      continuous: { frames: m(continuous, (r) => r[key].frames), cpuMs: m(continuous, (r) => r[key].cpuMs), mainThreadMs: m(continuous, (r) => r[key].taskMs) },
      method: `${extra}; frames = awsCalc.stats().framesRendered; ${cpuMethod}; link #v=1 against ` +
        `#v=1 with awsCalc.debug.renderContinuously(true) (every animation frame drawn), runs alternating; ${chromiumSetup}; ${runs(onDemand)} each`,
    };
    row.cpuRatio = row.onDemand.cpuMs ? row.continuous.cpuMs / row.onDemand.cpuMs : null;
    row.mainThreadRatio = row.onDemand.mainThreadMs ? row.continuous.mainThreadMs / row.onDemand.mainThreadMs : null;
    return figure(row);
  };
  const idleFig = idleRow('idle', `idle, ${page.windowMs / 1000} s on screen`, 'onScreen',
    `${page.windowMs} ms with no input, after the first visit finished loading (service worker ready) and, on demand, ` +
    'no frame for 1 s (continuous: a 2 s pause)');
  idleFig.budget = { maxFrames: budgets.frames.idle, tested: true };
  idleFig.within = idleFig.onDemand.frames <= budgets.frames.idle;
  const offFig = idleRow('offScreen', `off screen, ${page.windowMs / 1000} s, setLink x4`, 'offScreen',
    `${page.windowMs} ms with 4000 px spacers injected around the calculator and the page scrolled to the top ` +
    '(canvas out of view), awsCalc.setLink called 4 times meanwhile (the state changes); the frame owed is drawn ' +
    'once the canvas is back in view');
  offFig.budget = { maxFrames: budgets.frames.offScreen, tested: true };
  offFig.within = offFig.onDemand.frames <= budgets.frames.offScreen;
  offFig.framesResumeOnScreen = onDemand.every((r) => r.framesResumeOnScreen);

  const dragRow = (id, label, list) => figure({
    section: 'page', id, label, unit: 'ms per frame',
    mainThreadMs: m(list, (r) => r.frameMs.median),
    mainThreadMsP90: m(list, (r) => r.frameMs.p90),
    mainThreadTaskMs: m(list, (r) => r.taskMsPerFrame),
    cpuMs: m(list, (r) => r.cpuMsPerFrame),
    cpuMsByProcess: Object.fromEntries(Object.keys(list[0].cpuMsPerFrameByProcess)
      .map((k) => [k, m(list, (r) => r.cpuMsPerFrameByProcess[k])])),
    framesWithNewValue: list.map((r) => `${r.framesWithNewValue}/${r.frames}`),
    method: 'the gross-margin slider (where awsCalc.stats().layout["slider:gm"] says it is) dragged back and forth' +
      ` by DevTools mouse events (up to 125/s) until 100 frames drew a new value; ` +
      `main thread per frame = median over those 100 frames of the requestAnimationFrame callback's duration ` +
      `(performance.now() around it: input, UI, recompute, WebGL calls); ${cpuMethod}, divided by the frames drawn ` +
      `in the window; ${chromiumSetup}; ${runs(list)}`,
  });
  dragRow('dragResults', 'dragging a slider (default tab)', page.drag.results);
  dragRow('dragRange', 'dragging, "Range of outcomes" open (10,000 samples)', page.drag.range);

  phoneFirstViewReport(page.phone).figures.forEach((row) => figure(row));

  const mem = page.memory;
  figure({ section: 'page', id: 'wasmMemoryAfterLoad', label: 'wasm memory after load', unit: 'bytes', value: mem.afterLoad,
           method: 'awsCalc.stats().wasmMemoryBytes (the WebAssembly memory\'s size) once the first visit settled' });
  figure({ section: 'page', id: 'wasmMemoryAfterScript', label: 'wasm memory after the interaction script', unit: 'bytes', value: mem.afterScript,
           method: `awsCalc.stats().wasmMemoryBytes after ${mem.script.inputChanges} slider moves (${mem.script.framesWithNewValue} ` +
             `new values), ${mem.script.linkChanges} setLink calls (every tab, 1-6 years, scenarios, goal seek, 1,000-50,000 ` +
             `samples) and ${mem.script.runs200k} runs of n=200000 drawn to the end; the memory only grows, so this is the peak` });
}
if (engines) {
  const method = 'bench/engines_bench.mjs: not headless on Xvfb (WebGL2 on Mesa\'s llvmpipe), 1200 x 800 CSS px, ratio 1, ' +
    'a new browser per run; first frame = awsCalc.stats().firstFrameMs of a first visit; dragging = the gross-margin ' +
    'slider moved 3 CSS px at a time as fast as the driver sends moves until 100 frames drew a new value, each ' +
    'requestAnimationFrame callback timed with performance.now() (1 ms resolution in both engines: median and mean), ' +
    'and frames drawn per second of dragging (bounded by the moves per second the driver sends, in brackets)';
  for (const [name, e] of Object.entries(engines)) {
    figure({ section: 'engines', id: `${name}.firstFrameMs`, label: `${e.version}: navigation to first frame`, unit: 'ms',
             value: e.firstFrameMs.median, min: e.firstFrameMs.min, max: e.firstFrameMs.max, method });
    figure({ section: 'engines', id: `${name}.drag`, label: `${e.version}: dragging a slider`, unit: 'ms per frame',
             mainThreadMs: e.drag.mainThreadMs, mainThreadMeanMs: e.drag.mainThreadMeanMs,
             framesPerSecond: e.drag.framesPerSecond, movesPerSecond: e.drag.movesPerSecond, method });
  }
}
environment.loadAverageAtEnd = loadavg()[0];
environment.seconds = Math.round((Date.now() - t0) / 1000);

// ---------------------------------------------------------------------------------
// The table

const out = [];
const line = (text = '') => out.push(text);
const fmtMs = (v) => (v === null || v === undefined ? '-' : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v >= 0.01 ? v.toFixed(3) : v.toPrecision(3));
const kB = (bytes) => (bytes / 1000).toFixed(1);
const pad = (text, width) => String(text).padStart(width);
const methods = [];
const note = (text) => {
  if (!methods.includes(text)) methods.push(text);
  return `[${methods.indexOf(text) + 1}]`;
};
const flushMethods = () => { for (const [i, text] of methods.entries()) line(`   [${i + 1}] ${text}`); methods.length = 0; };
const section = (title) => { line(); line(title); };

line(`AWS-Anthropic calculator benchmark: ${environment.date}, ${environment.commit ?? 'no git'}, ${environment.chromium ?? ''}`);
line(`${environment.cpus} CPUs (${environment.cpuModel}), load average ${environment.loadAverageAtStart.toFixed(1)} at start, ` +
     `${environment.loadAverageAtEnd.toFixed(1)} at end: timings are noisy, sizes and frame counts are not`);

if (core) {
  section('CORE, ms per call                                  native  WebAssembly  wasm/native  (least/least)');
  for (const f of figures.filter((x) => x.section === 'core' && x.native !== undefined)) {
    line(`  ${f.label.padEnd(46)} ${pad(fmtMs(f.native), 10)} ${pad(fmtMs(f.wasm), 12)} ${pad(f.ratio?.toFixed(2) ?? '-', 12)}  (${f.ratioOfMinimums?.toFixed(2) ?? '-'})`);
  }
  for (const f of figures.filter((x) => x.section === 'core' && x.native === undefined)) {
    line(`  ${f.label.padEnd(46)} ${pad('', 10)} ${pad(fmtMs(f.wasm), 12)}`);
  }
  const over = figures.filter((x) => x.section === 'core' && x.within === false).map((x) => x.id);
  line(`  budget wasm/native <= ${budgets.core.maxWasmNativeRatio} (a timing: reported, not tested): ` +
       (over.length ? `over in ${over.join(', ')}` : 'within in every case'));
  line(`  ${note(figures.find((x) => x.id === 'mc10k_3y')?.method ?? '')} native and WebAssembly; ` +
       `${note(figures.find((x) => x.id === 'embind resultsJson projection')?.method ?? '')} Embind rows`);
  flushMethods();
}

section('SHIPPING, bytes: every request of a first visit, in order (", after": received after the first frame)');
line(`  ${'file'.padEnd(42)} ${'requested by'.padEnd(20)} ${pad('raw', 9)} ${pad('gzip', 8)} ${pad('brotli', 8)}`);
if (shipping.requests) {
  for (const r of shipping.requests) {
    const when = `${r.initiator === 'page' ? 'page' : 'service wkr'}${r.beforeFirstFrame ? '' : ', after'}`;
    line(`  ${r.path.padEnd(42)} ${when.padEnd(20)} ${pad(r.raw, 9)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)}`);
  }
}
const shipRow = (f, marker) => line(`  ${(f.label + ' ' + marker).padEnd(63)} ${pad(f.raw, 9)} ${pad(f.gzip, 8)} ${pad(f.brotli, 8)}`);
for (const f of figures.filter((x) => x.section === 'shipping')) shipRow(f, note(f.method));
{
  const f = figures.find((x) => x.id === 'budgetCheck');
  line(`  budget: the page <= ${kB(budgets.firstVisit.maxGzipBytes)} kB gzip (tested by scripts/test): ` +
       `${kB(f.gzip)} kB gzip, ${kB(f.brotli)} kB brotli: ${f.within ? 'within' : 'OVER BUDGET'}; ` +
       `the service worker's offline extras <= ${kB(budgets.offlinePrecache.maxExtraGzipBytes)} kB: ${kB(f.extraGzip)} kB; ` +
       `the scripts loaded on a click <= ${kB(budgets.onDemand.maxGzipBytes)} kB: ${kB(f.onDemandGzip)} kB` +
       `; each language <= ${kB(budgets.languagePack.maxGzipBytes)} kB: ` +
       figures.filter((x) => x.id.startsWith('language-')).map((x) => `${x.id.slice(9)} ${kB(x.gzip)} kB`).join(', ') +
       (shipping.totals.page ? `; the page's own requests in Chromium ${kB(shipping.totals.page.gzip)} kB gzip` : ''));
  if (shipping.mismatch.length) line(`  NOT COUNTED by check-budgets.mjs although requested: ${shipping.mismatch.join(', ')}`);
  if (shipping.otherOrigins?.length) line(`  requests to other origins: ${shipping.otherOrigins.join(', ')}`);
}
flushMethods();

if (page) {
  section('PAGE');
  const f = (id) => figures.find((x) => x.id === id);
  const ff = f('firstFrameMs');
  line(`  ${'navigation to first frame'.padEnd(52)} ${pad(fmtMs(ff.value), 8)} ms  (${fmtMs(ff.min)}-${fmtMs(ff.max)}) ${note(ff.method)}`);
  phoneFirstViewReport(page.phone).lines.forEach((text) => line(text));
  line(`  ${''.padEnd(40)}            on demand          continuous        continuous/on demand`);
  line(`  ${''.padEnd(40)}       frames  CPU ms  main ms   frames  CPU ms  main ms      CPU   main`);
  for (const id of ['idle', 'offScreen']) {
    const r = f(id);
    line(`  ${r.label.padEnd(40)} ${pad(r.onDemand.frames, 10)} ${pad(fmtMs(r.onDemand.cpuMs), 7)} ${pad(fmtMs(r.onDemand.mainThreadMs), 8)} ` +
         `${pad(r.continuous.frames, 8)} ${pad(fmtMs(r.continuous.cpuMs), 7)} ${pad(fmtMs(r.continuous.mainThreadMs), 8)} ` +
         `${pad(r.cpuRatio ? `${r.cpuRatio.toFixed(1)}x` : '-', 8)} ${pad(r.mainThreadRatio ? `${r.mainThreadRatio.toFixed(1)}x` : '-', 6)} ${note(r.method)}`);
  }
  for (const id of ['idle', 'offScreen']) {
    const r = f(id);
    line(`  budget: ${id === 'idle' ? 'idle' : 'off screen'} frames <= ${r.budget.maxFrames} (tested by tests/browser/budgets.test.mjs): ` +
         `${r.onDemand.frames}: ${r.within ? 'within' : 'OVER BUDGET'}`);
  }
  line(`  ${''.padEnd(52)}  main thread ms (p90)  main task ms  CPU ms, all processes`);
  for (const id of ['dragResults', 'dragRange']) {
    const r = f(id);
    line(`  ${r.label.padEnd(52)}  ${pad(fmtMs(r.mainThreadMs), 6)} (${fmtMs(r.mainThreadMsP90)})  ${pad(fmtMs(r.mainThreadTaskMs), 12)}  ${pad(fmtMs(r.cpuMs), 8)}  ${note(r.method)}`);
    line(`      CPU ms per frame by process: ${Object.entries(r.cpuMsByProcess).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}; ` +
         `frames with a new value / drawn: ${r.framesWithNewValue.join(', ')}`);
  }
  const mem1 = f('wasmMemoryAfterLoad');
  const mem2 = f('wasmMemoryAfterScript');
  line(`  ${'wasm memory after load'.padEnd(52)} ${pad((mem1.value / 1048576).toFixed(1), 8)} MiB  (${mem1.value} bytes) ${note(mem1.method)}`);
  line(`  ${'wasm memory after the interaction script'.padEnd(52)} ${pad((mem2.value / 1048576).toFixed(1), 8)} MiB  (${mem2.value} bytes) ${note(mem2.method)}`);
  flushMethods();
  const errors = [...page.visits, ...page.idle.onDemand, ...page.idle.continuous, ...page.drag.results, ...page.drag.range, page.memory]
    .flatMap((r) => r.errors ?? []);
  if (errors.length) line(`  page errors: ${[...new Set(errors)].join(' | ')}`);
}
if (engines) {
  section('ENGINES, the page in each browser (timings only, never tested)');
  line(`  ${''.padEnd(38)} first frame ms       dragging: main thread ms per frame, frames/s (moves/s)`);
  line(`  ${''.padEnd(38)} median (range)        median    mean   frames/s`);
  const row = (label, ff, drag, marker) => line(`  ${label.padEnd(38)} ${pad(fmtMs(ff?.value), 6)} ${`(${fmtMs(ff?.min)}-${fmtMs(ff?.max)})`.padEnd(13)} ` +
    `${pad(fmtMs(drag?.mainThreadMs), 7)} ${pad(fmtMs(drag?.mainThreadMeanMs), 7)} ${pad(drag?.framesPerSecond?.toFixed(0) ?? '-', 10)} ` +
    `${`(${drag?.movesPerSecond?.toFixed(0) ?? '≤125'})`.padEnd(6)} ${marker}`);
  if (page) {
    const ff = figures.find((x) => x.id === 'firstFrameMs');
    const drag = figures.find((x) => x.id === 'dragResults');
    const fps = median(page.drag.results.map((r) => (r.frames / r.windowMs) * 1000));
    row(`${/Chromium [\d.]+/.exec(environment.chromium ?? '')?.[0] ?? 'Chromium'} (SwiftShader)`, ff, { ...drag, framesPerSecond: fps }, 'as in PAGE');
  }
  for (const name of Object.keys(engines)) {
    const ff = figures.find((x) => x.id === `${name}.firstFrameMs`);
    row(`${engines[name].version} (llvmpipe)`, ff, figures.find((x) => x.id === `${name}.drag`), note(ff.method));
  }
  flushMethods();
}
line();
line(`JSON: ${relative(REPO, outFile)}   (${environment.seconds} s)`);

const report = { environment, budgets, figures, core, shipping, page, engines };
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(out.join('\n'));
