// since.test.mjs: "Since the note", the view of what has been reported since July 2025
// (data/reported.csv through the core's table): on the canvas, as the semantic layer
// gives it to screen readers (every fact's period and figure, its source as a real link
// where it has an address, the figures set beside the note's), in the text version, and
// in results() (asOf), all equal to what the command line prints for the same table; its
// charts in words; the reported markers beside the inputs (the source popup says the
// figure's source and date); the two presets built from the facts, round-tripping through
// links; the page's header saying as of when.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { PHONE, settle, useBrowser } from './harness.mjs';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'build/release/src/cli/aws-calc');
const FACTS = JSON.parse(execFileSync(CLI, ['--reported', '--json'], { encoding: 'utf8' }));
const browser = useBrowser();
const fact = (id) => FACTS.find((f) => f.id === id);
const layerElement = (name) => `#calc-semantics [data-name="${name}"]`;
const layerText = (page) => page.evaluate(() =>
  [...document.querySelectorAll('#calc-semantics p, #calc-semantics h2, #calc-semantics h3, #calc-semantics h4')]
    .map((el) => el.textContent).join('\n'));

test('the Since the note tab on a phone: every fact, its source as a link, the note beside it', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&tab=since' });
  await settle(page);
  const layer = await page.evaluate(() => {
    const root = document.getElementById('calc-semantics');
    return {
      text: [...root.querySelectorAll('p, h2, h3, h4')].map((el) => el.textContent).join('\n'),
      links: [...root.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
      // A phone's sections are one select; what it shows, a region named by the choice.
      chosen: root.querySelector('[data-name="select:tab"]')?.value,
      panel: root.querySelector('[data-name="panel:tab"]')?.getAttribute('aria-label'),
    };
  });
  assert.equal(layer.chosen, 'since');
  assert.equal(layer.panel, 'Since the note');
  assert.match(layer.text, /Note: July 2025\. Reported figures up to \d{4}-\d{2}-\d{2}\./);
  assert.match(layer.text, /the note assumed \$4B\./);
  assert.match(layer.text, /the note assumed 60%\./);
  assert.match(layer.text, /the article's figure was \$13\.8B\./);
  for (const fact of FACTS) {
    assert.ok(layer.text.includes(`${fact.period}: ${fact.text} (${fact.strength}, ${fact.reportedOn})`),
      `${fact.id}: not in the semantic layer`);
    if (fact.url) {
      assert.ok(layer.links.some((link) => link.href === fact.url && link.text === fact.source), `${fact.id}: no link to ${fact.url}`);
    } else {
      assert.ok(layer.text.includes(fact.source), `${fact.id}: its source is not named`);
    }
  }
  // A run-rate is never called a year's revenue: its group says what it is.
  assert.match(layer.text, /run-rate \(annualized, gross; not a year's revenue\)/);
});

test('the text version has every reported fact, with its source linked', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  const since = await page.evaluate(() => {
    const section = document.getElementById('text-version-since');
    return {
      title: section.querySelector('h3')?.textContent,
      items: [...section.querySelectorAll('li')].map((li) => ({
        text: li.textContent, href: li.querySelector('a')?.getAttribute('href') ?? '',
      })),
    };
  });
  assert.equal(since.title, 'Since the note');
  assert.equal(since.items.length, FACTS.length);
  FACTS.forEach((fact, i) => {
    assert.ok(since.items[i].text.startsWith(`${fact.period}: ${fact.text} (${fact.strength}, ${fact.reportedOn}). ${fact.source}`),
      `${fact.id}: ${since.items[i].text}`);
    assert.equal(since.items[i].href, fact.url, fact.id);
  });
});

test("results() says as of when: the note's month and the newest reported fact's date", async () => {
  const page = await browser.openPage({ hash: 'v=1&gm=55' });
  const asOf = await page.evaluate(() => window.awsCalc.results().asOf);
  const cli = JSON.parse(execFileSync(CLI, ['--json', 'v=1&gm=55'], { encoding: 'utf8' }));
  assert.deepEqual(asOf, cli.asOf);
  assert.equal(asOf.reported, FACTS.map((fact) => fact.reportedOn).sort().at(-1));
});

test("the view's charts in words, the same as the text version's, a run-rate never a year's revenue", async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&tab=since' });
  await settle(page);
  const seen = await page.evaluate(() => ({
    charts: Object.fromEntries(['chart-run-rate', 'chart-stake', 'chart-aws-sales'].map((name) => [name,
      document.querySelector(`#calc-semantics [data-name="${name}"]`)?.getAttribute('aria-label') ?? null])),
    roles: ['chart-run-rate', 'chart-stake', 'chart-aws-sales'].map((name) =>
      document.querySelector(`#calc-semantics [data-name="${name}"]`)?.getAttribute('role')),
    text: document.getElementById('text-version-since').textContent,
  }));
  assert.deepEqual(seen.roles, ['img', 'img', 'img']);
  for (const [name, words] of Object.entries(seen.charts)) {
    assert.ok(words, `${name}: not in the semantic layer`);
    assert.ok(seen.text.includes(words), `${name}: the text version says otherwise`);
  }
  const runRate = seen.charts['chart-run-rate'];
  assert.match(runRate, /^Chart of Anthropic's stated run-rate \(annualized revenue at a date, gross; not a year's revenue\)/);
  for (const f of FACTS.filter((f) => f.measure === 'anthropic_run_rate')) assert.ok(runRate.includes(f.text), f.id);
  assert.match(runRate, /the note's revenue for each calendar year: \$4B in 2025, \$10B in 2026, \$19B in 2027\./);
  assert.ok(seen.charts['chart-stake'].includes(`the article's $13.8B; then ${fact('stake-2025-12').text} on 2025-12-31`));
  for (const f of FACTS.filter((f) => f.measure === 'aws_net_sales')) assert.ok(seen.charts['chart-aws-sales'].includes(f.text), f.id);
});

test('the inputs show what was reported beside the note, with its source and date in the source popup', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1' });
  await settle(page);
  const text = await layerText(page);
  // The page's header says as of when.
  assert.match(text, /Note: July 2025\. Reported figures up to \d{4}-\d{2}-\d{2}\./);
  assert.ok(text.includes(`reported 2025: ${fact('revenue-2025').text}`), 'no reported revenue beside the note\'s');
  assert.ok(text.includes(`reported 2025: ${fact('margin-2025').text}`), 'no reported margin beside the note\'s');
  assert.ok(text.includes(`reported 2025: ${fact('aws-sales-2025').text}`), 'no reported AWS net sales beside the base');
  await page.focus(layerElement('source:gm'));
  await page.keyboard.press('Space');
  const margin = fact('margin-2025');
  await page.waitForFunction((wanted) => document.getElementById('calc-semantics').textContent.includes(wanted),
    `Reported since the note: Anthropic's gross margin, 2025, ${margin.text} (${margin.source}, ${margin.reportedOn}).`);
  // The text version says the same under the input.
  const source = await page.evaluate(() => document.getElementById('text-version-source-gm').textContent);
  assert.ok(source.includes(`${margin.text} (${margin.source}, ${margin.reportedOn})`), source);
});

test('the presets built from the reported facts: their sources named, shareable, reopened by their links', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1' });
  await settle(page);
  await page.focus(layerElement('preset:reported'));
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.awsCalc.getLink() !== 'v=1');
  const revenue = fact('revenue-2025');
  const margin = fact('margin-2025');
  assert.equal(await page.evaluate(() => window.awsCalc.getLink()), `v=1&rev=${revenue.value},10,19&gm=${margin.value},60,60`);
  const text = await layerText(page);
  assert.ok(text.includes(`2025 revenue ${revenue.text} (${revenue.source}, ${revenue.reportedOn})`), 'the preset does not name its source');
  assert.ok(text.includes("Not reported, so the note's: 2026 revenue $10B"), 'the preset does not say which figures stay the note\'s');
  const projected = ['projection-2025', 'projection-2026', 'projection-2027'].map((id) => fact(id).value);
  // The other door: the text version's "Start from".
  await page.click('#text-button');
  await page.selectOption('#text-version-preset', 'projections');
  await page.waitForFunction((wanted) => window.awsCalc.getLink() === wanted, `v=1&rev=${projected.join(',')}`);
  const shared = await page.evaluate(() => window.awsCalc.getLink());
  // The link reopens the preset, chosen.
  const again = await browser.openPage({ ...PHONE, hash: shared });
  await settle(again);
  assert.deepEqual((await again.evaluate(() => window.awsCalc.results())).anthropicRevenue, projected);
  assert.equal(await again.getAttribute(layerElement('preset:projections'), 'aria-checked'), 'true');
});
