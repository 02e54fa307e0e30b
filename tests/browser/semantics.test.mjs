// semantics.test.mjs: the semantic layer over the canvas (web/semantics.js): what a
// screen reader finds in Chromium's accessibility tree, the Tab order, the ARIA keyboard
// patterns, typed values (keyboard and touch), the focus ring, the status line, and the
// layer following resizes, sections and links without drawing a frame while idle.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PHONE, canvasBox, frames, settle, sleep, stats, useBrowser } from './harness.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const browser = useBrowser();
const ARTICLE = 'v=1';

// Chromium's accessibility tree (what a screen reader gets): the nodes not ignored.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const property = (node, name) => node.properties?.find((p) => p.name === name)?.value.value;
  return nodes.filter((node) => !node.ignored).map((node) => ({
    role: node.role?.value, name: node.name?.value ?? '', value: node.value?.value,
    valuetext: property(node, 'valuetext'),
  }));
}

// The controls the canvas drew (stats().controls), once the layer shows the same frame.
const controls = async (page) => (await stats(page)).controls;
const link = (page) => page.evaluate(() => window.awsCalc.getLink());
const focusedName = (page) => page.evaluate(() => document.activeElement?.dataset?.name ?? document.activeElement?.id ?? '');
const layerElement = (name) => `#calc-semantics [data-name="${name}"]`;

// A group of tabs or choices is one Tab stop (its selected member, or its first).
function expectedStops(list) {
  const stops = [];
  const seen = new Set();
  for (const control of list) {
    if (control.role !== 'tab' && control.role !== 'radio') { stops.push(control.name); continue; }
    const group = control.name.slice(0, control.name.indexOf(':'));
    const members = list.filter((c) => c.name.startsWith(`${group}:`) && (c.role === 'tab' || c.role === 'radio'));
    if (seen.has(group)) continue;
    seen.add(group);
    stops.push((members.find((m) => m.checked) ?? members[0]).name);
  }
  return stops;
}

// Tab from the skip link until focus leaves the calculator; the names on the way.
async function tabThrough(page) {
  await page.focus('#calc-skip');
  const names = [];
  for (let i = 0; i < 200; ++i) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return document.getElementById('calc-semantics').contains(el) ? el.dataset.name : null;
    });
    if (where === null) break;
    names.push(where);
  }
  return names;
}

for (const [what, options] of [['1200 px, a mouse', { width: 1200, height: 900 }], ['390 px, a finger', { ...PHONE }]]) {
  test(`the accessibility tree has every control with its role, name and value (${what})`, async () => {
    const page = await browser.openPage({ hash: ARTICLE, ...options });
    await settle(page);
    const list = await controls(page);
    assert.ok(list.length > 40, `only ${list.length} controls`);
    const tree = await axTree(page);
    for (const control of list) {
      const role = { slider: 'slider', button: 'button', link: 'link', tab: 'tab', radio: 'radio', checkbox: 'checkbox', textbox: 'textbox', select: 'combobox' }[control.role];
      const node = tree.find((n) => n.role === role && n.name === control.label);
      assert.ok(node, `no ${role} named "${control.label}" (${control.name}) in the accessibility tree`);
      if (control.role === 'slider') {
        // The model's number; and the words a screen reader says, the canvas's ("60.0%",
        // "2025–2027"): aria-valuetext, which CDP's tree does not show (it gives ""
        // even for a role="slider" element), so read from the element.
        // (Chromium keeps it as a 32-bit float.)
        assert.ok(Math.abs(Number(node.value) - control.now) <= Math.abs(control.now) * 1e-6,
          `${control.name}'s value ${node.value}, not ${control.now}`);
        assert.equal(await page.getAttribute(layerElement(control.name), 'aria-valuetext'), control.value,
          `${control.name}'s value text`);
      }
    }
    // The results and headings as text, the chart described, the canvas itself silent.
    const names = tree.map((n) => n.name).join('\n');
    assert.match(names, /AWS revenue from Anthropic in 2027/);
    assert.match(names, /Over 2025–2027, AWS would earn \$9\.90B from Anthropic in all/);
    // A phone has the main inputs under the answer, then all of them.
    const headings = options.isMobile ? ['Main assumptions', 'All assumptions'] : ['Assumptions'];
    for (const heading of headings) {
      assert.ok(tree.some((n) => n.role === 'heading' && n.name === heading), `the ${heading} heading`);
    }
    assert.ok(tree.some((n) => n.role === 'image' && /^Chart of AWS revenue from Anthropic by year: 2025 \$1\.20B/.test(n.name)),
      'the chart, described');
    assert.ok(!tree.some((n) => /^Interactive calculator/.test(n.name)), 'the canvas is no longer one node');
    // The text version is out of the tree (no control twice) while the canvas works.
    assert.ok(!tree.some((n) => n.name === 'Text version of the calculator'), 'the text version is in the tree');
    console.log(`# ${what}: ${tree.length} accessibility nodes, ${list.length} controls`);
  });

  test(`Tab stops once at every control, in the layout's order, then leaves (${what})`, async () => {
    const page = await browser.openPage({ hash: ARTICLE, ...options });
    await settle(page);
    const list = await controls(page);
    const names = await tabThrough(page);
    assert.deepEqual(names, expectedStops(list));
    // The layout's order: down each column; at 1200 px one jump back up to the results.
    const rects = names.map((name) => list.find((c) => c.name === name).rect);
    let columns = 1;
    for (let i = 1; i < rects.length; ++i) {
      const [x0, y0, , h0] = rects[i - 1];
      const [x1, y1] = rects[i];
      const sameRow = Math.abs(y1 - y0) < h0 / 2;
      if (sameRow) assert.ok(x1 > x0, `${names[i]} comes after ${names[i - 1]} on its row`);
      else if (y1 < y0) ++columns;
    }
    assert.equal(columns, options.width >= 760 ? 2 : 1, 'columns the Tab order went through');
    // After the last control, the toolbar under the canvas.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'copy');
    console.log(`# ${what}: ${names.length} Tab stops for ${list.length} controls`);
  });
}

test('a slider takes the arrows, Page Up/Down, Home and End at once; its ring shows', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  await page.focus(layerElement('slider:gm'));
  assert.deepEqual((await stats(page)).focus, { name: 'slider:gm', visible: true });
  const press = async (key, expected) => {
    await page.keyboard.press(key);
    await page.waitForFunction((expected) => window.awsCalc.getLink() === expected, expected, { timeout: 3000 })
      .catch(async () => assert.fail(`${key}: the link is ${await link(page)}, not ${expected}`));
  };
  await press('ArrowRight', 'v=1&gm=60.5');
  await press('ArrowDown', 'v=1');
  await press('PageUp', 'v=1&gm=65');
  await press('PageDown', 'v=1');
  const gm = (await controls(page)).find((c) => c.name === 'slider:gm');
  await press('End', `v=1&gm=${gm.max}`);
  await press('Home', `v=1&gm=${gm.min}`);
  // The element says what the canvas shows.
  await settle(page);
  assert.equal(await page.getAttribute(layerElement('slider:gm'), 'aria-valuetext'),
    (await controls(page)).find((c) => c.name === 'slider:gm').value);
});

test('Enter on a slider types a value: Enter applies, a bad value is refused, Escape cancels', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  await page.focus(layerElement('slider:gm'));
  await page.keyboard.press('Enter');
  const field = '#calc-semantics input[inputmode="decimal"]';
  await page.waitForSelector(field);
  assert.equal(await page.evaluate(() => document.activeElement.inputMode), 'decimal');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Anthropic gross margin');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('55');
  await page.keyboard.press('Enter');
  assert.equal(await link(page), 'v=1&gm=55');
  assert.equal(await page.$(field), null, 'the field closed');
  assert.equal(await focusedName(page), 'slider:gm', 'focus is back on the slider');

  // A bad value: said, nothing changed, the field stays for another try.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  const alert = await page.textContent('#calc-semantics [role="alert"]');
  assert.match(alert, /must be a plain decimal number.*nothing was changed/);
  assert.equal(await link(page), 'v=1&gm=55');
  assert.equal(await page.getAttribute(field, 'aria-invalid'), 'true');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('150');
  await page.keyboard.press('Enter');
  const canvasWords = await page.textContent('#calc-semantics [role="alert"]');
  assert.match(canvasWords, /cannot be above 100%/);

  // Escape: the field goes, the value stays.
  await page.keyboard.press('Escape');
  assert.equal(await page.$(field), null);
  assert.equal(await link(page), 'v=1&gm=55');
  assert.equal(await focusedName(page), 'slider:gm');
  // The text version's field: one validator, whichever door: refused, not clamped, in
  // the canvas's own words.
  await page.click('#text-button');
  await page.fill('#text-version-gm-0', '150');
  await page.press('#text-version-gm-0', 'Enter');
  await page.waitForSelector('#text-version-problems:not([hidden])');
  const textWords = await page.textContent('#text-version-problems li');
  // (the text version's field is 2025's: the canvas's slider for that year has that name)
  assert.equal(textWords, 'Anthropic gross margin, 2025 cannot be above 100% (150 was given): nothing was changed.');
  assert.ok(canvasWords.includes(textWords.replace(', 2025', '')), `canvas: ${canvasWords}; text version: ${textWords}`);
  assert.equal(await link(page), 'v=1&gm=55');
});

test('tabs and choices follow their patterns: the arrows move and select', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  assert.equal(await page.getAttribute('[data-name="group:tab"]', 'role'), 'tablist');
  await page.focus(layerElement('tab:work'));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1&tab=note');
  assert.equal(await focusedName(page), 'tab:note');
  await page.keyboard.press('End');   // the last tab: what was reported since the note
  await page.waitForFunction(() => /tab=since/.test(window.awsCalc.getLink()));
  // The section's controls appear in the layer: a reported fact's source link...
  await page.waitForSelector(layerElement('link:reported-aws-sales-2025'));
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => /tab=compare/.test(window.awsCalc.getLink()));
  // ...and a scenario slot's button.
  await page.waitForSelector(layerElement('button:s1.keep'));
  await page.keyboard.press('Home');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1');
  // A radio group: presets.
  assert.equal(await page.getAttribute('[data-name="group:preset"]', 'role'), 'radiogroup');
  await page.focus(layerElement('preset:note'));
  await page.keyboard.press('ArrowLeft');   // from the first, round to the last
  await page.waitForFunction(() => window.awsCalc.getLink() !== 'v=1');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-checked') === 'true',
    layerElement('preset:bull'));
  assert.equal(await focusedName(page), 'preset:bull');
  // Buttons take Enter and Space: "Reset to the article".
  await page.focus(layerElement('button:reset'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.awsCalc.getLink() === 'v=1');
  // A source toggle says whether it is open.
  await page.focus(layerElement('source:gm'));
  await page.keyboard.press('Space');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true',
    layerElement('source:gm'));
});

test('on a phone, a tap on a slider\'s value opens a numeric field over the slider', async () => {
  const page = await browser.openPage({ hash: ARTICLE, ...PHONE });
  await settle(page);
  const gm = (await controls(page)).find((c) => c.name === 'slider:gm');
  const box = await canvasBox(page);
  await page.evaluate(([y]) => window.scrollTo(0, y), [box.y + box.scrollY + gm.rect[1] - 300]);
  await sleep(200);
  const now = await canvasBox(page);
  const [x, y, w, h] = gm.valueRect;
  await page.touchscreen.tap(now.x + x + w / 2, now.y + y + h / 2);
  const field = await page.waitForSelector('#calc-semantics input[inputmode="decimal"]');
  assert.equal(await page.evaluate(() => document.activeElement.inputMode), 'decimal');
  const fieldBox = await field.boundingBox();
  assert.ok(Math.abs(fieldBox.x - (now.x + gm.rect[0])) < 1 && Math.abs(fieldBox.y - (now.y + gm.rect[1])) < 1 &&
            Math.abs(fieldBox.width - gm.rect[2]) < 1, `the field ${JSON.stringify(fieldBox)} is not over the slider ${gm.rect}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('62');
  await page.keyboard.press('Enter');
  assert.equal(await link(page), 'v=1&gm=62');
});

test('a click or a touch on a control focuses it without a ring; the next Tab goes on from there', async () => {
  for (const options of [{ width: 1200 }, { ...PHONE }]) {
    const page = await browser.openPage({ hash: ARTICLE, ...options });
    await settle(page);
    const list = await controls(page);
    const reset = list.find((c) => c.name === 'button:reset');
    await page.evaluate(([y]) => window.scrollTo(0, y), [reset.rect[1] - 300]);
    await sleep(100);
    const box = await canvasBox(page);
    const [x, y, w, h] = reset.rect;
    if (options.hasTouch) await page.touchscreen.tap(box.x + x + 5, box.y + y + h / 2);
    else await page.mouse.click(box.x + x + w / 2, box.y + y + h / 2);
    await page.waitForFunction(() => document.activeElement?.dataset?.name === 'button:reset');
    assert.deepEqual((await stats(page)).focus, { name: 'button:reset', visible: false });
    await page.keyboard.press('Tab');
    const stops = expectedStops(list);
    assert.equal(await focusedName(page), stops[stops.indexOf('button:reset') + 1]);
    assert.equal((await stats(page)).focus.visible, true);
  }
});

test('the status line says the new headline once a change settles', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  await page.evaluate(() => {
    window.statusChanges = [];
    new MutationObserver(() => window.statusChanges.push(document.getElementById('summary').textContent))
      .observe(document.getElementById('summary'), { childList: true, characterData: true, subtree: true });
  });
  await page.focus(layerElement('slider:gm'));
  // Six presses 80 ms apart (a held key), timed inside the page so that a slow machine's
  // round trips do not space them out: each draws a frame; one announcement.
  await page.evaluate(async (selector) => {
    const slider = document.querySelector(selector);
    for (let i = 0; i < 6; ++i) {
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  }, layerElement('slider:gm'));   // 57%
  await page.waitForFunction(() => window.statusChanges.length > 0);
  await sleep(1000);
  const changes = await page.evaluate(() => window.statusChanges);
  assert.equal(changes.length, 1, `the status line changed ${changes.length} times: ${changes.join(' | ')}`);
  // What moved, briefly: the chosen year's figure beside the note's.
  assert.equal(changes[0], '2027: $6.13B (the note: $5.6B)');   // 19 x 43% x 75%
});

test('a switch of tab says the tab and the first sentence it shows; a change of view is not a change of figure', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  await settle(page);
  await sleep(600);   // the load's own announcement is over
  await page.focus(layerElement('tab:work'));
  await page.keyboard.press('End');   // the last tab: Since the note
  await page.waitForFunction(() => document.getElementById('summary').textContent.startsWith('Since the note'));
  await sleep(800);   // the text version's refresh does not take the status line back
  assert.equal(await page.textContent('#summary'), 'Since the note: Note: July 2025.');
});

test('the layer costs no frames while idle and follows a resize, a section and a link', async () => {
  const page = await browser.openPage({ hash: ARTICLE });
  const idle = await settle(page);
  await page.focus(layerElement('slider:gm'));   // the ring: one frame
  const focused = await settle(page);
  await sleep(2000);
  assert.equal(await frames(page), focused, 'frames were drawn while idle with focus in the layer');
  assert.ok(focused - idle <= 3, `${focused - idle} frames for a focus ring`);

  // Every element sits over what the canvas drew, after each of these.
  const matches = async (what) => {
    await settle(page);
    const { controls: list } = await stats(page);
    const placed = await page.evaluate((list) => {
      const canvas = document.getElementById('calc-canvas').getBoundingClientRect();
      return list.map((c) => {
        const el = document.querySelector(`#calc-semantics [data-name="${c.name}"]`);
        if (!el) return `${c.name}: missing`;
        const box = el.getBoundingClientRect();
        const off = Math.max(Math.abs(box.x - canvas.x - c.rect[0]), Math.abs(box.y - canvas.y - c.rect[1]),
          Math.abs(box.width - c.rect[2]), Math.abs(box.height - c.rect[3]));
        const label = el.getAttribute('aria-label') ?? el.textContent;
        return off > 1 ? `${c.name}: ${off} px off` : label !== c.label ? `${c.name}: "${label}"` : null;
      }).filter(Boolean);
    }, list);
    assert.deepEqual(placed, [], what);
  };
  await matches('at first');
  await page.setViewportSize({ width: 390, height: 844 });
  await matches('after a resize to 390 px');
  await page.evaluate(() => window.awsCalc.setLink('v=1&tab=range'));
  await page.waitForSelector(layerElement('slider:thr'));
  await matches('in the range of outcomes');
  await page.evaluate(() => window.awsCalc.setLink('v=1&gm=50'));
  await settle(page);
  assert.equal(await page.getAttribute(layerElement('slider:gm'), 'aria-valuetext'), '50.0%');
  await matches('after setLink');
});

test('the skip link goes to the text version, which then joins the tree; axe finds nothing', async () => {
  const page = await browser.openPage({ hash: ARTICLE, width: 800 });
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('text-version').inert), true);
  await page.focus('#calc-skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-version-title');
  assert.equal(await page.evaluate(() => document.getElementById('text-version').inert), false);
  const axe = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  const { violations } = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
});
