// phone_order.test.mjs: what a reader on a phone meets first (Chromium, touch, pixel
// ratio 3): the inputs that move the headline most on the first screen at 390 x 844 and
// one short scroll away at 360 x 640; Copy link from the result strip; the result
// sections as one native select whose panel is a named region; on a desktop, real
// tablist / tab / tabpanel roles; every aria-valuenow as the slider rounds it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, settle, stats, useBrowser } from './harness.mjs';

const browser = useBrowser();

// Document-y of the layout's items (CSS px).
const tops = (page) => page.evaluate(() => {
  const box = document.getElementById('calc-canvas').getBoundingClientRect();
  const out = {};
  for (const [name, r] of Object.entries(window.awsCalc.stats().layout)) out[name] = [box.top + scrollY + r[1], r[3]];
  return out;
});

test('the main inputs are on the first screen at 390 x 844, one short scroll away at 360 x 640', async () => {
  for (const [width, height, within] of [[390, 844, 844], [360, 640, 640 + 320]]) {
    const page = await browser.openPage({ ...PHONE, width, height, hash: 'v=1' });
    await settle(page);
    const at = await tops(page);
    for (const name of ['slider:main.rev', 'slider:main.gm', 'slider:main.aws']) {
      assert.ok(at[name], `${name} is drawn at ${width} px`);
      const [top, h] = at[name];
      assert.ok(top + h <= within, `${name} ends at ${top + h} px, beyond ${within} at ${width} x ${height}`);
    }
    assert.ok(at['slider:main.aws'][0] < at['button:reset'][0], 'the main inputs come before the presets');
    // Each says what it is, for a screen reader: the full name, the chosen year's revenue.
    const label = await page.getAttribute('#calc-semantics [data-name="slider:main.rev"]', 'aria-label');
    assert.equal(label, 'Anthropic revenue, 2027');
  }
});

test('a main input moves the headline; the full list shows the same value', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1' });
  await settle(page);
  await page.focus('#calc-semantics [data-name="slider:main.gm"]');
  await page.keyboard.press('ArrowLeft');
  await settle(page);
  const gm = await page.getAttribute('#calc-semantics [data-name="slider:gm"]', 'aria-valuenow');
  assert.equal(gm, '59.5');
  assert.match(await page.evaluate(() => window.awsCalc.getLink()), /gm=59\.5/);
});

test('the result strip offers Copy link and the way to the other actions', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&gm=50' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin });
  await settle(page);
  await page.evaluate(() => scrollTo(0, 1400));
  await page.waitForSelector('#calc-strip:not([hidden])');
  const copy = page.locator('#calc-strip [data-action="copy"]');
  const box = await copy.boundingBox();
  assert.ok(box.height >= 44, `the strip's Copy link is ${box.height} px tall`);
  await copy.tap();
  await page.waitForFunction(() => document.querySelector('#calc-strip [data-action="copy"]').textContent === 'Link copied');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#v=1&gm=50$/);
  // "More": the toolbar in view, its first action focused.
  await page.locator('#calc-strip [data-action="more"]').tap();
  await page.waitForFunction(() => document.activeElement?.closest('.calc-toolbar'));
  const toolbar = await page.evaluate(() => document.querySelector('.calc-toolbar').getBoundingClientRect().top);
  assert.ok(toolbar >= 0 && toolbar < 844, `the toolbar is in view (${toolbar})`);
});

test('on a phone the nine sections are one native select; its panel is a region named by the choice', async () => {
  const page = await browser.openPage({ ...PHONE, width: 360, height: 640, hash: 'v=1' });
  await settle(page);
  const select = '#calc-semantics select[data-name="select:tab"]';
  assert.equal(await page.getAttribute(select, 'aria-label'), 'Result sections');
  assert.equal(await page.locator(`${select} option`).count(), 9);
  assert.equal(await page.locator('#calc-semantics [role="tab"]').count(), 0);
  const rect = (await stats(page)).layout['select:tab'];
  assert.ok(rect[3] <= 60, `one row (${rect[3]} px)`);
  await page.selectOption(select, 'since');
  await page.waitForFunction(() => window.awsCalc.getLink().includes('tab=since'));
  await settle(page);
  const panel = page.locator('#calc-semantics [data-name="panel:tab"]');
  assert.equal(await panel.getAttribute('role'), 'region');
  assert.equal(await panel.getAttribute('aria-label'), 'Since the note');
  assert.ok(await panel.locator('[role="img"]').count() >= 3, "the section's charts are inside its panel");
  await page.waitForFunction(() => document.getElementById('summary').textContent.startsWith('Since the note: '));
  assert.equal(await page.inputValue(select), 'since');
});

test('on a desktop the sections are a tablist; each tab controls the one tabpanel it names', async () => {
  const page = await browser.openPage({ hash: 'v=1&tab=range' });
  await settle(page);
  const tabs = page.locator('#calc-semantics [role="tablist"] [role="tab"]');
  assert.equal(await tabs.count(), 9);
  const selected = page.locator('#calc-semantics [role="tab"][aria-selected="true"]');
  assert.equal(await selected.textContent(), 'Range of outcomes');
  const panel = page.locator('#calc-semantics [role="tabpanel"]');
  assert.equal(await panel.count(), 1);
  assert.equal(await panel.getAttribute('aria-labelledby'), await selected.getAttribute('id'));
  assert.equal(await selected.getAttribute('aria-controls'), await panel.getAttribute('id'));
  assert.ok(await panel.locator('[role="img"]').count() >= 1, 'the fan chart is in the panel');
  // The arrows move to the next tab: the panel follows, named by it.
  await selected.focus();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const next = page.locator('#calc-semantics [role="tab"][aria-selected="true"]');
  assert.equal(await next.textContent(), 'What matters most');
  assert.equal(await panel.getAttribute('aria-labelledby'), await next.getAttribute('id'));
});

test('every aria-valuenow is the value at the digits its slider shows', async () => {
  const page = await browser.openPage({ ...PHONE, hash: 'v=1&rev=4.1,10,19' });
  await settle(page);
  await page.$eval('#calc-semantics [data-name="view:growth"]', (el) => el.click());
  await settle(page);
  const values = await page.$$eval('#calc-semantics [role="slider"]', (els) => els.map((el) => [el.dataset.name, el.getAttribute('aria-valuenow'), el.getAttribute('aria-valuetext')]));
  assert.ok(values.some(([name]) => name === 'slider:growth.2026'));
  for (const [name, now] of values) {
    assert.match(now, /^-?\d+(\.\d{1,2})?$/, `${name}: aria-valuenow ${now}`);
  }
  assert.equal(values.find(([name]) => name === 'slider:growth.2026')[1], '143.9');
});
