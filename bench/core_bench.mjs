// core_bench.mjs: how long the core takes in WebAssembly (node), beside native.
//
//   node bench/core_bench.mjs [--wasm-timing FILE.js] [--native-timing FILE]
//                             [--core-js FILE.js] [--json]
//
// 1. core_timing (bench/core_timing.cpp) built with Emscripten and natively: the same
//    cases, the same plain-clock harness: projection, Monte Carlo at 10,000 and 200,000
//    samples (three and six years), link-to-JSON. Printed side by side with the
//    WebAssembly/native ratio.
// 2. The Embind module (awscalc-core.js), as a page or host calls it: resultsJson() for the
//    projection only, with the Monte Carlo run, and projectLink() with everything.
// Defaults are the build trees of the wasm and release presets. Needs NODE_PATH only to
// build, not to run. Missing inputs are skipped with a note.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? resolve(args[i + 1]) : fallback;
};
const wasmTimingJs = option('--wasm-timing', resolve(root, 'build/wasm/bench/core_timing.js'));
const nativeTiming = option('--native-timing', resolve(root, 'build/release/bench/core_timing'));
const coreJs = option('--core-js', resolve(root, 'build/wasm/src/web/awscalc-core.js'));
const asJson = args.includes('--json');

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

async function wasmTiming() {
  if (!existsSync(wasmTimingJs)) return null;
  let output = '';
  await loadModule(wasmTimingJs, { print: (line) => { output += line + '\n'; } });
  return parseLines(output);
}

function nativeTimingResults() {
  if (!existsSync(nativeTiming)) return null;
  return parseLines(execFileSync(nativeTiming, { encoding: 'utf8' }));
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

async function embindTiming() {
  if (!existsSync(coreJs)) return null;
  const core = await loadModule(coreJs);
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

const wasm = await wasmTiming();
const native = nativeTimingResults();
const embind = await embindTiming();

if (asJson) {
  console.log(JSON.stringify({ wasm, native, embind }, null, 2));
} else {
  const ms = (row) => (row ? row.median_ms.toPrecision(4).padStart(10) : '         -');
  if (wasm || native) {
    console.log('core_timing, median ms per call     WebAssembly     native   ratio');
    const cases = Object.keys(wasm ?? native);
    for (const name of cases) {
      const w = wasm?.[name];
      const n = native?.[name];
      const ratio = w && n ? (w.median_ms / n.median_ms).toFixed(2) : '-';
      console.log(`  ${name.padEnd(32)} ${ms(w)}  ${ms(n)}   ${ratio}`);
    }
  }
  if (!wasm) console.log(`(no WebAssembly timing: build core_timing in the wasm preset, ${wasmTimingJs})`);
  if (!native) console.log(`(no native timing: build core_timing in the release preset, ${nativeTiming})`);
  if (embind) {
    console.log('\nEmbind module, link in, JSON out, median ms per call');
    for (const [name, row] of Object.entries(embind)) console.log(`  ${name.padEnd(42)} ${ms(row)}`);
  } else {
    console.log(`(no Embind module at ${coreJs})`);
  }
}
