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

  test("the article's link in German: German figures and title before the module, where the canvas draws them", async () => {
    // The page's wasm comes 2 s late, so the pack and its first view's style sheet come
    // first (this driver's navigation waits for the page's load, which the wasm's preload
    // holds: the first view is looked at once the canvas has replaced it).
    const held = await serve({ hold: { pattern: /^\/app\.[0-9a-f]{8}\.wasm$/, ms: 2000 } });
    try {
      const page = await engine.open(`${held.origin}/#v=1&lang=de`, { width: 390, height: 844, ratio: 2 });
      await ready(page);
      await settle(page);
      const view = await page.evaluate(() => {
        const root = document.documentElement;
        const canvas = document.getElementById('calc-canvas').getBoundingClientRect();
        root.classList.remove('canvas-ready');   // the first view again, as it was laid out
        const figure = document.querySelector('#calc-figures .sf-h b').getBoundingClientRect();
        const seen = {
          figuresLang: root.dataset.figuresLang,   // set only when swapped in before the first frame
          visible: getComputedStyle(document.getElementById('calc-figures')).visibility,
          text: document.getElementById('calc-figures').textContent.replace(/\u00a0/g, ' '),
          title: document.querySelector('.calc > h1').textContent,
          figureLeft: figure.left - canvas.left,
          figureMiddle: figure.top + figure.height / 2 - canvas.top,
        };
        root.classList.add('canvas-ready');
        return seen;
      });
      assert.equal(view.figuresLang, 'de', 'the German figures were not shown before the first frame');
      assert.equal(view.visible, 'visible');
      for (const text of ['5,70 Mrd. $', 'Analyse: 5,6 Mrd. $', 'Die Analyse', '8 Mrd. $']) assert.ok(view.text.includes(text), view.text);
      assert.ok(!view.text.includes('$5.70B'), view.text);
      assert.equal(view.title, 'Wie viel könnte AWS mit Anthropic verdienen?');
      // Where the canvas drew the headline (stats().layout: x, y, width, height).
      const [hx, hy, , hh] = (await page.evaluate(() => window.awsCalc.stats())).layout.headline;
      assert.ok(Math.abs(view.figureLeft - hx) <= 2, `the figure's left edge: ${view.figureLeft} against ${hx}`);
      assert.ok(Math.abs(view.figureMiddle - (hy + hh / 2)) <= 4, `the figure's middle: ${view.figureMiddle} against ${hy + hh / 2}`);
    } finally {
      await held.stop();
    }
  });
});
