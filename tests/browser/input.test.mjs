// input.test.mjs: the platform layer's input in Chromium: touch (a tap acts
// once, a sideways drag moves a slider, a vertical swipe scrolls the article), the
// browser's clipboard both ways, and the backing store following a resize and a change
// of device pixel ratio (browser zoom, another screen). See harness.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canvasBox, nextFrames, settle, stats, useBrowser } from './harness.mjs';

const browser = useBrowser();

const getLink = (page) => page.evaluate(() => window.awsCalc.getLink());
const gm = async (page) => new URLSearchParams(await getLink(page)).get('gm');

// The centre of a named rectangle of stats().layout, in viewport coordinates; `at` is
// where across it (0 = left edge, 1 = right edge).
async function point(page, name, at = 0.5) {
  const { layout } = await stats(page);
  assert.ok(layout[name], `no ${name} in stats().layout: ${Object.keys(layout).join(', ')}`);
  const [x, y, width, height] = layout[name];
  const box = await canvasBox(page);
  return { x: box.x + x + width * at, y: box.y + y + height / 2 };
}

// A tap as a phone's touch screen makes it (touchstart, touchend, the tap gesture),
// then the mouse events a browser emulates after a tap. The page cancels touchend, so
// Chromium sends none; other browsers may, and headless Chromium never does, so they
// are sent here by hand: the platform must not count them as a second click.
async function tap(page, { x, y }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.synthesizeTapGesture', { x, y, gestureSourceType: 'touch' });
  await cdp.detach();
  await page.mouse.click(x, y);
}

// One finger through the DevTools protocol (trusted touch events, as a phone sends
// them): down at `from`, `steps` moves to `to`, up.
async function swipe(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, p) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y, id: 1 }],
  });
  await touch('touchStart', from);
  for (let i = 1; i <= steps; ++i) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  await touch('touchEnd');
  await cdp.detach();
}

test('a tap on "Different each year" toggles it once, emulated mouse events after it or not', async () => {
  const page = await browser.openPage({ width: 360, height: 740, hasTouch: true, hash: 'v=1' });
  await settle(page);
  const box = await point(page, 'years:gm', 0.5);   // its label: a tap there toggles it too
  await page.evaluate((y) => scrollTo(0, y - 300), box.y + (await page.evaluate(() => scrollY)));
  await settle(page);
  const target = await point(page, 'years:gm', 0.5);
  await tap(page, target);
  await settle(page);
  const { layout } = await stats(page);
  assert.ok(layout['slider:gm.2025'] && layout['slider:gm.2027'],
            `one tap should show a gross-margin slider per year: ${Object.keys(layout).join(', ')}`);
  assert.equal(layout['slider:gm'], undefined);
  // The emulated click, taken as a second one, would have landed on a slider that the
  // first one brought under the finger.
  assert.equal(await getLink(page), 'v=1', 'a tap changed a value');
  // A second tap puts it back: taps are counted one each.
  const again = await point(page, 'years:gm', 0.5);
  await tap(page, again);
  await settle(page);
  assert.ok((await stats(page)).layout['slider:gm'], 'a second tap did not put the single slider back');
});

test('a sideways touch drag moves a slider; a vertical swipe scrolls the article, not the slider', async () => {
  const page = await browser.openPage({ width: 360, height: 740, hasTouch: true, hash: 'v=1' });
  await settle(page);
  const slider = await point(page, 'slider:gm', 0.5);
  await page.evaluate((y) => scrollTo(0, y - 300), slider.y + (await page.evaluate(() => scrollY)));
  await settle(page);

  const from = await point(page, 'slider:gm', 0.62);   // the grab sits near 60% of its travel
  await swipe(page, from, { x: from.x - 80, y: from.y });
  await settle(page);
  const dragged = await gm(page);
  assert.ok(dragged !== null && Number(dragged) < 60, `a drag to the left should lower gm: link ${await getLink(page)}`);

  const before = await page.evaluate(() => scrollY);
  const start = await point(page, 'slider:gm', 0.5);
  await swipe(page, start, { x: start.x, y: start.y - 250 });
  await page.waitForFunction((before) => scrollY > before + 50, before, { timeout: 5000 })
    .catch(async () => assert.fail(`a vertical swipe did not scroll the page (scrollY ${await page.evaluate(() => scrollY)})`));
  await settle(page);
  assert.equal(await gm(page), dragged, 'the vertical swipe moved the slider');
});

test('the clipboard: a slider\'s typed value is copied out, and pasted text goes in', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin });
  await settle(page);
  // A click on the slider's value: a text field over it, holding the value, selected.
  const { controls } = await stats(page);
  const gmSlider = controls.find((c) => c.name === 'slider:gm');
  const box = await page.locator('#calc-canvas').boundingBox();
  const [x, y, w, h] = gmSlider.valueRect;
  await page.mouse.click(box.x + x + w / 2, box.y + y + h / 2);
  await page.waitForSelector('#calc-semantics input[inputmode="decimal"]');
  assert.equal(await gm(page), null, 'opening the field changed the value');

  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => /^60(\.0*)?$/.test((await navigator.clipboard.readText()).trim()), null,
                             { timeout: 5000 })
    .catch(async () => assert.fail(`the clipboard holds "${await page.evaluate(() => navigator.clipboard.readText())}", not 60`));

  await page.evaluate(() => navigator.clipboard.writeText('47.5'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await gm(page), '47.5', `pasting 47.5 gave the link ${await getLink(page)}`);
});

test('the backing store follows a resize and a change of device pixel ratio', async () => {
  const page = await browser.openPage({ width: 1200, height: 800, hash: 'v=1' });
  await settle(page);
  const size = () => page.evaluate(() => {
    const canvas = document.getElementById('calc-canvas');
    return { ratio: devicePixelRatio, width: canvas.width, height: canvas.height,
             cssWidth: canvas.getBoundingClientRect().width, cssHeight: canvas.getBoundingClientRect().height };
  });
  const fits = (s) => Math.abs(s.width - Math.round(s.cssWidth * s.ratio)) <= 1 &&
                      Math.abs(s.height - Math.round(s.cssHeight * s.ratio)) <= 1;
  assert.ok(fits(await size()), JSON.stringify(await size()));

  await page.setViewportSize({ width: 500, height: 800 });
  await page.waitForFunction(() => document.getElementById('calc-canvas').width <= 500, null, { timeout: 5000 });
  await settle(page);
  const narrow = await size();
  assert.ok(fits(narrow), `after a resize to 500 px: ${JSON.stringify(narrow)}`);

  // Zoom or another screen: the ratio changes, the CSS size stays. (DevTools' emulation
  // changes devicePixelRatio without the media-query change event a real zoom raises,
  // so a mouse move asks for the frame; the frame must then read the new ratio.)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 500, height: 800, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => devicePixelRatio === 2);
  const box = await canvasBox(page);
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.waitForFunction(() => devicePixelRatio === 2 &&
    document.getElementById('calc-canvas').width === 2 * Math.round(document.getElementById('calc-canvas').getBoundingClientRect().width),
  null, { timeout: 5000 }).catch(async () => assert.fail(`at ratio 2: ${JSON.stringify(await size())}`));
  await settle(page);
  const sharp = await size();
  assert.ok(fits(sharp), `at ratio 2: ${JSON.stringify(sharp)}`);
  await cdp.detach();
});

// Any keyboard's decimals: "62,5" (a phone keyboard's decimal comma) typed over a slider and
// into the text version is 62.5, as the command line's --set reads it; a grouping that is
// not in threes is refused with a message, and nothing changes.
test('a decimal comma is read at every door; an odd grouping is refused, changing nothing', async () => {
  const page = await browser.openPage({ hash: 'v=1' });
  await settle(page);
  const { controls } = await stats(page);
  const [x, y, w, h] = controls.find((c) => c.name === 'slider:gm').valueRect;
  const box = await page.locator('#calc-canvas').boundingBox();
  await page.mouse.click(box.x + x + w / 2, box.y + y + h / 2);
  const field = await page.waitForSelector('#calc-semantics input[inputmode="decimal"]');
  await field.fill('62,5');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=62.5');
  // The text version: a text field (a number field would drop the comma), the same reading.
  await page.click('#text-button');
  const growth = page.locator('#text-version-g-0');
  assert.equal(await growth.getAttribute('type'), 'text');
  assert.equal(await growth.getAttribute('inputmode'), 'decimal');
  await growth.fill('18,25');
  await growth.press('Enter');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=62.5&g=18.25');
  await growth.fill('1,00.5');
  await growth.press('Enter');
  await page.waitForSelector('#text-version-problems:not([hidden])');
  assert.match(await page.locator('#text-version-problems').textContent(), /"1,00\.5" is not grouped in threes/);
  assert.equal(await getLink(page), 'v=1&gm=62.5&g=18.25');
});
