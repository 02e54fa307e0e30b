// core_bench.mjs: how long the core takes in WebAssembly (node), beside native.
//
//   node bench/core_bench.mjs [--wasm-timing FILE.js] [--native-timing FILE]
//                             [--core-js FILE.js] [--repeats N] [--json]
//
//   import { runCoreBench } from './core_bench.mjs';   // scripts/bench (bench/run.mjs)
//
// 1. core_timing (bench/core_timing.cpp) built with Emscripten and natively: the same
//    cases, the same plain-clock harness: projection, Monte Carlo at 10,000 and 200,000
//    samples (three and six years), link-to-JSON. Printed side by side with the
//    WebAssembly/native ratio.
// 2. The Embind module (awscalc-core.js), as a page or host calls it: resultsJson() for the
//    projection only, with the Monte Carlo run, and projectLink() with everything.
// With --repeats N (default 1) each of the three runs N times, native and WebAssembly
// alternating, and every case reports the median of the N medians and the least of the
// N minimums (the minimum is the figure least disturbed by other work on the machine).
// Defaults are the build trees of the wasm and release presets. Needs NODE_PATH only to
// build, not to run. Missing inputs are skipped with a note.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULTS = {
  wasmTimingJs: resolve(root, 'build/wasm/bench/core_timing.js'),
  nativeTiming: resolve(root, 'build/release/bench/core_timing'),
  coreJs: resolve(root, 'build/wasm/src/web/awscalc-core.js'),
};

// Emscripten 3.1.6 would fetch() the .wasm path under node 20; hand it the bytes.
async function loadModule(js, extra = {}) {
  const create = require(js);
  return create({ wasmBinary: readFileSync(js.replace(/\.js$/, '.wasm')), ...extra });
}

function parseLines(text) {
  const results = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('{')) {
      const row = JSON.parse(line);
      results[row.case] = row;
    }
  }
  return results;
}

// core_timing in WebAssembly. A fresh instance each time (a new require() would return
// the cached factory, which is fine: each call instantiates anew).
async function wasmTiming(js) {
  if (!existsSync(js)) return null;
  let output = '';
  await loadModule(js, { print: (line) => { output += line + '\n'; } });
  return parseLines(output);
}

function nativeTimingResults(file) {
  if (!existsSync(file)) return null;
  return parseLines(execFileSync(file, { encoding: 'utf8' }));
}

// Median and minimum of `runs` timings of `calls` calls each, ms per call.
function time(body, runs, calls = 1) {
  for (let i = 0; i < 2; i++) body();
  const ms = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let c = 0; c < calls; c++) body();
    ms.push((performance.now() - start) / calls);
  }
  ms.sort((a, b) => a - b);
  return { runs, median_ms: ms[ms.length >> 1], min_ms: ms[0] };
}

let coreModule = null;
async function embindTiming(js) {
  if (!existsSync(js)) return null;
  coreModule ??= await loadModule(js);
  const core = coreModule;
  const six = 'rev=4,10,19,29.26,38.74,46.271';
  return {
    'embind resultsJson projection': time(() => core.resultsJson('v=1&gm=55', 'projection'), 51, 20),
    'embind resultsJson uncertainty 10k 3y': time(() => core.resultsJson('v=1', 'uncertainty'), 51),
    'embind resultsJson uncertainty 10k 6y': time(() => core.resultsJson(six, 'uncertainty'), 51),
    'embind resultsJson uncertainty 200k 3y': time(() => core.resultsJson('n=200000', 'uncertainty'), 11),
    'embind resultsJson uncertainty 200k 6y':
      time(() => core.resultsJson(`${six}&n=200000`, 'uncertainty'), 11),
    'embind projectLink everything 10k': time(() => core.projectLink('v=1&gm=55&goal=gm&target=8&s1=bear'), 51),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Per case: median of the repeats' medians, least of their minimums, and every median.
function combine(list) {
  const present = list.filter(Boolean);
  if (!present.length) return null;
  const out = {};
  for (const name of Object.keys(present[0])) {
    const rows = present.map((r) => r[name]).filter(Boolean);
    out[name] = {
      runs: rows[0].runs,
      repeats: rows.length,
      median_ms: median(rows.map((r) => r.median_ms)),
      min_ms: Math.min(...rows.map((r) => r.min_ms)),
      medians_ms: rows.map((r) => r.median_ms),
    };
  }
  return out;
}

// Runs everything `repeats` times; returns {wasm, native, embind, ratios} (null where
// an input is missing). ratios[case] = WebAssembly / native, of the medians and of the
// minimums.
export async function runCoreBench({
  wasmTimingJs = DEFAULTS.wasmTimingJs, nativeTiming = DEFAULTS.nativeTiming,
  coreJs = DEFAULTS.coreJs, repeats = 1, onProgress = () => {},
} = {}) {
  const wasmRuns = [];
  const nativeRuns = [];
  const embindRuns = [];
  for (let i = 0; i < repeats; i++) {
    onProgress(`core ${i + 1}/${repeats}: native`);
    nativeRuns.push(nativeTimingResults(nativeTiming));
    onProgress(`core ${i + 1}/${repeats}: WebAssembly`);
    wasmRuns.push(await wasmTiming(wasmTimingJs));
    onProgress(`core ${i + 1}/${repeats}: Embind module`);
    embindRuns.push(await embindTiming(coreJs));
  }
  const wasm = combine(wasmRuns);
  const native = combine(nativeRuns);
  const embind = combine(embindRuns);
  const ratios = {};
  if (wasm && native) {
    for (const name of Object.keys(wasm)) {
      if (!native[name]) continue;
      ratios[name] = {
        median: wasm[name].median_ms / native[name].median_ms,
        min: wasm[name].min_ms / native[name].min_ms,
      };
    }
  }
  return {
    wasm, native, embind, ratios,
    inputs: { wasmTimingJs, nativeTiming, coreJs },
    missing: [
      !wasm && `no WebAssembly timing: build core_timing in the wasm preset (${wasmTimingJs})`,
      !native && `no native timing: build core_timing in the release preset (${nativeTiming})`,
      !embind && `no Embind module at ${coreJs}`,
    ].filter(Boolean),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const path = (name, fallback) => (option(name) ? resolve(option(name)) : fallback);
  const result = await runCoreBench({
    wasmTimingJs: path('--wasm-timing', DEFAULTS.wasmTimingJs),
    nativeTiming: path('--native-timing', DEFAULTS.nativeTiming),
    coreJs: path('--core-js', DEFAULTS.coreJs),
    repeats: Number(option('--repeats', 1)),
  });
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const { wasm, native, embind } = result;
    const ms = (row) => (row ? row.median_ms.toPrecision(4).padStart(10) : '         -');
    if (wasm || native) {
      console.log('core_timing, median ms per call     WebAssembly     native   ratio');
      for (const name of Object.keys(wasm ?? native)) {
        const ratio = result.ratios[name] ? result.ratios[name].median.toFixed(2) : '-';
        console.log(`  ${name.padEnd(32)} ${ms(wasm?.[name])}  ${ms(native?.[name])}   ${ratio}`);
      }
    }
    if (embind) {
      console.log('\nEmbind module, link in, JSON out, median ms per call');
      for (const [name, row] of Object.entries(embind)) console.log(`  ${name.padEnd(42)} ${ms(row)}`);
    }
    for (const note of result.missing) console.log(`(${note})`);
  }
}
