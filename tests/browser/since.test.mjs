// since.test.mjs: "Since the note", the view of what has been reported since July 2025
// (data/reported.csv through the core's table): on the canvas, as the semantic layer
// gives it to screen readers (every fact's period and figure, its source as a real link
// where it has an address, the figures set beside the note's), in the text version, and
// in results() (asOf), all equal to what the command line prints for the same table.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { PHONE, settle, useBrowser } from './harness.mjs';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'build/release/src/cli/aws-calc');
const FACTS = JSON.parse(execFileSync(CLI, ['--reported', '--json'], { encoding: 'utf8' }));
const browser = useBrowser();

test('the Since the note tab on a phone: every fact, its source as a link, the note beside it', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&tab=since' });
  await settle(page);
  const layer = await page.evaluate(() => {
    const root = document.getElementById('calc-semantics');
    return {
      text: [...root.querySelectorAll('p, h2, h3, h4')].map((el) => el.textContent).join('\n'),
      links: [...root.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
      tab: root.querySelector('[data-name="tab:since"]')?.getAttribute('aria-selected'),
    };
  });
  assert.equal(layer.tab, 'true');
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
