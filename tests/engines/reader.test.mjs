// reader.test.mjs: what a reader meets, in Firefox and in WebKit (issue 22's cross-engine
// part): a decimal comma typed into a slider's field; Ctrl+Z and Ctrl+Shift+Z undo and
// redo; the browser's Back returns to the previous state within the page; on a narrow
// window the result sections are one native select whose panel is a region named by the
// choice, and on a wide one a tablist with a tabpanel named by its tab. See engines.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { forEachEngine, getLink, ready, serve, settle, waitFor } from './engines.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server.stop());

forEachEngine((engine) => {
  const open = async (hash, options = { width: 1200, height: 800, ratio: 1 }) => {
    const page = await engine.open(`${server.origin}/#${hash}`, options);
    await ready(page);
    await settle(page);
    return page;
  };

  // The slider's field by the keyboard alone: focus its element, Enter, type, Enter.
  const typeInto = async (page, name, text) => {
    await page.evaluate((name) => document.querySelector(`#calc-semantics [data-name="${name}"]`).focus(), name);
    await page.keyboard.press('Enter');
    await waitFor(page, () => document.activeElement?.inputMode === 'decimal', null, { what: `the field of ${name}` });
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };

  test('a decimal comma, undo and redo by keys, and Back within the page', async () => {
    const page = await open('v=1');
    await typeInto(page, 'slider:gm', '62,5');
    await waitFor(page, () => window.awsCalc.getLink() === 'v=1&gm=62.5', null, { what: '"62,5" to give 62.5' });
    await settle(page, { quietMs: 900 });   // settled: its own step, its own history entry
    await typeInto(page, 'slider:aws', '80');
    await waitFor(page, () => window.awsCalc.getLink() === 'v=1&gm=62.5&aws=80', null, { what: 'aws=80' });
    await settle(page, { quietMs: 900 });
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.chord(['Control'], 'z');
    await waitFor(page, () => window.awsCalc.getLink() === 'v=1&gm=62.5', null, { what: 'Ctrl+Z to undo aws=80' });
    await page.keyboard.chord(['Control', 'Shift'], 'z');
    await waitFor(page, () => window.awsCalc.getLink() === 'v=1&gm=62.5&aws=80', null, { what: 'Ctrl+Shift+Z to redo it' });
    await page.back();
    await waitFor(page, () => window.awsCalc.getLink() === 'v=1&gm=62.5', null, { what: 'Back to the state before' });
    assert.equal(await page.evaluate(() => location.hash), '#v=1&gm=62.5');
  });

  test('narrow: the sections are one select with a region; wide: a tablist with its tabpanel', async () => {
    const phone = await open('v=1', { width: 360, height: 640, ratio: 1 });
    const select = '#calc-semantics select[data-name="select:tab"]';
    assert.equal(await phone.evaluate((select) => document.querySelector(select)?.options.length, select), 9);
    await phone.evaluate((select) => {
      const el = document.querySelector(select);
      el.value = 'since';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, select);
    await waitFor(phone, () => window.awsCalc.getLink() === 'v=1&tab=since', null, { what: 'the select to choose "since"' });
    await settle(phone);
    const region = await phone.evaluate(() => {
      const panel = document.querySelector('#calc-semantics [data-name="panel:tab"]');
      return { role: panel.getAttribute('role'), label: panel.getAttribute('aria-label'), charts: panel.querySelectorAll('[role="img"]').length };
    });
    assert.deepEqual({ ...region, charts: region.charts >= 3 }, { role: 'region', label: 'Since the note', charts: true });

    const wide = await open('v=1&tab=range');
    const tabs = await wide.evaluate(() => {
      const selected = document.querySelector('#calc-semantics [role="tablist"] [role="tab"][aria-selected="true"]');
      const panel = document.querySelector('#calc-semantics [role="tabpanel"]');
      return { tab: selected.textContent, labelledBy: panel.getAttribute('aria-labelledby') === selected.id,
        controls: selected.getAttribute('aria-controls') === panel.id };
    });
    assert.deepEqual(tabs, { tab: 'Range of outcomes', labelledBy: true, controls: true });
    assert.equal(await getLink(wide), 'v=1&tab=range');
  });
});
