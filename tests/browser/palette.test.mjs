// palette.test.mjs: the page's colours are the core's palette, declared once
// (core/chart.h: MakeChartTheme, MakeSurfaceColours, PageColourCss): the CSS variables the
// page computes, light and dark, equal the colours of the chart files the CLI writes from
// the same palette (background, title text, muted text, bars, the note's markers).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './harness.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO, 'build/release/src/cli/aws-calc');
const browser = useBrowser();

// `aws-calc --svg` (light or dark) and the colours of its background, its title and its
// subtitle.
function chartFile(dark) {
  const svg = execFileSync(CLI, ['--svg', ...(dark ? ['--dark'] : []), 'v=1'],
                           { encoding: 'utf8', env: { ...process.env, AWSCALC_DATE: '2026-12-06' } });
  const fill = (pattern) => pattern.exec(svg)?.[1];
  return {
    svg,
    bg: fill(/<rect width="[\d.]+" height="[\d.]+" fill="(#[0-9a-f]{6})"\/>/),
    text: fill(/<text [^>]*fill="(#[0-9a-f]{6})" font-weight="600">/),
    muted: fill(/<text x="20" y="[\d.]+" font-size="14" fill="(#[0-9a-f]{6})">/),
  };
}

test("the page's colour variables are the core's palette, light and dark", async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.openPage({ colorScheme: scheme, hash: 'v=1' });
    const css = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return Object.fromEntries(['bg', 'bg-opaque', 'text', 'muted', 'accent', 'reported', 'panel', 'border',
        'warning-bg', 'warning-text'].map((name) => [name, style.getPropertyValue(`--${name}`).trim()]));
    });
    for (const [name, value] of Object.entries(css)) assert.match(value, /^#[0-9a-f]{6}$/, `--${name}: ${value}`);
    const file = chartFile(scheme === 'dark');
    assert.equal(css.bg, file.bg, `${scheme}: --bg`);
    assert.equal(css['bg-opaque'], file.bg, `${scheme}: --bg-opaque`);
    assert.equal(css.text, file.text, `${scheme}: --text`);
    assert.equal(css.muted, file.muted, `${scheme}: --muted`);
    const { svg } = file;
    // The bars are the accent and the note's markers the reported colour.
    assert.ok(svg.includes(`fill="${css.accent}"`), `${scheme}: no shape of the file has --accent ${css.accent}`);
    assert.ok(svg.includes(`fill="${css.reported}"`) || svg.includes(`stroke="${css.reported}"`),
              `${scheme}: no shape of the file has --reported ${css.reported}`);
    // And the page really paints with them.
    const painted = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = painted.match(/\d+/g).map(Number);
    assert.equal(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`, css.bg, `${scheme}: the page's background`);
  }
});
