// languages.test.mjs: the page in the reader's language, in Firefox and in WebKit (every
// browser on an iPhone): a link's lang= loads the pack and the languages' font before
// the first frame, the canvas's semantic layer, the toolbar and the text version speak
// it with the same figures (a link's problems too), and the switcher changes it and writes
// it into the link.
// Chromium's cases: tests/browser/languages.test.mjs. See engines.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { forEachEngine, getLink, ready, results, serve, settle, waitFor } from './engines.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server.stop());

const seen = (page) => page.evaluate(() => ({
  lang: document.getElementById('calc').lang,
  copy: document.querySelector('.calc-toolbar [data-action="copy"]').textContent,
  layer: document.getElementById('calc-semantics').textContent,
  table: document.querySelector('#results tbody tr[data-key="awsFromAnthropic"]')?.textContent ?? '',
}));

forEachEngine((engine) => {
  test('a link in German: the pack before the first frame, German words, the same figures; the switcher', async () => {
    const asked = server.requests.length;
    const page = await engine.open(`${server.origin}/#v=1&lang=de`, { width: 390, height: 844, ratio: 2 });
    await ready(page);
    await settle(page);
    const files = server.requests.slice(asked).map((r) => r.url.replace(/\.[0-9a-f]{8}\./, '.'));
    assert.ok(files.includes('/lang-de.json') && files.includes('/inter-languages.otf') && files.includes('/languages.js'),
              files.join(' '));
    assert.ok(!files.includes('/lang-es.json'));
    const german = await seen(page);
    assert.equal(german.lang, 'de');
    assert.equal(german.copy, 'Link kopieren');
    assert.match(german.layer, /Bruttomarge von Anthropic/);
    assert.match(german.layer, /5,70\u00a0Mrd\.\u00a0\$/);
    assert.match(german.table, /AWS-Umsatz mit Anthropic/);
    const figures = async (p) => { const r = await results(p); delete r.link; return r; };
    const inGerman = await figures(page);
    // A link's problems in German too (the core says them; this engine shows them).
    assert.deepEqual(await page.evaluate(() => window.awsCalc.setLink('v=1&gm=150&lang=de').problems),
                     ['gm=150: Bruttomarge von Anthropic darf nicht über 100\u00a0% liegen (150 angegeben), daher wird 100\u00a0% verwendet.']);
    await page.evaluate(() => window.awsCalc.setLink('v=1&lang=de'));

    await page.evaluate(() => {
      const select = document.getElementById('calc-language');
      select.value = 'es';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(page, () => document.getElementById('calc').lang === 'es', null, { what: 'Spanish' });
    await settle(page);
    const spanish = await seen(page);
    assert.equal(spanish.copy, 'Copiar enlace');
    assert.match(spanish.layer, /Margen bruto de Anthropic/);
    assert.equal(await getLink(page), 'v=1&lang=es');

    // Last, as it comes to the front (a window behind it draws no frames in Firefox).
    const english = await engine.open(`${server.origin}/#v=1`);
    await ready(english);
    assert.deepEqual(inGerman, await figures(english));
  });
});
