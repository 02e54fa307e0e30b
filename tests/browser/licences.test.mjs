// licences.test.mjs: the licences a newsroom's lawyers sign off (issue 25). The code's
// licence (LICENSE, MIT) and the README naming it and the data's (CC BY 4.0);
// dist/THIRD-PARTY-NOTICES.txt made from the packages' licence files for exactly what the
// build ships (its list, build/wasm/third-party-inputs.json, held against the build's
// own artefacts: the embedded font, Dear ImGui's library, Emscripten's loaders); the
// single offline file carrying the same notices; the page's "Licences and credits" by
// keyboard, precached for offline use, absent from an embed; every export's terms.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { noticeSections, readInputs } from '../../scripts/lib/notices.mjs';
import { DIST, useBrowser } from './harness.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WASM_BUILD = join(REPO, 'build/wasm');
const browser = useBrowser();
const read = (...path) => readFileSync(join(...path), 'utf8');

test('the code is under the MIT licence, and the README names it and the data\'s licence', () => {
  const licence = read(REPO, 'LICENSE');
  assert.match(licence, /^MIT License\n\nCopyright \(c\) \d{4}/);
  assert.match(licence, /Permission is hereby granted, free of charge/);
  const readme = read(REPO, 'README.md');
  assert.match(readme, /## Licences/);
  assert.match(readme, /MIT licence \(`LICENSE`/);
  assert.match(readme, /CC BY 4\.0/);
  assert.equal(read(DIST, 'LICENSE.txt'), licence);
});

test('the notices name everything the build ships, with the licence texts of the packages it came from', () => {
  const inputs = readInputs(WASM_BUILD);
  const notices = read(DIST, 'THIRD-PARTY-NOTICES.txt');
  // A section for each input of the build's list, and no other.
  assert.deepEqual(noticeSections(notices), inputs.map((input) => `${input.name} ${input.version}`));
  // The list holds what the build's artefacts contain: the font it embedded, the Dear
  // ImGui it compiled in, the Emscripten runtime of its modules.
  const names = inputs.map((input) => input.name);
  const fonts = readdirSync(join(WASM_BUILD, 'generated')).filter((name) => /\.(otf|ttf)$/.test(name));
  assert.ok(fonts.length > 0, 'no embedded font found');
  for (const font of fonts) assert.ok(names.includes(font.split('-')[0]), `${font} is shipped without a notice`);
  assert.ok(existsSync(join(WASM_BUILD, 'libimgui.a')) && names.includes('Dear ImGui'), 'Dear ImGui is shipped without a notice');
  for (const loader of readdirSync(DIST).filter((name) => /^(app|core)\.[0-9a-f]{8}\.js$/.test(name))) {
    assert.match(read(DIST, loader), /Module|createAwsCalc/, loader);
    assert.ok(names.includes('Emscripten'), `${loader}: Emscripten's runtime is shipped without a notice`);
  }
  // The licence texts themselves, from the packages' files.
  for (const [name, phrases] of [
    ['Inter', ['The goals of the Open Font License (OFL)', 'The Inter Project Authors']],
    ['Dear ImGui', ['Permission is hereby granted, free of charge', 'Omar Cornut']],
    ['Emscripten', ['The Emscripten Authors', 'system/lib/libc/musl/*', 'University of Illinois/NCSA',
                    'Apache License', 'As an exception,']],
  ]) {
    const start = notices.indexOf(`== ${name} `);
    const section = notices.slice(start, notices.indexOf('\n== ', start + 1) >>> 0);
    for (const phrase of phrases) assert.ok(section.includes(phrase), `${name}: no "${phrase}"`);
  }
  // The offline file carries the same notices and the code's licence.
  const single = read(DIST, 'aws-anthropic-calculator.html');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  assert.ok(single.includes(escape(notices)), 'the offline file lacks the notices');
  assert.ok(single.includes(escape(read(DIST, 'LICENSE.txt'))), 'the offline file lacks the code\'s licence');
});

test('"Licences and credits": by keyboard from the page, offline after a visit, not in an embed', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  // The last stop of the page's keyboard order reaches it.
  const link = page.getByRole('link', { name: 'Licences and credits' });
  await link.focus();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Licences and credits');
  assert.ok(await link.isVisible());
  await Promise.all([page.waitForURL(/licences\.html$/), page.keyboard.press('Enter')]);
  assert.equal(await page.getByRole('heading', { level: 2 }).first().textContent(), 'Licences and credits');
  for (const phrase of ['MIT licence', 'CC BY 4.0', 'facts are cited, not licensed', 'Inter', 'Dear ImGui', 'Emscripten']) {
    assert.ok((await page.textContent('main')).includes(phrase), phrase);
  }
  const notices = await page.evaluate(() => fetch('THIRD-PARTY-NOTICES.txt').then((r) => r.text()));
  assert.equal(notices, read(DIST, 'THIRD-PARTY-NOTICES.txt'));
  // Precached by the service worker with the page's other files.
  const sw = read(DIST, 'sw.js');
  for (const file of ['licences.html', 'THIRD-PARTY-NOTICES.txt', 'LICENSE.txt']) assert.ok(sw.includes(`"${file}"`), `${file} is not precached`);
  // An embed leaves it to its article.
  const embed = await browser.openPage({ path: '/embed.html', hash: 'v=1' });
  assert.equal(await embed.locator('.calc-legal').isVisible(), false);
});
