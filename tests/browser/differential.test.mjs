// differential.test.mjs: one page, one CLI, proven by generation. A seeded
// generator writes share links of every kind (every key of the link format, values in
// and out of range, %-escapes good and broken, UTF-8, '?', '#', '&&', empty values,
// repeated keys, scenarios, goal seek, unknown keys), and for each the page and the
// native CLI must agree exactly: the same canonical link, the same problems, the same
// numbers (results() against aws-calc --json, key for key, bit for bit):
//   - through awsCalc.setLink(link), against the CLI given the same text;
//   - through the address bar (location.hash = link and the page's hashchange), against
//     the CLI given what the page actually read (browsers percent-encode some
//     characters of a fragment: spaces, quotes, non-ASCII...).
// It found a '?' cut from links, a second '#' cutting them and the Monte Carlo summary
// crashing on subnormal revenue; the hostile-input review's shapes (tiny exponents,
// colons in a key, repeated '#', formula prefixes and bidi controls in names) are drawn too. The CLI answers all links in one
// process (aws-calc --json --batch). Most links ask for 1,000 Monte Carlo samples, so a
// run of AWSCALC_DIFF_COUNT links (500 by default, under a minute) stays fast; a longer run takes
// a count and a seed:
//   AWSCALC_DIFF_SEED=7 AWSCALC_DIFF_COUNT=20000 node --test tests/browser/differential.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './harness.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO, 'build/release/src/cli/aws-calc');
const SEED = Number(process.env.AWSCALC_DIFF_SEED ?? 20261128) >>> 0 || 1;
const COUNT = Number(process.env.AWSCALC_DIFF_COUNT ?? 500);
const browser = useBrowser();

// xorshift32: the same links on every machine for a seed.
function generator(seed) {
  let state = seed;
  const random = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const decimal = (lo, hi) => {
    const value = lo + (hi - lo) * random();
    return pick([value.toFixed(0), value.toFixed(1), value.toFixed(2), String(value)]);
  };
  return { random, int, pick, chance, decimal };
}

// The link format's keys (README "The share link"), with a sensible value range each.
const NUMBER_KEYS = {
  gm: [0, 100], aws: [0, 100], train: [0, 50], base: [50, 200], g: [-20, 60], opm: [0, 60],
  inv: [0, 20], stake: [0, 60], seed: [0, 5000], thr: [0, 30], target: [-5, 40],
  rlo: [0.3, 1], rhi: [1, 2], gmlo: [-30, 0], gmhi: [0, 30], awslo: [-30, 0], awshi: [0, 30],
  trlo: [-5, 0], trhi: [0, 5], glo: [-10, 0], ghi: [0, 10],
};
const PER_YEAR = ['gm', 'aws', 'train'];
const WORD_KEYS = {
  tor: ['aws', 'profit', 'share', 'nope'], goal: ['rev', 'gm', 'aws', 'train', 'moon'],
  goalout: ['aws', 'profit', 'share', 'x'], tab: ['work', 'note', 'figures', 'aws', 'range', 'drivers', 'goal', 'compare', 'settings'],
  theme: ['auto', 'light', 'dark', 'blue'], accent: ['0a84ff', 'ff0000', '%230a84ff', 'xyz', ''],
  debug: ['abort', 'continuous', 'on'], v: ['1', '2', '0', 'abc'],
};
const SCENARIO_INPUTS = ['rev', 'gm', 'aws', 'train', 'base', 'g', 'opm', 'inv', 'stake'];
const ODD = ['?', '#', '%', '%2', '%zz', '%3F', '%23', '%26', '%3D', '+', ' ', '"', '<', 'ä', '🐻', '%C3%A4', '%FF', '\\', '\'', '`', '{', '|'];

// One link: a few segments, each a key with a value, sometimes odd.
function makeLink(g) {
  const value = (key) => {
    if (key === 'rev') {
      const years = g.int(1, 7);
      // Tiny values too: spans far below a label's $0.001B (once a crash of the histogram).
      return Array.from({ length: years }, () => (g.chance(0.15)
        ? g.pick(['0', '1e-15', '1e-20', '1e-300', '5e-324']) : g.decimal(0, 60))).join(',');
    }
    if (key === 'n') return g.pick(['1000', '1000', '1500', '2000', '500', '1000.5', 'abc']);
    if (key === 'yr') return String(g.int(2024, 2031));
    if (WORD_KEYS[key]) return g.pick(WORD_KEYS[key]);
    const [lo, hi] = NUMBER_KEYS[key] ?? [0, 100];
    const span = hi - lo;
    if (PER_YEAR.includes(key) && g.chance(0.3)) {
      return Array.from({ length: g.int(2, 6) }, () => g.decimal(lo, hi)).join(',');
    }
    return g.chance(0.8) ? g.decimal(lo, hi) : g.decimal(lo - span, hi + span);
  };
  const segment = () => {
    const roll = g.random();
    let key;
    let text;
    if (roll < 0.55) {
      key = g.pick([...Object.keys(NUMBER_KEYS), 'rev', 'rev', 'gm', 'aws', 'yr']);
      text = `${key}=${value(key)}`;
    } else if (roll < 0.75) {
      key = g.pick(Object.keys(WORD_KEYS));
      text = `${key}=${value(key)}`;
    } else if (roll < 0.93) {
      const slot = g.pick(['s1', 's2', 's3', 's3', 's4']);
      const what = g.pick(['', '.name', ...SCENARIO_INPUTS.map((k) => `.${k}`)]);
      if (what === '') text = `${slot}=${g.pick(['note', 'matched', 'bear', 'bull', 'moon'])}`;
      else if (what === '.name') {
        text = `${slot}.name=${g.pick(['Mine', 'Why?', 'A%26B', 'Cheap%20chips', 'B%C3%A4r', '', 'x'.repeat(g.int(50, 70)), 'Q#1', 'ä+ü',
          '%3DHYPERLINK(%22http%3A%2F%2Fevil.example%2F%22)', '%2B1', '-1', '@SUM(1)', '%09x', '%E2%80%AEevil', 'a%E2%81%A6b'])}`;
      } else text = `${slot}${what}=${value(what.slice(1))}`;
    } else {
      text = g.pick(['zzz=1', 'gm', '=5', 'childId=evil', 'initialWidth=600', '&', '', 'note:see', 'x:y',
        'https://example.org/#gm=5', 'file:x#gm=5']);
    }
    // Odd characters, inside a value or between segments.
    if (g.chance(0.15)) {
      const at = g.int(0, text.length);
      text = text.slice(0, at) + g.pick(ODD) + text.slice(at);
    }
    return text;
  };
  const parts = Array.from({ length: g.int(1, 7) }, segment);
  if (g.chance(0.8)) parts.splice(g.int(0, parts.length), 0, 'n=1000');   // fast Monte Carlo
  if (g.chance(0.5)) parts.unshift('v=1');
  if (g.chance(0.1)) parts.push(parts[g.int(0, parts.length - 1)]);       // a repeated key
  const glue = () => (g.chance(0.05) ? '&&' : '&');
  let link = parts.reduce((text, part, i) => (i === 0 ? part : text + glue() + part), '');
  if (g.chance(0.05)) link = `#${link}`;
  if (g.chance(0.04)) link = `##${link}`;   // '#'s the core drops once, and only once
  return link.replace(/[\r\n]/g, '');
}

// The CLI's answers, in one process: one line of JSON per link.
function cliAnswers(links) {
  const out = execFileSync(CLI, ['--json', '--batch'], { input: `${links.join('\n')}\n`, maxBuffer: 1 << 30 });
  const lines = out.toString('utf8').trimEnd().split('\n');
  assert.equal(lines.length, links.length, 'one answer per link');
  return lines.map((line) => JSON.parse(line));
}

// Compared as text: the same keys in the same order with the same numbers (JSON's
// shortest round-trip form on both sides).
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const firstDifference = (a, b) => Object.keys({ ...a, ...b }).find((key) => !same(a[key], b[key]));

test(`the page and the CLI agree on ${COUNT} generated links (seed ${SEED}), through setLink and the address bar`, async () => {
  assert.ok(existsSync(CLI), `no CLI at ${CLI}: scripts/build`);
  const g = generator(SEED);
  // The cases found by hand, then the generated ones.
  const links = ['v=1&s1.name=Why?&gm=50', 'gm=50?aws=10', 'v=1&gm=50#aws=10', 'v=1', 'v=1&debug=abort',
    'v=1&s1=bear', 'goal=gm&target=8',
    // ... and those of the hostile-input review: tiny spans, colons, '#'s, formulas, bidi.
    'v=1&rev=0,0,1e-15&tab=range&n=1000', 'rev=1e-300,1e-300,1e-300&n=1000', 'note:see&rev=4,10,30',
    'x:y#gm=55', '##gm=55', '##', '#', 'v=1&s1=bear&s2.name=%3DHYPERLINK(%22http%3A%2F%2Fevil.example%2F%22%2C%22x%22)',
    'v=1&s1.name=%E2%80%AEabc', ...Array.from({ length: COUNT }, () => makeLink(g))];
  const page = await browser.openPage({ hash: 'v=1' });
  // In the page, in batches: each link through setLink, then through the address bar.
  const answers = [];
  for (let i = 0; i < links.length; i += 100) {
    answers.push(...await page.evaluate(async (batch) => {
      const out = [];
      for (const link of batch) {
        window.awsCalc.setLink(link);
        const bySetLink = { link: window.awsCalc.getLink(), results: window.awsCalc.results() };
        // The address bar: what the browser keeps of the fragment is what the page reads.
        const before = location.hash;
        const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
        location.hash = link.replace(/^#/, '');
        if (location.hash !== before) await changed;
        // The page hands location.hash to the core whole ('#' and all): so does the CLI.
        const read = location.hash;
        out.push({ bySetLink, read, byHash: { link: window.awsCalc.getLink(), results: window.awsCalc.results() } });
      }
      return out;
    }, links.slice(i, i + 100)));
  }
  const native = cliAnswers(links);
  const nativeRead = cliAnswers(answers.map((answer) => answer.read));
  const differences = [];
  links.forEach((link, i) => {
    const { bySetLink, byHash, read } = answers[i];
    for (const [door, got, expected, asked] of [['setLink', bySetLink, native[i], link], ['the address bar', byHash, nativeRead[i], read]]) {
      if (got.link !== expected.link || !same(got.results, expected)) {
        const key = firstDifference(got.results, expected);
        differences.push(`${door}, link ${JSON.stringify(asked)}: page ${got.link} vs CLI ${expected.link}; ` +
          `"${key}": ${JSON.stringify(got.results[key])?.slice(0, 200)} vs ${JSON.stringify(expected[key])?.slice(0, 200)}`);
      }
    }
  });
  assert.deepEqual(differences.slice(0, 10), [],
    `${differences.length} of ${links.length * 2} answers differ (AWSCALC_DIFF_SEED=${SEED} AWSCALC_DIFF_COUNT=${COUNT} reproduces)`);
  // The generator reached what it is for.
  const all = links.join('\n');
  for (const needle of ['?', '#', '%', '&&', 's1.name=', 'goal=', 'debug=', 'rev=', '1e-', ':', '##', '%3D', '%E2%80%AE']) {
    assert.ok(all.includes(needle), `no generated link holds ${needle}`);
  }
  console.log(`# ${links.length} links, ${links.length * 2} answers compared, ` +
    `${native.filter((r) => r.problems.length).length} with problems`);
});
