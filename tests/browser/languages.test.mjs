// languages.test.mjs: the page in the reader's language (README, "Languages"), in
// Chromium: English readers download no language pack; a link's lang=, an embed's
// ?lang= (data-aws-calc-lang) or the standalone page's browser language load the pack
// and the languages' font before the first frame; the canvas's semantic layer, the text
// version, the toolbar and the result strip speak it, with the CLI's words and numbers;
// the switcher writes the reader's choice into the link; a pack that cannot load leaves
// the calculator in English and says so.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { PHONE, settle, useBrowser } from './harness.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO, 'build/release/src/cli/aws-calc');
const browser = useBrowser();

// What a reader of another language downloads: its pack, the languages' font and the code
// that hands them over (web/languages.js).
const packRequests = (page) => page.requests.filter((url) => /\/(lang-[a-z]+\.[0-9a-f]{8}\.json|inter-languages\.[0-9a-f]{8}\.otf|languages\.[0-9a-f]{8}\.js)$/.test(url))
  .map((url) => url.replace(/^.*\//, '').replace(/\.[0-9a-f]{8}\./, '.'));
const semanticText = (page) => page.evaluate(() => document.getElementById('calc-semantics').textContent);
const textVersionRows = (page) => page.evaluate(() => [...document.querySelectorAll('#results tbody tr')]
  .map((row) => [row.querySelector('th').textContent, ...[...row.querySelectorAll('td')].map((td) => td.textContent)]));
const words = (page) => page.evaluate(() => ({
  lang: document.getElementById('calc').lang,
  copy: document.querySelector('.calc-toolbar [data-action="copy"]').textContent,
  title: document.getElementById('text-version-title').textContent,
  select: document.getElementById('calc-language')?.value ?? null,
  link: window.awsCalc.getLink(),
}));

// The CLI's table in a language: {row label: [cells]} (its rows' labels without the unit).
function cliTable(link, lang) {
  const table = execFileSync(CLI, ['--lang', lang, link], { encoding: 'utf8' });
  const rows = {};
  for (const line of table.split('\n')) {
    const match = /^(\S.*?) \([^)]*\)\s{2,}(.*)$/.exec(line);
    if (match) rows[match[1]] = match[2].trim().split(/\s{2,}/);
  }
  return rows;
}

test('an English reader downloads no language pack (nor the code that loads one) and sees the switcher with each language named in itself', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await settle(page);
  assert.deepEqual(packRequests(page), []);
  const seen = await words(page);
  assert.deepEqual(seen, { lang: 'en', copy: 'Copy link', title: 'Text version of the calculator', select: 'en', link: 'v=1' });
  const options = await page.evaluate(() => [...document.querySelectorAll('#calc-language option')].map((o) => [o.value, o.textContent]));
  assert.deepEqual(options, [['en', 'English'], ['de', 'Deutsch'], ['es', 'Español']]);
});

test('a link with lang=de draws its first frame in German, with the CLI\'s words and numbers', async () => {
  const page = await browser.openPage({ hash: 'v=1&lang=de' });
  // The pack and the font came before the first frame: nothing English was drawn.
  assert.deepEqual(packRequests(page).sort(), ['inter-languages.otf', 'lang-de.json', 'languages.js']);
  assert.equal(await page.evaluate(() => window.awsCalc.stats().framesRendered >= 1), true);
  await settle(page);
  const layer = await semanticText(page);
  assert.match(layer, /Wie viel könnte AWS mit Anthropic verdienen\?/);
  assert.match(layer, /Bruttomarge von Anthropic/);
  assert.match(layer, /5,70\u00a0Mrd\.\u00a0\$/);
  assert.doesNotMatch(layer, /Assumptions|Gross margin|\$5\.70B/);
  assert.deepEqual(await words(page), { lang: 'de', copy: 'Link kopieren', title: 'Textfassung des Rechners', select: 'de', link: 'v=1&lang=de' });
  // The document's title and language too.
  assert.deepEqual(await page.evaluate(() => [document.title, document.documentElement.lang]),
                   ['Wie viel könnte AWS mit Anthropic verdienen? Ein Rechner', 'de']);
  // The text version's results, row by row, are the CLI's German table.
  const cli = cliTable('v=1&lang=de', 'de');
  const rows = await textVersionRows(page);
  assert.ok(rows.length >= 10);
  for (const [label, ...cells] of rows) {
    assert.ok(cli[label], `the CLI has no row "${label}"`);
    // The table writes each row's unit once, in its label, and a terminal's minus sign.
    const bare = cells.map((c) => c.replace(/\u00a0Mrd\.\u00a0\$|\u00a0%|\u00a0Pp\./g, '').replace('\u2212', '-'));
    assert.deepEqual(bare, cli[label], label);
  }
  // Numbers do not depend on the language.
  const english = await browser.openPage({ hash: 'v=1' });
  const values = (p) => p.evaluate(() => { const r = window.awsCalc.results(); delete r.link; return r; });
  assert.deepEqual(await values(page), await values(english));
});

test('the switcher changes the language, writes it into the link, and back to English leaves the link as the article\'s', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&gm=55' });
  await page.selectOption('#calc-language', 'es');
  await page.waitForFunction(() => document.getElementById('calc').lang === 'es');
  await settle(page);
  assert.deepEqual(await words(page), { lang: 'es', copy: 'Copiar enlace', title: 'Versión de texto de la calculadora', select: 'es', link: 'v=1&gm=55&lang=es' });
  assert.match(await semanticText(page), /Margen bruto de Anthropic/);
  await page.waitForFunction(() => location.hash === '#v=1&gm=55&lang=es');
  // The strip's words follow too.
  assert.equal(await page.evaluate(() => document.querySelector('.calc-strip [data-action="copy"]').textContent), 'Copiar enlace');
  // A typed value in Spanish: the decimal comma.
  await page.evaluate(() => { location.hash = ''; });
  const typed = await page.evaluate(() => {
    const input = document.getElementById('text-version-gm-0');
    input.value = '62,5';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return window.awsCalc.results().grossMarginPct[0];
  });
  assert.equal(typed, 62.5);
  const before = packRequests(page).length;
  await page.selectOption('#calc-language', 'en');
  await page.waitForFunction(() => document.getElementById('calc').lang === 'en');
  assert.equal((await words(page)).copy, 'Copy link');
  assert.deepEqual(await page.evaluate(() => [document.title, document.documentElement.lang]),
                   ['How much could AWS earn from Anthropic? A calculator', 'en']);
  assert.doesNotMatch((await words(page)).link, /lang=/);
  await page.selectOption('#calc-language', 'es');   // back: the pack is not fetched again
  await page.waitForFunction(() => document.getElementById('calc').lang === 'es');
  assert.equal(packRequests(page).length, before);
});

test('the downloads of a page in German are the CLI\'s German files for the same link, byte for byte', async () => {
  const page = await browser.openPage({ hash: 'v=1&rev=5,12,24&lang=de' });
  await settle(page);
  await page.click('[data-action="exports"]');
  const download = async (action) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
    return readFileSync(await file.path());
  };
  const link = await page.evaluate(() => window.awsCalc.shareUrl());
  const date = await page.evaluate(() => window.awsCalcExports.today());
  const cli = (args) => execFileSync(CLI, [...args, link], { env: { ...process.env, AWSCALC_DATE: date } });
  const zip = await download('csv');
  assert.ok(zip.equals(cli(['--zip'])), 'the data download is not the command line\'s German one');
  const svg = await download('svg');
  assert.ok(svg.equals(cli(['--svg'])), 'the chart is not the command line\'s German one');
  // German words and numbers, none of the English ones.
  const text = svg.toString('utf8');
  assert.match(text, /Mrd\.\u00a0\$/);
  assert.doesNotMatch(text, /Downloaded on|AWS revenue from Anthropic/);
});

test('a link\'s problems are said in the language it opens in: the link\'s, or an embed\'s when it names none', async () => {
  // The CLI's words for a link (it reads the link's lang= first, as the page does).
  const cliProblems = (link) => {
    try {
      execFileSync(CLI, [link], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return [];
    } catch (error) {
      return error.stderr.trim().split('\n').map((line) => line.replace(/^aws-calc: link problem: /, ''));
    }
  };
  const shown = (page) => page.evaluate(() => [...document.querySelectorAll('#text-version-problems li')].map((li) => li.textContent));
  const page = await browser.openPage({ hash: 'v=1&gm=150&zz=1&lang=de' });
  await settle(page);
  const german = cliProblems('v=1&gm=150&zz=1&lang=de');
  assert.match(german[0], /^gm=150: Bruttomarge von Anthropic darf nicht über 100/);
  assert.deepEqual(await shown(page), german);
  // The box's own words too, though the link was read before the page's words came.
  assert.deepEqual(await page.evaluate(() => [document.querySelector('#text-version-problems p').textContent,
                                              document.querySelector('#text-version-problems button').textContent]),
                   ['Ein Teil dieses Links war nicht verwendbar; alles andere wurde übernommen:', 'Schließen']);
  // setLink answers in the language the link opens in (its pack here).
  assert.deepEqual(await page.evaluate(() => window.awsCalc.setLink('v=1&aws=150&lang=de').problems),
                   cliProblems('v=1&aws=150&lang=de'));
  // An embed in German: a link that names no language opens in it, problems too.
  const embed = await browser.openPage({ path: '/embed.html?lang=de', hash: 'v=1&zz=1' });
  await settle(embed);
  assert.deepEqual(await embed.evaluate(() => window.awsCalc.setLink('v=1&zz=1').problems),
                   ['zz=1: \u201ezz\u201c ist keine Einstellung, die dieser Rechner kennt, und wird daher ignoriert.']);
});

test('an embed speaks the newsroom\'s language (embed.html?lang=de) without a switcher; a reader\'s link wins', async () => {
  const page = await browser.openPage({ path: '/embed.html?lang=de', hash: 'v=1' });
  await settle(page);
  const seen = await words(page);
  assert.equal(seen.lang, 'de');
  assert.equal(seen.select, null);
  assert.equal(seen.link, 'v=1&lang=de');   // a shared link opens in the language the reader saw
  assert.match(await semanticText(page), /Bruttomarge von Anthropic/);
  const shared = await browser.openPage({ path: '/embed.html?lang=de', hash: 'v=1&lang=es' });
  assert.equal((await words(shared)).lang, 'es');
});

test('the standalone page follows the browser\'s language among those it has', async () => {
  const page = await browser.openPage({ hash: 'v=1', locale: 'de-AT' });
  await settle(page);
  assert.equal((await words(page)).lang, 'de');
  assert.equal(await page.evaluate(() => location.hash), '#v=1');   // the address as opened
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), 'v=1&lang=de');
  const french = await browser.openPage({ hash: 'v=1', locale: 'fr-FR' });
  assert.equal((await words(french)).lang, 'en');
  assert.deepEqual(packRequests(french), []);
});

test('a pack that cannot load leaves the calculator in English and says why', async () => {
  const page = await browser.openPage({
    hash: 'v=1&lang=es',
    before: (p) => p.route(/lang-es\.[0-9a-f]{8}\.json$/, (route) => route.abort()),
  });
  await settle(page);
  const seen = await words(page);
  assert.equal(seen.lang, 'en');
  assert.equal(seen.copy, 'Copy link');
  const problem = await page.evaluate(() => { const p = document.getElementById('calc-language-problem'); return p.hidden ? null : p.textContent; });
  assert.equal(problem, 'Español could not be loaded (check your connection), so the calculator stays in English.');
  assert.match(await semanticText(page), /Gross margin|Anthropic gross margin/);
  // The failed request logged by the browser is not the page's error.
  page.errors = page.errors.filter((e) => !/Failed to load resource/.test(e));
});

test('without the code that loads languages (offline before it was cached), the link and the switcher say why', async () => {
  const page = await browser.openPage({
    hash: 'v=1&lang=de',
    before: (p) => p.route(/\/languages\.[0-9a-f]{8}\.js$/, (route) => route.abort()),
  });
  await settle(page);
  const problem = () => page.evaluate(() => { const p = document.getElementById('calc-language-problem'); return p.hidden ? null : p.textContent; });
  assert.equal((await words(page)).lang, 'en');
  assert.equal(await problem(), 'Deutsch could not be loaded (check your connection), so the calculator stays in English.');
  await page.evaluate(() => window.awsCalc.setLink('v=1'));
  await page.waitForFunction(() => document.getElementById('calc-language-problem').hidden);
  await page.selectOption('#calc-language', 'es');
  await page.waitForFunction(() => !document.getElementById('calc-language-problem').hidden);
  assert.equal(await problem(), 'Español could not be loaded (check your connection), so the calculator stays in English.');
  assert.deepEqual(await words(page), { lang: 'en', copy: 'Copy link', title: 'Text version of the calculator', select: 'en', link: 'v=1' });
  page.errors = page.errors.filter((e) => !/Failed to load resource/.test(e));
});

test('the Embed dialog sets the article\'s language: the code carries it and the preview speaks it', async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55&lang=es' });
  await page.click('[data-action="embed"]');
  await page.waitForSelector('#embed-code');
  // The page's language is the dialog's first choice; the link it embeds has no lang=.
  assert.equal(await page.inputValue('select[name="embed-lang"]'), 'es');
  // The dialog speaks the page's language, its numbers written as the language writes them.
  const legend = () => page.evaluate(() => document.querySelector('.embed-options legend').textContent);
  assert.equal(await legend(), 'Cómo la inserta su página');
  assert.equal(await page.textContent('#embed-copy'), 'Copiar el código');
  await page.check('input[name="embed-route"][value="amp"]');
  assert.match(await page.textContent('#embed-note'), /^Para páginas AMP, .* empieza con [1-9]\d{3} px de alto/);   // CLDR: Spanish groups from five digits
  await page.check('input[name="embed-route"][value="script"]');
  await page.selectOption('select[name="embed-lang"]', 'de');
  const code = () => page.inputValue('#embed-code');
  await page.waitForFunction(() => /data-aws-calc-lang="de"/.test(document.getElementById('embed-code').value));
  assert.match(await code(), /<div data-aws-calc="v=1&amp;gm=55" [^>]*data-aws-calc-lang="de"><\/div>/);
  await page.check('input[name="embed-route"][value="iframe"]');
  assert.match(await code(), /<iframe src="[^"]*embed\.html\?lang=de#v=1&amp;gm=55"/);
  const preview = page.frameLocator('.embed-preview iframe');
  await preview.locator('html.canvas-ready').waitFor({ timeout: 30000 });
  assert.equal(await preview.locator('#calc').getAttribute('lang'), 'de');
  await page.selectOption('select[name="embed-lang"]', 'en');
  assert.doesNotMatch(await code(), /lang=/);
  // The reader changes the page's language: the dialog's words follow.
  await page.selectOption('#calc-language', 'de');
  await page.waitForFunction(() => document.querySelector('.embed-options legend').textContent === 'Wie Ihre Seite ihn einbettet');
  assert.equal(await page.textContent('#embed-copy'), 'Code kopieren');
});
