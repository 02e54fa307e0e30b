// check-budgets.mjs: the size budget of bench/budgets.json, checked without a browser.
//
//   node scripts/lib/check-budgets.mjs [DIST] [--budgets FILE] [--json]
//
// Exit status 0 within budget, 1 over it, 2 when the list of files cannot be derived.
// scripts/test runs it on dist/; scripts/bench imports firstVisitFiles() and sizes().
//
// What a first visit downloads, derived from dist/ itself (never a hand-kept list):
//   1. index.html;
//   2. what index.html references outside <noscript>: <link rel="stylesheet">,
//      <link rel="icon">, <link rel="manifest">, <script src>, <img src> (same-origin,
//      relative URLs);
//   3. the wasm each of those scripts loads: every NAME.wasm a loaded script names that
//      exists in dist/ (the Emscripten loader fetches it);
//   4. the service worker a loaded script registers (navigator.serviceWorker.register
//      ('sw.js')), and every file of its precache list (`const FILES = [["name", ...],
//      ...]` in sw.js): its install event downloads them all on the first visit.
// Of the service worker's precache, the files a reader needs only on a click (the
// downloads' script, the embed dialog and its style, the offline-file builder: those
// index.html's <html> element names in its data-*-module attributes, and the files they
// name in turn) are their own budget, onDemand; the rest, offlinePrecache.
// Every file counts once (a browser may download one twice, e.g. the page's wasm and
// then the service worker's copy of it, when the server sends no validators: scripts/
// bench shows those repeats from a real visit). The manifest counts although headless
// Chromium does not ask for it: a browser with an interface does.
// tests/browser/budgets.test.mjs keeps this honest: every request of a real first
// visit in Chromium must be in this list.
//
// Sizes: raw; gzip at level 9 (node's zlib, as `gzip -9n`); brotli at quality 11
// (node's zlib, as the `brotli` command's default). 1 kB = 1000 bytes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUDGETS_FILE = join(REPO, 'bench/budgets.json');

export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

// A relative, same-origin reference as a file name in dist/ (query and fragment
// dropped); null for data:, blob:, absolute and protocol-relative URLs.
function localFile(reference) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(reference)) return null;
  const path = reference.split(/[?#]/)[0].replace(/^\.?\//, '');
  return path ? decodeURIComponent(path) : null;
}

const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 'i').exec(tag)?.[2];

// The files of a first visit, in the order found:
// [{file, initiator: 'page' | 'service worker', reason}], each file once.
export function firstVisitFiles(dist) {
  const list = [];
  const seen = new Set();
  const add = (file, initiator, reason) => {
    if (!file || seen.has(file)) return;
    if (!existsSync(join(dist, file))) throw new Error(`${reason}: ${file} is not in ${dist}`);
    seen.add(file);
    list.push({ file, initiator, reason });
  };
  const read = (file) => readFileSync(join(dist, file), 'utf8');

  add('index.html', 'page', 'the page');
  const html = read('index.html')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '');
  const scripts = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img)\b[^>]*>/gi)) {
    const name = /^<(\w+)/.exec(tag)[1].toLowerCase();
    if (name === 'link') {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const kind = ['stylesheet', 'icon', 'manifest'].find((r) => rel.includes(r));
      if (kind) add(localFile(attribute(tag, 'href') ?? ''), 'page', `index.html <link rel="${kind}">`);
    } else {
      const file = localFile(attribute(tag, 'src') ?? '');
      if (file && name === 'script') scripts.push(file);
      add(file, 'page', `index.html <${name} src>`);
    }
  }

  let serviceWorker = null;
  for (const script of scripts) {
    const text = read(script);
    for (const [wasm] of text.matchAll(/[\w.-]+\.wasm\b/g)) {
      if (existsSync(join(dist, wasm))) add(wasm, 'page', `loaded by ${script}`);
    }
    const registered = /serviceWorker\s*\.\s*register\(\s*(["'`])([^"'`]+)\1/.exec(text);
    if (registered) {
      serviceWorker = localFile(registered[2]);
      add(serviceWorker, 'page', `registered by ${script}`);
    }
  }

  if (serviceWorker) {
    const text = read(serviceWorker);
    const array = /\bFILES\s*=\s*\[([\s\S]*?)\];/.exec(text);
    const rows = array ? [...array[1].matchAll(/\[\s*"([^"]+)"/g)].map((m) => m[1]) : [];
    if (!rows.length) {
      throw new Error(`${serviceWorker}: no precache list (const FILES = [["name", ...], ...];) ` +
                      'to read: update scripts/lib/check-budgets.mjs to the service worker\'s format');
    }
    for (const file of rows) add(localFile(file), 'service worker', `precached by ${serviceWorker}`);
  }
  return list;
}

// The files loaded on a click (see above): index.html's data-*-module attributes and
// every file of dist/ one of them names.
export function onDemandFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const files = [...root.matchAll(/\sdata-[\w-]+-module="([^"]+)"/g)].map((m) => localFile(m[1])).filter(Boolean);
  for (const file of [...files]) {
    const text = readFileSync(join(dist, file), 'utf8');
    for (const [name] of text.matchAll(/[\w-]+\.[0-9a-f]{8}\.(?:js|css|wasm)\b/g)) {
      if (!files.includes(name) && existsSync(join(dist, name))) files.push(name);
    }
  }
  return files;
}

// The first visit with sizes: {files: [{file, initiator, reason, raw, gzip, brotli}],
// page: totals of the page's own requests, total: everything}.
export function measureFirstVisit(dist) {
  const files = firstVisitFiles(dist).map((entry) => ({ ...entry, ...sizes(readFileSync(join(dist, entry.file))) }));
  const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
                                    { raw: 0, gzip: 0, brotli: 0 });
  const onDemand = new Set(onDemandFiles(dist));
  for (const file of files) if (onDemand.has(file.file)) file.onDemand = true;
  return {
    files,
    page: sum(files.filter((f) => f.initiator === 'page')),
    onDemand: sum(files.filter((f) => f.onDemand)),
    total: sum(files),
  };
}

// The languages a reader of each downloads beyond the page (web/page.js fetches them on
// demand, before the first frame): index.html's data-languages ({"font", "packs": {code:
// [name, file, sheet]}}, English without a file: scripts/lib/assemble.mjs), each pack and
// its first view's style sheet with the font subset of the languages' characters and the
// code that hands them over (<html data-languages-script>, web/languages.js): [{code, name,
// pack: sizes (the pack and its sheet), font: sizes, script: sizes, total: sizes}].
export function measureLanguages(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attribute = (name) => /<html\b[^>]*>/i.exec(html)?.[0].match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const attr = attribute('data-languages');
  if (!attr) return [];
  const { font, packs } = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
  const fontSizes = sizes(readFileSync(join(dist, font)));
  const scriptFile = attribute('data-languages-script');
  const script = scriptFile ? sizes(readFileSync(join(dist, scriptFile))) : { raw: 0, gzip: 0, brotli: 0 };
  const add = (...rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }));
  return Object.entries(packs).filter(([, [, file]]) => file).map(([code, [name, file, sheet]]) => {
    const pack = add(sizes(readFileSync(join(dist, file))), sizes(readFileSync(join(dist, sheet))));
    return { code, name, file, pack, font: fontSizes, script, total: add(pack, fontSizes, script) };
  });
}

export const readBudgets = (file = BUDGETS_FILE) => JSON.parse(readFileSync(file, 'utf8'));

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const budgetsFile = option('--budgets', BUDGETS_FILE);
  const asJson = args.includes('--json');
  const dist = args.filter((a) => !a.startsWith('--'))[0] ?? join(REPO, 'dist');

  let visit;
  try {
    visit = measureFirstVisit(dist);
  } catch (error) {
    console.error(`check-budgets: ${error.message}`);
    process.exit(2);
  }
  const budgets = readBudgets(budgetsFile);
  const budget = budgets.firstVisit;
  const extraBudget = budgets.offlinePrecache;
  const onDemandBudget = budgets.onDemand;
  const extra = visit.total.gzip - visit.page.gzip - visit.onDemand.gzip;
  const over = visit.page.gzip > budget.maxGzipBytes;
  const overExtra = extra > extraBudget.maxExtraGzipBytes;
  const overOnDemand = visit.onDemand.gzip > onDemandBudget.maxGzipBytes;
  const languages = measureLanguages(dist);
  const languageBudget = budgets.languagePack;
  const overLanguage = languages.filter((l) => l.total.gzip > languageBudget.maxGzipBytes);
  if (asJson) {
    console.log(JSON.stringify({ dist, budget, extraBudget, onDemandBudget, ...visit, languages, languageBudget,
                                 ok: !over && !overExtra && !overOnDemand && !overLanguage.length }, null, 2));
  } else {
    const row = (label, who, t) => console.log(`  ${(who ? label.padEnd(34) : label.padEnd(50))} ${who ? `${who.padEnd(15)} ` : ''}${String(t.raw).padStart(9)} ${String(t.gzip).padStart(9)} ${String(t.brotli).padStart(9)}`);
    console.log(`first visit of ${dist}/index.html, each file once`);
    row('file', 'requested by', { raw: 'raw', gzip: 'gzip', brotli: 'brotli' });
    for (const f of visit.files) row(f.file, f.onDemand ? 'on a click' : f.initiator, f);
    row('the page\'s own files', '', visit.page);
    row('precached for a click (onDemand)', '', visit.onDemand);
    row('total, with the service worker\'s precache', '', visit.total);
    for (const l of languages) {
      row(`a reader of ${l.name} (${l.code}) also: ${l.file} and its first view's style sheet, the languages' font and their script`, '', l.total);
    }
    console.log(`budgets (${budgetsFile.replace(`${REPO}/`, '')}): the page at most ${kB(budget.maxGzipBytes)} gzip: ` +
                `${kB(visit.page.gzip)} (${kB(visit.page.brotli)} brotli); the service worker's offline extras ` +
                `at most ${kB(extraBudget.maxExtraGzipBytes)}: ${kB(extra)}; the scripts loaded on a click at most ` +
                `${kB(onDemandBudget.maxGzipBytes)}: ${kB(visit.onDemand.gzip)}; each language at most ` +
                `${kB(languageBudget.maxGzipBytes)}: ${languages.map((l) => `${l.code} ${kB(l.total.gzip)}`).join(', ')}` +
                `${over || overExtra || overOnDemand || overLanguage.length ? '' : ': within budget'}`);
  }
  if (over) {
    console.error(`check-budgets: OVER BUDGET: the page downloads ${kB(visit.page.gzip)} gzip, ` +
                  `more than ${kB(budget.maxGzipBytes)}`);
  }
  if (overExtra) {
    console.error(`check-budgets: OVER BUDGET: the service worker's offline extras are ${kB(extra)} gzip, ` +
                  `more than ${kB(extraBudget.maxExtraGzipBytes)}`);
  }
  if (overOnDemand) {
    console.error(`check-budgets: OVER BUDGET: the scripts loaded on a click are ${kB(visit.onDemand.gzip)} gzip, ` +
                  `more than ${kB(onDemandBudget.maxGzipBytes)}`);
  }
  for (const l of overLanguage) {
    console.error(`check-budgets: OVER BUDGET: a reader of ${l.name} downloads ${kB(l.total.gzip)} gzip more, ` +
                  `more than ${kB(languageBudget.maxGzipBytes)}`);
  }
  if (over || overExtra || overOnDemand || overLanguage.length) process.exit(1);
}
