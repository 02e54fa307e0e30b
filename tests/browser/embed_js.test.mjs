// embed_js.test.mjs: embed.js on an article, as a newsroom pastes it: the iframe it
// makes fits its content and follows setLink and a narrower column; more embeds than the
// browser keeps WebGL contexts for each draw or show their text version; two embeds stay
// independent; the theme follows the article's background; the header, footer and side
// padding can be left out (outside the link); included twice it makes one iframe a div.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { test } from 'node:test';
import {
  LONG, browser, calc, host, contexts, article, embedScript, open, calcFrames, iframeHeight, expectFitted, iframeBackground,
} from './embed_host.mjs';
import { CHROMIUM, CHROMIUM_ARGS, sleep } from './harness.mjs';

test('embed.js: the iframe it makes, fitted to the content, following setLink and a narrower column', async () => {
  article('/embed-js.html', `<div class="column"><p>Before.</p><div data-aws-calc="v=1&gm=55"></div><p>After.</p></div>${embedScript()}`);
  const page = await open(`${host}/embed-js.html?utm=secret-query`);
  const [embed] = await calcFrames(page, 1);
  const attributes = await embed.handle.evaluate((iframe) => ({
    src: iframe.src, title: iframe.title, loading: iframe.getAttribute('loading'), allow: iframe.getAttribute('allow'),
    referrerPolicy: iframe.referrerPolicy, border: getComputedStyle(iframe).borderTopWidth,
    width: iframe.getBoundingClientRect().width, column: iframe.parentElement.getBoundingClientRect().width,
  }));
  // The host's look in the query string, never in the link: readers' share
  // links carry only what readers chose.
  assert.equal(attributes.src, `${calc}/embed.html?theme=light#v=1&gm=55`);
  assert.match(attributes.title, /AWS/);
  assert.equal(attributes.loading, 'lazy');
  // web-share only where the browser knows it: this Chromium (Linux) has no Web Share
  // and would warn "Unrecognized feature: 'web-share'" on the host page.
  const knowsWebShare = await page.evaluate(() => document.featurePolicy.features().includes('web-share'));
  assert.equal(attributes.allow, knowsWebShare ? 'clipboard-write; web-share' : 'clipboard-write');
  assert.deepEqual(page.consoleTexts.filter((text) => /Unrecognized feature/.test(text)), []);
  assert.equal(attributes.referrerPolicy, 'no-referrer');
  assert.equal(attributes.border, '0px');
  assert.equal(attributes.width, attributes.column);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=55');

  const first = await expectFitted(embed, 'at load');
  // AMP's message comes too, with the same height.
  const amp = await page.evaluate(() => window.received.filter((m) => m.data?.sentinel === 'amp').at(-1)?.data);
  assert.equal(amp?.type, 'embed-size');
  assert.ok(Math.abs(amp.height - first) <= 2, `AMP height ${amp?.height}, iframe ${first}`);

  // Asked (awsCalcEmbed.resize()), the embed reports its height again, though nothing changed.
  const heights = () => page.evaluate(() => window.received.filter((m) => m.data?.type === 'aws-calc:height').length);
  const before = await heights();
  await page.evaluate(() => window.awsCalcEmbed.resize());
  await page.waitForFunction((n) => window.received.filter((m) => m.data?.type === 'aws-calc:height').length > n,
                             before, { timeout: 5000 });

  // Six years instead of three: a taller calculator, and the iframe follows.
  await embed.frame.evaluate((link) => window.awsCalc.setLink(link), LONG);
  const longer = await expectFitted(embed, 'after setLink with six years');
  assert.ok(longer > first + 20, `six years (${longer} px) should be taller than three (${first} px)`);

  // A narrower column (no window resize): the content re-flows, the iframe follows.
  await page.evaluate(() => { document.querySelector('.column').style.maxWidth = '340px'; });
  const narrow = await expectFitted(embed, 'in a 340 px column');
  assert.notEqual(Math.round(narrow), Math.round(longer), 'the narrower column changed nothing');
  assert.ok(narrow < 10000);
});

// Chromium keeps a limited number of WebGL contexts (16) and takes the oldest
// away for good when a page makes more (many embeds, or maps and ads beside one). A
// Chromium that keeps 3 here, and 5 embeds: each either draws or shows its text version
// with a line saying why; none stays a blank box.
test('more embeds than the browser keeps WebGL contexts for: each draws or shows its text version', async () => {
  const few = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--max-active-webgl-contexts=3'] });
  try {
    const embeds = Array.from({ length: 5 }, (_, i) => `<div data-aws-calc="v=1&gm=${50 + i}"></div>`).join('');
    article('/many.html', `<div class="column">${embeds}</div>${embedScript()}`);
    const context = await few.newContext({ viewport: { width: 700, height: 20000 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !/WebGL/.test(message.text())) assert.fail(`console: ${message.text()}`);
    });
    await page.goto(`${host}/many.html`);
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 5);
    // What each embed shows once it has settled: "drawn", "text" or "blank (why)".
    const states = async () => Promise.all(page.frames().filter((f) => f.url().includes('/embed.html')).map((frame) =>
      frame.evaluate(() => {
        const root = document.documentElement;
        const canvas = document.getElementById('calc-canvas');
        const textVersion = document.getElementById('text-version').getBoundingClientRect().height;
        const lostLine = !document.getElementById('calc-lost').hidden;
        if (root.classList.contains('no-canvas')) {
          return textVersion > 200 && lostLine ? 'text' : `blank (no canvas; text version ${textVersion} px, lost line ${lostLine})`;
        }
        const lost = canvas.getContext('webgl2')?.isContextLost() ?? true;
        const frames = window.awsCalc?.stats().framesRendered ?? 0;
        return root.classList.contains('canvas-ready') && !lost && frames > 0 ? 'drawn'
          : `blank (classes "${root.className}", context lost ${lost}, frames ${frames})`;
      }).catch((error) => `blank (${error.message})`)));
    // Five modules and five SwiftShader contexts on a busy 2-core machine: up to 60 s.
    let seen = [];
    for (let i = 0; i < 200; ++i) {
      seen = await states();
      if (seen.length === 5 && seen.every((state) => !state.startsWith('blank'))) break;
      await sleep(300);
    }
    assert.equal(seen.length, 5);
    assert.deepEqual(seen.filter((state) => state.startsWith('blank')), [], `embeds: ${seen.join(', ')}`);
    assert.ok(seen.includes('text') && seen.includes('drawn'), `embeds: ${seen.join(', ')}`);
    await context.close();
  } finally {
    await few.close();
  }
});

test('two embeds on one page: independent heights and links; each reads its own #aws-calc key', async () => {
  article('/two.html', `<div class="column"><div data-aws-calc="v=1"></div></div>` +
    `<div class="column"><div data-aws-calc="v=1" data-aws-calc-id="second"></div></div>${embedScript()}`);
  const second = encodeURIComponent(`${LONG}&gm=50`);
  const page = await open(`${host}/two.html#aws-calc-second=${second}`, { height: 5000 });
  const [one, two] = await calcFrames(page, 2);
  assert.equal(await one.frame.evaluate(() => window.awsCalc.getLink()), 'v=1');
  assert.equal(await two.frame.evaluate(() => window.awsCalc.getLink()), `${LONG}&gm=50`);
  const [h1, h2] = [await expectFitted(one, 'first'), await expectFitted(two, 'second')];
  assert.ok(h2 > h1 + 20, `the six-year embed (${h2} px) should be taller than the three-year one (${h1} px)`);

  await one.frame.evaluate(() => window.awsCalc.setLink('v=1&aws=50'));
  await expectFitted(one, 'first, after its setLink');
  assert.equal(await two.frame.evaluate(() => window.awsCalc.getLink()), `${LONG}&gm=50`);
  assert.equal(Math.round(await iframeHeight(two.handle)), Math.round(h2), 'the second embed moved');
  assert.equal(await two.frame.evaluate(() => window.awsCalc.shareUrl()),
    `${host}/two.html#aws-calc-second=${encodeURIComponent(`${LONG}&gm=50`)}`);
});

test("the theme follows the host page's background, and the embed's background is the host's", async () => {
  for (const [name, background, theme, rgb] of [
    ['light', '#f4ecd8', 'light', [0xf4, 0xec, 0xd8]],
    ['dark', 'rgb(18, 24, 38)', 'dark', [18, 24, 38]],
  ]) {
    article(`/${name}.html`, `<div class="column"><div class="panel"><div data-aws-calc="v=1"></div></div></div>${embedScript()}`,
      `.panel { background: ${background}; padding: 8px; }`);
    const page = await open(`${host}/${name}.html`);
    const [embed] = await calcFrames(page, 1);
    // The host's theme reaches the embed (its page theme), not the reader's link.
    assert.deepEqual(await embed.frame.evaluate(() => [window.awsCalc.getLink(), document.documentElement.dataset.theme]),
      ['v=1', theme], name);
    await expectFitted(embed, name);
    const seen = await iframeBackground(page, embed.handle);
    assert.ok(seen.every((value, i) => Math.abs(value - rgb[i]) <= 2),
      `${name} page: the embed shows ${seen} where the page's ${rgb} should show through`);
  }
});

// The host leaves out what its article has. data-aws-calc-hide (embed.js) or
// ?hide= in embed.html's query string (pym.js, a plain iframe): each part changes what is
// drawn, the reserved height is the final one, and nothing of it enters the link.
test('embed options: the header, the footer and the side padding can be left out, outside the link', async () => {
  article('/options.html', '<div class="column">' +
    '<div data-aws-calc="v=1" data-aws-calc-id="all" data-aws-calc-hide="header footer padding"></div>' +
    '<div data-aws-calc="v=1&tab=note" data-aws-calc-id="head" data-aws-calc-hide="header"></div>' +
    `<div id="calc-pym" data-pym-src="${calc}/embed.html?hide=footer#v=1"></div>` +
    `</div>${embedScript()}<script src="/pym.v1.min.js"></script>`);
  const page = await open(`${host}/options.html`, { width: 760, height: 9000 });
  const reserved = await page.evaluate(() => [...document.querySelectorAll('[data-aws-calc] iframe')]
    .map((iframe) => parseFloat(iframe.style.height)));
  const [all, head, pym] = await calcFrames(page, 3);
  const seen = async ({ frame }) => frame.evaluate(() => {
    const { layout } = window.awsCalc.stats();
    return { title: Boolean(layout.title), footer: Boolean(layout.footer), x: layout['slider:gm'][0],
             link: window.awsCalc.getLink(), share: window.awsCalc.shareUrl() };
  });
  const [a, h, p] = [await seen(all), await seen(head), await seen(pym)];
  assert.deepEqual([a.title, a.footer, a.x < 4], [false, false, true], JSON.stringify(a));
  assert.deepEqual([h.title, h.footer, h.x > 10], [false, true, true], JSON.stringify(h));
  assert.deepEqual([p.title, p.footer], [true, false], JSON.stringify(p));
  assert.deepEqual([a.link, h.link, p.link], ['v=1', 'v=1&tab=note', 'v=1']);
  for (const share of [a.share, h.share, p.share]) assert.doesNotMatch(share, /hide|header|padding/);
  // embed.js reserved each one's final height (the article's assumptions, the first
  // tab: the table's) before it loaded: the article did not move.
  const fitted = [await expectFitted(all, 'all left out')];
  fitted.forEach((height, i) => assert.ok(Math.abs(height - reserved[i]) <= 2,
    `embed ${i + 1}: reserved ${reserved[i]} px, took ${height} px`));
});

test('embed.js included twice makes one iframe a div; scan() picks up a div added later', async () => {
  article('/twice.html', `<div class="column"><div data-aws-calc="v=1"></div></div>${embedScript()}${embedScript()}`);
  const page = await open(`${host}/twice.html`);
  await calcFrames(page, 1);
  await sleep(300);
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 1);
  await page.evaluate(() => {
    const div = Object.assign(document.createElement('div'), { className: 'column' });
    div.innerHTML = '<div data-aws-calc="v=1&gm=50"></div>';
    document.body.append(div);
    window.awsCalcEmbed.scan();
    div.scrollIntoView();   // the iframe loads lazily
  });
  const [, later] = await calcFrames(page, 2);
  assert.equal(await later.frame.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=50');
  await expectFitted(later, 'the later embed');
});
