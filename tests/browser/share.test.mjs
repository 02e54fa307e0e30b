// share.test.mjs: the share link, the text version, exports and fallbacks
// , as a reader meets them in Chromium.
import { test } from 'node:test';
import { crc32 as zlibCrc32 } from 'node:zlib';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PHONE, useBrowser, settle, shootCanvas, chartRect, shareChanged, shareUnlike, pageBackground, decodePng, luminance,
} from './harness.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO, 'build/release/src/cli/aws-calc');
const browser = useBrowser();

const results = (page) => page.evaluate(() => window.awsCalc.results());
const link = (page) => page.evaluate(() => window.awsCalc.getLink());

// The CLI's problems for a link (stderr lines without the prefix).
function cliProblems(fragment) {
  try {
    execFileSync(CLI, ['--json', fragment], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (error) {
    return JSON.parse(error.stdout).problems;
  }
}

test('setLink gives the canonical link; a fresh page on it gives the same results to the last digit', async () => {
  const page = await browser.openPage();
  const { problems } = await page.evaluate(() => window.awsCalc.setLink('#aws=80&gm=60&rev=5,12,24&g=17.5'));
  assert.deepEqual(problems, []);
  const canonical = await link(page);
  assert.equal(canonical, 'v=1&rev=5,12,24&aws=80');
  assert.equal(await page.evaluate(() => location.hash), `#${canonical}`);
  const first = await results(page);

  const fresh = await browser.openPage({ hash: canonical });
  const second = await results(fresh);
  assert.deepEqual(second, first);   // JSON numbers are the shortest round-trip text: bits
  assert.equal(first.awsFromAnthropic[2].toFixed(2), '7.68');   // 24 x (1 - 60%) x 80%
});

test('editing the fragment (hashchange) applies it, and the URL keeps what the reader typed', async () => {
  const page = await browser.openPage();
  await page.evaluate(() => { location.hash = 'v=1&gm=50'; });
  await page.waitForFunction(() => window.awsCalc.results().grossMarginPct[0] === 50);
  await page.evaluate(() => { location.hash = 'v=1&gm=oops'; });
  await page.waitForFunction(() => window.awsCalc.results().problems.length === 1);
  assert.equal(await page.evaluate(() => location.hash), '#v=1&gm=oops');
  assert.equal((await results(page)).grossMarginPct[0], 60);
});

test('a bad link shows its problems in the page and the text version, keeps the rest, and matches the CLI', async () => {
  const bad = 'v=1&gm=abc&aws=150&rev=4,10,19&rev=1&colour=red';
  const page = await browser.openPage({ hash: bad });
  const r = await results(page);
  assert.equal(r.problems.length, 4);
  assert.deepEqual(r.awsSharePct, [100, 100, 100]);   // clamped, and said so
  assert.deepEqual(r.grossMarginPct, [60, 60, 60]);   // kept
  const shown = await page.locator('#text-version-problems li').allTextContents();
  assert.deepEqual(shown, r.problems);
  assert.equal(await page.getAttribute('#text-version-problems', 'hidden'), null);
  if (existsSync(CLI)) assert.deepEqual(cliProblems(bad), r.problems);
  // Dismissible.
  await page.click('#text-button');
  await page.click('#text-version-problems button');
  assert.equal(await page.locator('#text-version-problems').isHidden(), true);
});

test('the text version changes the results and the canvas, and its summary follows', async () => {
  const page = await browser.openPage();
  await settle(page);
  const rect = await chartRect(page);
  const before = await shootCanvas(page, rect);
  await page.click('#text-button');
  await page.fill('#text-version-rev-2', '30');
  await page.press('#text-version-rev-2', 'Enter');
  await page.waitForFunction(() => window.awsCalc.results().anthropicRevenue[2] === 30);
  assert.equal(await link(page), 'v=1&rev=4,10,30');
  await settle(page);
  const after = await shootCanvas(page, rect);
  assert.ok(shareChanged(before, after) > 0.005, 'the chart did not change');
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('$9.00B'));
  // The table's cells carry their result keys.
  assert.equal(await page.textContent('#results tr[data-key="awsFromAnthropic"] td[data-year="2027"]'), '$9.00B');
});

test('axe finds no WCAG 2 A/AA violations on index.html and embed.html', async () => {
  const axe = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const path of ['/', '/embed.html']) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.openPage({ path, colorScheme, width: 800 });
      await page.evaluate(axe);
      const { violations } = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [],
                       `${path} (${colorScheme})`);
    }
  }
});

test('without WebGL2 the text version is the calculator and works', async () => {
  const page = await browser.openPage({
    before: (p) => p.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    }),
  });
  assert.equal(await page.locator('#calc-canvas').isVisible(), false);
  assert.equal(await page.locator('#text-version-form').isVisible(), true);
  await page.fill('#text-version-gm-0', '50');
  await page.press('#text-version-gm-0', 'Enter');
  await page.waitForFunction(() => window.awsCalc.results().grossMarginPct[0] === 50);
  assert.equal((await results(page)).awsFromAnthropic[0], 1.5);
});

test('without WebAssembly the note\'s figures, the formula and an explanation show', async () => {
  const page = await browser.openPage({ before: (p) => p.addInitScript(() => { delete window.WebAssembly; }) });
  const text = await page.locator('#calc-static').innerText();
  assert.match(text, /\$1\.28B/);
  assert.match(text, /× \(1 − its gross\s+margin\)/);
  assert.match(text, /needs JavaScript and WebAssembly/);
  assert.equal(await page.locator('#calc-canvas').isVisible(), false);
});

// A CSV file through Python's csv module (a standard parser): rows of fields.
const parseCsv = (text) => JSON.parse(execFileSync('python3',
  ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin))))'], { input: text }).toString());
// A ZIP through Python's zipfile module: its names in order and each file's text, its
// CRCs checked.
const unzip = (bytes) => JSON.parse(execFileSync('python3', ['-c', [
  'import io, json, sys, zipfile',
  'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
  'assert z.testzip() is None',
  'print(json.dumps({"names": z.namelist(), "files": {n: z.read(n).decode("utf-8") for n in z.namelist()}}))',
].join('\n')], { input: bytes }).toString());
const download = async (page, action) => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
};

test('the data download is tidy CSV files with their metadata in one ZIP, the CLI\'s bytes', async () => {
  const state = 'v=1&rev=5,12,24&tab=compare&s1=bull&s1.name=Bull, "hopeful"';
  const page = await browser.openPage({ hash: state });
  await settle(page);
  await page.click('[data-action="exports"]');
  const file = await download(page, 'csv');
  assert.equal(file.name, 'aws-anthropic-data.zip');
  const data = unzip(file.bytes);
  assert.deepEqual(data.names, ['projection.csv', 'single-values.csv', 'percentiles.csv', 'scenarios.csv', 'reported.csv',
                                'metadata.json']);
  // What the files are, where they come from, the data's dates and the download's.
  const meta = JSON.parse(data.files['metadata.json']);
  assert.equal(meta.title, 'How much could AWS earn from Anthropic?');
  assert.match(meta.source, /^Morgan Stanley note via Business Insider \(July 2025\), https:\/\/www\.businessinsider\.com\//);
  assert.equal(meta.link, await page.evaluate(() => window.awsCalc.shareUrl()));
  assert.equal(meta.noteDate, 'July 2025');
  assert.equal(meta.reportedUpTo, (await results(page)).asOf.reported);
  assert.match(meta.downloadedOn, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(meta.units.$B, 'billions of US dollars');
  assert.equal(meta.licence.name, 'CC BY 4.0');
  assert.ok(meta.cite.includes(meta.link) && meta.cite.includes(meta.downloadedOn), meta.cite);
  // Each CSV one table: its first row the column names, read by name; every number at
  // most the two decimals people see; the note's 2026 figure as the note put it.
  const projection = parseCsv(data.files['projection.csv']);
  const head = projection[0];
  assert.equal(head[0], 'Year');
  const byName = projection.slice(1).map((row) => Object.fromEntries(head.map((name, i) => [name, row[i]])));
  assert.deepEqual(byName.map((row) => row.Year), ['2025', '2026', '2027']);
  for (const row of projection.slice(1)) {
    for (const cell of row) if (/^-?\d/.test(cell)) assert.match(cell, /^-?\d+(\.\d{1,2})?$/, cell);
  }
  assert.equal(byName[1]['AWS revenue reported by the note ($B)'], '3');
  assert.equal(byName[1]["The note's figure as written"], 'almost $3B');
  assert.doesNotMatch(data.files['projection.csv'], /3\.00B|0000000/);
  // Not within the years projected, in words; the range and the kept scenarios.
  assert.ok(parseCsv(data.files['single-values.csv']).some((row) => row[1] === 'not by 2027'));
  assert.deepEqual(parseCsv(data.files['percentiles.csv'])[0], ['Year', 'Result', 'P5', 'P10', 'Median', 'P90', 'P95', 'Mean']);
  assert.ok(parseCsv(data.files['scenarios.csv']).some((row) => row[0] === 'Bull, "hopeful"' && row[1] === '2027'));
  // The command line's bytes for the same link, address and day, rounded and exact; the
  // exact values are the results' own.
  const cli = (args) => execFileSync(CLI, [...args, meta.link], { env: { ...process.env, AWSCALC_DATE: meta.downloadedOn } });
  assert.ok(file.bytes.equals(cli(['--zip'])), 'the data download is not the command line\'s');
  const exact = await download(page, 'csv-exact');
  assert.equal(exact.name, 'aws-anthropic-data-exact.zip');
  assert.ok(exact.bytes.equals(cli(['--zip', '--exact'])), 'the exact data download is not the command line\'s');
  const exactRows = parseCsv(unzip(exact.bytes).files['projection.csv']);
  assert.deepEqual(exactRows.slice(1).map((row) => Number(row[head.indexOf('AWS revenue from Anthropic ($B)')])),
                   (await results(page)).awsFromAnthropic);
});

// An SVG's escaped text as it reads.
const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
// A PNG's international text chunks (iTXt, uncompressed): {keyword: text}; each chunk's
// CRC checked.
function pngText(bytes) {
  const out = {};
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      assert.equal(bytes.readUInt32BE(at + 8 + length), zlibCrc32(bytes.subarray(at + 4, at + 8 + length)), 'a bad iTXt CRC');
      const data = bytes.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      out[data.toString('latin1', 0, nul)] = data.subarray(nul + 5).toString('utf8');
    }
    at += 12 + length;
  }
  return out;
}

// The chart of a tab: what the export is called, and the layout key of what the canvas draws.
const CHART_OF_TAB = { figures: ['bars', 'chart'], range: ['fan', 'fan'], drivers: ['tornado', 'tornado'], compare: ['compare', 'scenarios'] };

test('the chart downloads: the current tab\'s chart at twice its size as PNG, and as SVG, framed to republish', async () => {
  for (const [tab, [chart, layoutKey]] of Object.entries(CHART_OF_TAB)) {
    const page = await browser.openPage({ hash: `v=1&rev=5,12,24&tab=${tab}&s1=bull` });
    await settle(page);
    assert.ok((await page.evaluate(() => window.awsCalc.stats())).layout[layoutKey],
              `${tab}: the canvas draws no ${layoutKey}`);
    await page.click('[data-action="exports"]');
    const svgFile = await download(page, 'svg');
    assert.equal(svgFile.name, `aws-anthropic-${chart}.svg`);
    const svg = svgFile.bytes.toString('utf8');
    const width = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)[1]);
    const height = Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)[1]);
    // The data's dates (the note's, the newest reported fact's), then the download's.
    const words = svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    // The credit names what the chart shows: the note where its figures are drawn, the
    // calculator's own assumptions for ranges, sensitivities and scenarios.
    assert.match(words, chart === 'bars' || chart === 'fan' ? /Morgan Stanley note via Business Insider/ : /not Morgan Stanley's/);
    assert.match(words, /Note: July 2025\. Reported figures up to \d{4}-\d{2}-\d{2}\. Downloaded on \d{4}-\d{2}-\d{2}\./);
    assert.ok(svg.includes(await page.evaluate(() => window.awsCalc.shareUrl()).then((url) => url.replaceAll('&', '&amp;'))), `${tab}: no link in the SVG`);
    assert.doesNotMatch(svg, /\$3\.00B/);

    // Its terms: the licence and how to cite it (the link, the day), in the SVG's metadata
    // and as the PNG's text.
    const terms = unescape(/<metadata>([^<]*)<\/metadata>/.exec(svg)?.[1] ?? '');
    assert.match(terms, /^Licence: CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\. Cite as: How much could AWS earn from Anthropic\?, /);
    assert.ok(terms.includes(await page.evaluate(() => window.awsCalc.shareUrl())), terms);

    const pngFile = await download(page, 'png');
    assert.equal(pngFile.name, `aws-anthropic-${chart}.png`);
    assert.equal(pngText(pngFile.bytes).Copyright, terms);
    assert.equal(pngText(pngFile.bytes).Title, unescape(/<title>([^<]*)<\/title>/.exec(svg)[1]));
    const image = decodePng(pngFile.bytes);
    assert.equal(image.width, Math.round(width * 2), `${tab}: PNG ${image.width} px wide for a ${width} px chart`);
    assert.equal(image.height, Math.round(height * 2));
    // Not blank in its title area (the top 12%), nor below it.
    const top = { ...image, height: Math.round(image.height * 0.12), data: image.data.subarray(0, Math.round(image.height * 0.12) * image.width * 4) };
    const background = [image.data[0], image.data[1], image.data[2]];
    assert.ok(shareUnlike(top, background) > 0.01, `${tab}: the PNG's title area is blank`);
    assert.ok(shareUnlike(image, background) > 0.03, `${tab}: the PNG is blank`);
  }
});

// Pictures for social posts: each of the core's sizes at its pixels, light or dark as the
// panel's box says, with words in its title area; the file named by chart, size and theme.
test('the pictures for social posts: 1200 x 675 and 1080 x 1080, light and dark', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&gm=55&tab=range' });
  await settle(page);
  await page.click('[data-action="exports"]');
  assert.equal(await page.isChecked('#export-dark'), false, 'the box starts at the page\'s theme');
  for (const [size, dark, width, height] of [['social', false, 1200, 675], ['square', true, 1080, 1080]]) {
    await page.setChecked('#export-dark', dark);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="picture"][data-size="${size}"]`)]);
    assert.equal(file.suggestedFilename(), `aws-anthropic-fan-${width}x${height}${dark ? '-dark' : ''}.png`);
    const image = decodePng(readFileSync(await file.path()));
    assert.deepEqual([image.width, image.height], [width, height]);
    const background = [image.data[0], image.data[1], image.data[2]];
    assert.equal(luminance(background) < 0.2, dark, `${size}: background ${background}`);
    const top = { ...image, height: Math.round(height * 0.1), data: image.data.subarray(0, Math.round(height * 0.1) * width * 4) };
    assert.ok(shareUnlike(top, background) > 0.01, `${size}: the title area is blank`);
    // The foot (its credit and link) is drawn too, inside the picture.
    const foot = image.data.subarray(Math.round(height * 0.85) * width * 4);
    assert.ok(shareUnlike({ ...image, height: height - Math.round(height * 0.85), data: foot }, background) > 0.005, `${size}: no foot`);
  }
  // The editor's credit, typed in the panel: first in the file's source lines, cleaned by
  // the core; never in the link.
  await page.fill('#export-graphic', '  Jane   Doe, The Paper ');
  const svg = (await download(page, 'svg')).bytes.toString('utf8');
  assert.match(svg, />Graphic: Jane Doe, The Paper<\/text>/);
  assert.ok(svg.indexOf('Graphic: Jane Doe') < svg.indexOf('Sources: '), 'the credit comes first');
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=55&tab=range');
  assert.doesNotMatch(await page.evaluate(() => location.href + window.awsCalc.shareUrl()), /Jane|Graphic/);
});

test('Copy link puts the share URL on the clipboard, or shows it to copy when refused', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('.calc-toolbar [data-action="copy"]');
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.endsWith('#v=1&gm=55')));

  const refused = await browser.openPage({
    hash: 'v=1&gm=55',
    before: (p) => p.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    }),
  });
  await refused.click('.calc-toolbar [data-action="copy"]');
  const fallback = refused.locator('#copy-fallback-input');
  await fallback.waitFor({ state: 'visible' });
  assert.match(await fallback.inputValue(), /#v=1&gm=55$/);
});

test('Share hands the share URL to the Web Share API where the browser has it, and is gone where not', async () => {
  const page = await browser.openPage({
    hash: 'v=1&gm=55',
    before: (p) => p.addInitScript(() => {
      window.shared = [];
      navigator.share = (data) => { window.shared.push(data); return Promise.resolve(); };
    }),
  });
  const share = page.locator('[data-action="share"]');
  assert.equal(await share.isVisible(), true, 'no Share button though navigator.share exists');
  await page.evaluate(() => window.awsCalc.setLink('v=1&gm=52'));
  await share.click();
  await page.waitForFunction(() => window.shared.length === 1);
  const [data] = await page.evaluate(() => window.shared);
  assert.equal(data.url, `${browser.origin}/#v=1&gm=52`);
  assert.match(data.title, /AWS/);

  // Headless Chromium on Linux has no navigator.share: no button that would do nothing.
  const without = await browser.openPage({ hash: 'v=1' });
  assert.equal(await without.evaluate(() => 'share' in navigator), false);
  assert.equal(await without.locator('[data-action="share"]').count(), 0);
});

// Undo and Back: each settled change (a burst of changes less than 700 ms apart: a drag)
// is one history entry of the page: Ctrl+Z and the browser's Back return to the state
// before it, Ctrl+Shift+Z and Forward redo it; undo never leaves the page.
test('Ctrl+Z, Ctrl+Shift+Z, Back and Forward step through settled changes, a burst as one', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await settle(page);
  const current = () => page.evaluate(() => window.awsCalc.getLink());
  const change = (link) => page.evaluate((l) => window.awsCalc.setLink(l), link);
  await change('v=1&gm=55');
  await page.waitForTimeout(900);   // settled
  // A burst: three changes 50 ms apart, one step.
  for (const gm of [54, 53, 52]) {
    await change(`v=1&gm=${gm}`);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(900);
  assert.equal(await current(), 'v=1&gm=52');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=55');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1');
  await page.keyboard.press('Control+z');   // nothing before the page: it stays
  await page.waitForTimeout(400);
  assert.equal(await current(), 'v=1');
  assert.match(page.url(), /#v=1$/);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=55');
  await page.goForward();
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=52');
  await page.goBack();
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=55');
  assert.equal(new URL(page.url()).hash, '#v=1&gm=55');
});

test('an embed adds nothing to the article\'s history', async () => {
  const page = await browser.openPage({ path: '/embed.html', hash: 'v=1' });
  await settle(page);
  const before = await page.evaluate(() => history.length);
  await page.evaluate(() => window.awsCalc.setLink('v=1&gm=55'));
  await page.waitForTimeout(900);
  await page.evaluate(() => window.awsCalc.setLink('v=1&gm=50'));
  await page.waitForTimeout(900);
  assert.equal(await page.evaluate(() => history.length), before);
});

// Print: the chart as the core writes it for files (title, the assumptions in words, the
// chart, the source with the as-of line, the link), the results table and the day; no
// controls; at most two pages (Chromium's PDF).
test('printing gives the chart, the assumptions in words, the table, the link and the date on at most two pages', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55' });
  await settle(page);
  // The chart's file comes from the downloads' module: a print before it has loaded says
  // so and loads it (printing cannot wait for a download); the next print has the chart.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.match(await page.textContent('#calc-print'), /^The chart was not ready to print: print again in a moment/);
  await page.waitForFunction(() => window.awsCalcExports !== undefined && window.awsCalcExports.printChart('v=1', '') !== '',
    null, { timeout: 30000 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const seen = await page.evaluate(() => ({
    // The words as read: the chart's lines of text (separate <text> elements) one after
    // another, with a space between them.
    text: (() => {
      const box = document.getElementById('calc-print').cloneNode(true);
      box.querySelectorAll('text').forEach((line) => line.append(' '));
      return box.textContent.replace(/\s+/g, ' ');
    })(),
    shown: [...document.getElementById('calc').children].filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.id),
    rows: document.querySelectorAll('#calc-print tbody tr').length,
    first: [...document.querySelectorAll('#calc-print tbody tr:first-child td')].map((td) => td.textContent),
    results: document.querySelectorAll('#results tbody tr').length,
  }));
  assert.deepEqual(seen.shown, ['calc-print']);
  assert.match(seen.text, /AWS revenue from Anthropic, \$B per year/);
  assert.match(seen.text, /Anthropic gross margin 55%/);
  assert.match(seen.text, /Note: July 2025\. Reported figures up to \d{4}-\d{2}-\d{2}\./);
  assert.ok(seen.text.includes(`${browser.origin}/#v=1&gm=55`), seen.text);
  assert.match(seen.text, /Printed on \d{4}-\d{2}-\d{2}\./);
  // The results table, a result a row (AWS's revenue from Anthropic first), a year a column.
  assert.equal(seen.rows, seen.results);
  assert.ok(seen.rows >= 12, `${seen.rows} rows`);
  assert.deepEqual(seen.first, ['$1.35B', '$3.38B', '$6.41B']);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
});
