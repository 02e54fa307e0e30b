// core.test.mjs: the WebAssembly core (Embind) gives exactly what the native CLI gives,
// Monte Carlo percentiles, tornado, scenarios and goal seek included.
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
  // uncertainty: other seeds and sizes, every range key, six years, a chosen year
  'n=1000&seed=7',
  'n=1000&seed=4294967295&thr=0',
  'rev=4,10,19,29.26,38.74,46.271&n=50000&seed=123&yr=2029&thr=20&rlo=0.5&rhi=2&gmlo=-20&gmhi=5&awslo=-40&awshi=25&trlo=-1&trhi=3&glo=-10&ghi=10&tor=share',
  'gm=99,95,90&aws=2,50,100&train=0,3,0&rlo=0&rhi=10&gmlo=-200&gmhi=200&awslo=-100&awshi=100&trlo=-1000&trhi=1000&glo=-150&ghi=150&n=3000',
  // ranges of zero width: every percentile is the projection
  'rlo=1&rhi=1&gmlo=0&gmhi=0&awslo=0&awshi=0&glo=0&ghi=0&n=1000&tor=profit',
  'rev=4&n=2000&yr=2025',
  // the largest run, once
  'n=200000&seed=2025',
  // goal seek: solved, out of range, no effect, unreachable
  'goal=gm&target=8',
  'goal=aws&target=9.728',
  'goal=rev&goalout=profit&target=7&yr=2026',
  'goal=train&goalout=share&target=5&rev=4,10,19,25',
  'goal=gm&goalout=share&target=100',
  'rev=4,10,0&goal=gm&target=3',
  // scenarios: presets, changed presets, names that need escapes
  's1=bear&s2=bull&s3=matched',
  's1=bull&s1.gm=60&s2.name=B%C3%A4r%20%F0%9F%90%BB%20%26%20co&s2.rev=5,12,24,30&s2.aws=80,70,60,50',
  's3.rev=1000,1000&s3.gm=-100&s3.aws=100&s3.train=1000&s3.base=1&s3.g=-50&s3.opm=-100&s3.inv=0&s3.stake=10000',
  // bad values of the new keys
  'n=abc&seed=-1&yr=2040&thr=x&rlo=2&rhi=0&gmlo=5&tor=x&goal=x&target=1&goalout=aws&s4=bear&s1=moon&s1.name=%FF&s2.gm=abc&s2.nope=1',
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
  assert.equal(core.resultsCsv('rev=5,12,24', false), cliOutput(['--csv', 'rev=5,12,24']).stdout);
  assert.equal(core.resultsCsv('rev=5,12,24', true), cliOutput(['--csv', '--exact', 'rev=5,12,24']).stdout);
});

// The page's downloads are this module's (web/exports.js loads it on a click): each file
// as the command line writes it, for the same link, address and day.
test('the downloads (the data ZIP, chart files, pictures) are the command line\'s, byte for byte', () => {
  const date = '2026-11-29';
  const dated = (args) => execFileSync(cli, args, { encoding: 'utf8', env: { ...process.env, AWSCALC_DATE: date } });
  for (const link of ['v=1&gm=55&tab=range', 'v=1&tab=compare&s1=bull&s2=bear', 'v=1&rev=5,12,24&tab=drivers', 'v=1&theme=dark']) {
    const url = `https://news.example/calc/#${core.canonicalLink(link)}`;
    const dark = link.includes('theme=dark');
    const zip = (exact) => Buffer.from(core.resultsZip(link, exact, url, date));   // a copy of the view
    const cliZip = (args) => execFileSync(cli, args, { env: { ...process.env, AWSCALC_DATE: date } });
    assert.ok(zip(false).equals(cliZip(['--zip', url])), `${link}: the data download`);
    assert.ok(zip(true).equals(cliZip(['--zip', '--exact', url])), `${link}: the exact data download`);
    assert.equal(core.chartSvg(link, '', dark, 640, url, date, ''), dated(['--svg', url]), `${link}: chart`);
    assert.equal(core.chartSvg(link, 'histogram', dark, 900, url, date, ''),
                 dated(['--svg', '--chart', 'histogram', '--width', '900', url]), `${link}: histogram`);
    assert.equal(core.pictureSvg(link, '', dark, 'square', url, date, ' Jane  Doe, The Paper'),
                 dated(['--svg', '--size', 'square', '--graphic', ' Jane  Doe, The Paper', url]), `${link}: picture`);
  }
  assert.equal(core.exportChart('v=1&tab=range'), 'fan');
  assert.equal(core.exportChart('v=1&tab=compare'), 'compare');
  assert.equal(core.exportChart('v=1'), 'bars');
  assert.equal(core.chartSvg('v=1', 'pie', false, 640, '', '', ''), '');
  assert.equal(core.pictureSvg('v=1', '', false, 'poster', '', '', ''), '');
});

test('the issue example reports gm, aws and the repeated rev', () => {
  const results = JSON.parse(core.projectLink('v=1&gm=abc&aws=150&rev=4,10,19&rev=1'));
  assert.equal(results.problems.length, 3);
  assert.match(results.problems[0], /^gm=abc: /);
  assert.match(results.problems[1], /^aws=150: /);
  assert.match(results.problems[2], /^rev=1: /);
  assert.deepEqual(results.awsSharePct, [100, 100, 100]);
});

test('a part of the results, as aws-calc --json --parts gives it', () => {
  for (const [link, parts] of [['v=1&goal=gm&s1=bear', 'projection'], ['n=2000&goal=aws', 'uncertainty,goal'],
                               ['s1=bull&tor=profit', 'tornado,scenarios']]) {
    assert.equal(core.resultsJson(link, parts), cliOutput(['--json', '--parts', parts, link]).stdout.trimEnd());
  }
  assert.equal(core.resultsJson('v=1', 'all'), core.projectLink('v=1'));
  assert.match(core.resultsJson('v=1', 'charts'), /^\{"error":"parts must be all, projection or/);
});

test('goal seek on top of a link', () => {
  const answer = core.goalSeek('rev=5,12,24', 'goal=aws&target=8');
  assert.equal(answer, cliOutput(['--json', '--parts', 'goal', 'rev=5,12,24&goal=aws&target=8']).stdout.trimEnd());
  const goal = JSON.parse(answer).goal;
  assert.equal(goal.outcome, 'solved');
  assert.match(goal.answer, /^It takes an AWS share of /);
  // The query's keys win over the link's, and both links' problems are reported.
  const both = JSON.parse(core.goalSeek('gm=abc&goal=rev&target=3', 'goal=aws&target=9.728&x=1'));
  assert.equal(both.goal.answer, 'It would take an AWS share of 128%, and a share cannot exceed 100%.');
  assert.equal(both.problems.length, 2);
  assert.match(both.problems[0], /^gm=abc: /);
  assert.match(both.problems[1], /^x=1: /);
});

test('the Monte Carlo results are there, ordered, and follow the seed', () => {
  const results = JSON.parse(core.projectLink('v=1'));
  const u = results.uncertainty;
  assert.equal(u.samples, 10000);
  for (let y = 0; y < 3; y++) {
    assert.ok(u.awsFromAnthropic.p5[y] <= u.awsFromAnthropic.p10[y]);
    assert.ok(u.awsFromAnthropic.p10[y] <= u.awsFromAnthropic.p50[y]);
    assert.ok(u.awsFromAnthropic.p50[y] <= u.awsFromAnthropic.p90[y]);
    assert.ok(u.awsFromAnthropic.p90[y] <= u.awsFromAnthropic.p95[y]);
  }
  assert.equal(u.histogram.edges.length, 41);
  assert.equal(u.histogram.counts.reduce((a, b) => a + b, 0), 10000);
  const other = JSON.parse(core.projectLink('v=1&seed=2')).uncertainty;
  assert.notEqual(other.awsFromAnthropic.p50[2], u.awsFromAnthropic.p50[2]);
  assert.equal(core.canonicalLink('n=10000&seed=1&thr=5&rlo=0.7&rhi=1.3&tor=aws'), 'v=1');
});


// web/look.js reads a link's look keys for the scripts that paint before the module
// (first_view.js, page.js, embed.js): it must give what the core applies, which the
// canonical link states (theme= only when not auto, accent= only when set).
test("web/look.js reads a link's theme and accent as the core does", async () => {
  const { readFileSync: read } = await import('node:fs');
  const { runInNewContext } = await import('node:vm');
  const linkLook = runInNewContext(`${read(resolve(import.meta.dirname, '../../web/look.js'), 'utf8')}; linkLook`);
  const cases = [
    ...links,
    'theme=dark', 'theme=light', 'theme=auto', 'theme=Dark', 'theme=dark%20', '%74heme=dar%6B', 'theme=%zz&theme=dark',
    'theme&theme=dark', 'theme=blue&theme=dark', 'theme=light&theme=dark', '#theme=dark', '##theme=dark',
    'accent=0A84FF', 'accent=%230a84ff', 'accent=#0a84ff', 'accent=0a84f', 'accent=0a84ffa', 'accent=gggggg',
    'accent=red&accent=00ff00', 'accent=&accent=00ff00', 'v=1&tab=range&theme=dark&accent=123abc',
    'lang=de', 'v=1&lang=es&lang=de', '%6Cang=%64e', 'lang=%zz&lang=es', 'lang&lang=de',
  ];
  for (const link of cases) {
    const canonical = core.canonicalLink(link);
    const key = (name) => new URLSearchParams(canonical).get(name);
    const look = linkLook(link);
    assert.equal(look.theme === 'auto' ? null : look.theme, key('theme'), `theme of ${JSON.stringify(link)}`);
    assert.equal(look.accent, key('accent'), `accent of ${JSON.stringify(link)}`);
    // A language the calculator has (the canonical link keeps it) is the one the page
    // fetches early.
    if (key('lang')) assert.equal(look.lang, key('lang'), `lang of ${JSON.stringify(link)}`);
  }
});
