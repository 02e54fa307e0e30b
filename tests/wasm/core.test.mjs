// core.test.mjs: the WebAssembly core (Embind) gives exactly what the native CLI gives.
//
// Run by ctest (wasm preset) with AWSCALC_CORE_JS = the Embind module and
// AWSCALC_CLI = the native aws-calc. Results are compared as JSON text: numbers are
// written as the shortest decimal that reads back as the same double, so equal text
// means equal bits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const coreJs = process.env.AWSCALC_CORE_JS && resolve(process.env.AWSCALC_CORE_JS);
const cli = process.env.AWSCALC_CLI && resolve(process.env.AWSCALC_CLI);

assert.ok(coreJs && existsSync(coreJs), `AWSCALC_CORE_JS must name the built module (${coreJs})`);
assert.ok(cli && existsSync(cli), `AWSCALC_CLI must name the native aws-calc (${cli}); build the release preset first`);

// Emscripten 3.1.6 would fetch() the .wasm path under node 20; hand it the bytes.
const createAwsCalcCore = require(coreJs);
const core = await createAwsCalcCore({
  wasmBinary: readFileSync(coreJs.replace(/\.js$/, '.wasm')),
});

function cliOutput(args) {
  try {
    return { status: 0, stdout: execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { status: error.status, stdout: error.stdout };
  }
}

const presetLinks = ['note', 'matched', 'bear', 'bull'].map(
  (id) => JSON.parse(cliOutput(['--json', '--preset', id]).stdout).link);

const links = [
  // the article's defaults
  '', 'v=1', '#v=1',
  // presets
  ...presetLinks,
  // every key, per-year values, the longest horizon
  'v=1&rev=4,10,19,29.26,38.74,46.271&gm=60,58,56,54,52,50&aws=75,76,77,78,79,80&train=0,0.5,1,1.5,2,2.5&base=110&g=15&opm=35&inv=12&stake=20&theme=dark&accent=0a84ff',
  // extreme but valid values
  'rev=1000,1000,1000,1000,1000,1000&gm=-100&aws=100&train=1000&base=1&g=-50&opm=-100&inv=0&stake=10000',
  'rev=0&gm=100&aws=0&base=10000&g=100&opm=100&inv=1000&stake=0',
  'rev=0.000001,123456e-3,7.77777777777777777&gm=33.333333333333333&aws=66.66666666666667',
  'rev=1e-300&train=5e-324',
  // bad links: every kind of problem
  'v=1&gm=abc&aws=150&rev=4,10,19&rev=1',
  'v=2&gm=0x10&aws=inf&train=nan&base=1e999&g=+5&opm=-101&inv=&stake=1,5&colour=red&theme=blue&accent=red',
  'rev=5,abc,30&gm=50,x,70&aws=1,2&train=1,2,3,4',
  'rev=1,2,3,4,5,6,7,8&gm=%zz&aws=%FF%FE&x=%22%5C%0A',
  'gm=' + '1'.repeat(40) + '&' + Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&'),
];

for (const link of links) {
  test(`same JSON natively and in WebAssembly for ${JSON.stringify(link.slice(0, 60))}`, () => {
    const native = cliOutput(['--json', link]);
    const wasm = core.projectLink(link);
    assert.equal(wasm, native.stdout.trimEnd());
    const parsed = JSON.parse(wasm);
    assert.equal(native.status, parsed.problems.length > 0 ? 1 : 0);
  });
}

test('the article defaults give 1.20 / 3.00 / 5.70 in WebAssembly', () => {
  const results = JSON.parse(core.projectLink('v=1'));
  assert.deepEqual(results.years, [2025, 2026, 2027]);
  assert.deepEqual(results.awsFromAnthropic.map((x) => x.toFixed(2)), ['1.20', '3.00', '5.70']);
  assert.deepEqual(results.reported, [1.28, 3, 5.6]);
  assert.equal(results.link, 'v=1');
});

test('canonical link and CSV come from the same core', () => {
  assert.equal(core.canonicalLink('gm=60&aws=80&rev=5,12,24'), 'v=1&rev=5,12,24&aws=80');
  const csv = core.resultsCsv('rev=5,12,24');
  assert.equal(csv, cliOutput(['--csv', 'rev=5,12,24']).stdout);
});

test('the issue example reports gm, aws and the repeated rev', () => {
  const results = JSON.parse(core.projectLink('v=1&gm=abc&aws=150&rev=4,10,19&rev=1'));
  assert.equal(results.problems.length, 3);
  assert.match(results.problems[0], /^gm=abc: /);
  assert.match(results.problems[1], /^aws=150: /);
  assert.match(results.problems[2], /^rev=1: /);
  assert.deepEqual(results.awsSharePct, [100, 100, 100]);
});
