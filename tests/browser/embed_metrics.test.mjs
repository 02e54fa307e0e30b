// embed_metrics.test.mjs: the embed's measurements are declared once
// (src/tools/site_assets.cpp, kEmbedMetrics) and every place that needs them gets them
// from the build: the page's style (the widest column, the embed's toolbar by pointer),
// embed.js (the toolbar it reserves, the heights it accepts), embed_child.js and the plain
// iframe's code (the heights). No file of web/ spells them again.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, PHONE, useBrowser } from './harness.mjs';

const REPO = join(import.meta.dirname, '../..');
const METRICS = JSON.parse(readFileSync(join(REPO, 'build/release/site/embed-metrics.json'), 'utf8'));
const browser = useBrowser();

test("the page's style takes the widest column and the embed's toolbar from the build", async () => {
  const page = await browser.openPage({ width: 1600, hash: 'v=1' });
  const maxWidth = await page.evaluate(() => getComputedStyle(document.querySelector('main.calc')).maxWidth);
  assert.equal(maxWidth, `${METRICS.maxWidthPx}px`);
  for (const [pointer, options] of [['fine', {}], ['coarse', PHONE]]) {
    const embed = await browser.openPage({ ...options, path: '/embed.html', hash: 'v=1' });
    const height = await embed.evaluate(() => document.querySelector('.calc-toolbar').getBoundingClientRect().height);
    assert.equal(height, METRICS.toolbarPx[pointer], `${pointer} pointer: the embed's toolbar`);
  }
});

test("embed.js, embed_child.js and the plain iframe's code carry the build's figures", async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  // The embed dialog's script as the page loads it on a click (dist's, as assembled).
  const codes = await page.evaluate(() => new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: document.documentElement.dataset.embedModule });
    script.onload = () => {
      const dialog = window.awsCalcEmbedDialog;
      resolve({ iframe: dialog.embedCode({ route: 'iframe' },
                                         { base: 'https://news.example/calc/', title: 't', height: dialog.columnHeight(740) }) });
    };
    script.onerror = reject;
    document.head.append(script);
  }));
  assert.match(codes.iframe, new RegExp(`Math\\.min\\(${METRICS.maxHeightPx},Math\\.max\\(${METRICS.minHeightPx},`));
  // A number as terser may write it: 10000 or 1e4.
  const number = (value) => new RegExp(`(?<![\\w.])(?:${value}|${value.toExponential().replace('+', '').replace('.0', '')})(?![\\w.])`);
  const embedJs = readFileSync(join(DIST, 'embed.js'), 'utf8');
  for (const value of [METRICS.maxHeightPx, METRICS.minHeightPx, METRICS.toolbarPx.fine, METRICS.toolbarPx.coarse]) {
    assert.match(embedJs, number(value), `dist/embed.js has no ${value}`);
  }
  const frameJs = readdirSync(DIST).find((name) => /^embed_child\.[0-9a-f]{8}\.js$/.test(name));
  assert.match(readFileSync(join(DIST, frameJs), 'utf8'), number(METRICS.maxHeightPx), `${frameJs}: the tallest height`);
});

test('no file of web/ declares the measurements again', () => {
  // What a second declaration looks like: a column's width or the toolbar's height in a
  // rule, a height clamp or the toolbar's table in a script.
  const again = {
    css: [/max-width:\s*\d+px\s*;?\s*margin:\s*0 auto/, /\.calc-toolbar\s*\{[^}]*\bheight:\s*\d/],
    js: [/Math\.(?:min|max)\(\s*(?:\d{3,}|\d+e\d+)\s*,\s*Math\.(?:min|max)/, /MAX_HEIGHT\s*=\s*\d/,
         /fine:\s*\d+\s*,\s*coarse:\s*\d+/, /Math\.min\(1e4|Math\.max\(150/],
  };
  for (const name of readdirSync(join(REPO, 'web'))) {
    const kind = /\.css$/.test(name) ? 'css' : /\.m?js$/.test(name) ? 'js' : null;
    if (!kind) continue;
    const text = readFileSync(join(REPO, 'web', name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');   // comments may name them
    for (const pattern of again[kind]) assert.doesNotMatch(text, pattern, `web/${name} declares a measurement again`);
  }
});
