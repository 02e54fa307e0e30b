// embed_routes.test.mjs: the other ways into an article: the pym.js v1 parent from npm
// (its parameters from the query string only, a '?' in the fragment being the link's),
// a bare iframe and the embed dialog's plain iframe pasted as is, AMP; readable on dark
// and light articles in either reader theme; under pym.js Copy link gives the article's
// URL with the embed's key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  LONG, browser, calc, host, articles, contexts, article, embedScript, open, calcFrames, iframeHeight, expectFitted,
} from './embed_host.mjs';
import { decodePng, sleep } from './harness.mjs';

test('pym.js v1 parent: the iframe fits the content and follows it; pym\'s parameters are not link keys', async () => {
  article('/pym.html', `<div class="column"><div id="calc-pym" data-pym-src="${calc}/embed.html#v=1&gm=55"></div></div>` +
    '<script src="/pym.v1.min.js"></script>');
  const page = await open(`${host}/pym.html`);
  const [embed] = await calcFrames(page, 1);
  const src = await embed.handle.evaluate((iframe) => iframe.src);
  assert.match(src, /childId=calc-pym/, 'not a pym iframe');
  const first = await expectFitted(embed, 'pym, at load');
  const inside = await embed.frame.evaluate(() => ({
    link: window.awsCalc.getLink(), problems: window.awsCalc.results().problems, hash: location.hash,
  }));
  assert.deepEqual(inside, { link: 'v=1&gm=55', problems: [], hash: '#v=1&gm=55' });

  await embed.frame.evaluate((link) => window.awsCalc.setLink(link), LONG);
  const longer = await expectFitted(embed, 'pym, after setLink');
  assert.ok(longer > first + 20, `six years (${longer} px) should be taller than three (${first} px)`);
  // pym asks with a 'width' message on window resize; the answer keeps the fit.
  await page.setViewportSize({ width: 420, height: 900 });
  await expectFitted(embed, 'pym, after a window resize');
});

// pym's parameters are read from the query string only, where pym v1 puts
// them; the fragment is the link, whole. A '?' in it used to cut it: a scenario named
// "Why?" lost the keys after it, and "childId=evil" inside an article's #aws-calc-x=
// state became the pym id.

test('a "?" in the fragment is the link\'s; pym\'s parameters come from the query string only', async () => {
  article('/question.html', '<div class="column"><div data-aws-calc="" data-aws-calc-id="a"></div>' +
    `<iframe title="calc" scrolling="no" src="${calc}/embed.html#v=1&s1.name=Why?&gm=50"></iframe>` +
    `<iframe title="calc" scrolling="no" src="${calc}/embed.html#v=1&gm=55?initialWidth=600&childId=old-pym"></iframe>` +
    `</div>${embedScript()}`, 'iframe[title="calc"] { width: 100%; height: 2400px; border: 0; }');
  const state = 'v=1?childId=evil&gm=20';
  const page = await open(`${host}/question.html#aws-calc-a=${encodeURIComponent(state)}`, { height: 8000 });
  const frames = await calcFrames(page, 3);
  const inside = (frame) => frame.evaluate(() => {
    const r = window.awsCalc.results();
    return { link: window.awsCalc.getLink(), problems: r.problems, gm: r.grossMarginPct[0], scenario: r.scenarios[0]?.name };
  });
  const [fromHost, named, oldPym] = await Promise.all(frames.map(({ frame }) => inside(frame)));
  // The article's state: gm=20 applies; the '?' makes v's value a problem, reported.
  assert.equal(fromHost.gm, 20);
  assert.equal(fromHost.problems.length, 1, fromHost.problems.join(' | '));
  assert.match(fromHost.problems[0], /^v=1\?childId=evil/);
  // A scenario named "Why?", and the keys after it.
  assert.deepEqual({ gm: named.gm, scenario: named.scenario, problems: named.problems },
    { gm: 50, scenario: 'Why?', problems: [] });
  // pym's parameters after the '#' are not pym's: reported like any text of the link.
  assert.equal(oldPym.gm, 60);
  assert.equal(oldPym.problems.length, 2, oldPym.problems.join(' | '));
  await sleep(500);
  const ids = await page.evaluate(() => window.received.filter((m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMx'))
    .map((m) => m.data.split('xPYMx')[1]));
  assert.deepEqual([...new Set(ids)], [], 'a fragment\'s childId became a pym id');
});

test('a bare iframe: Copy link gives the calculator\'s own page', async () => {
  article('/bare.html', `<div class="column"><iframe title="calc" src="${calc}/embed.html#v=1&gm=55"></iframe></div>`,
    'iframe { width: 100%; height: 2400px; border: 0; }');
  const page = await open(`${host}/bare.html`);
  const [embed] = await calcFrames(page, 1);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.shareUrl()), `${calc}/#v=1&gm=55`);
});

test("the embed dialog's plain iframe for a 320 px column, pasted as is, shows the whole calculator at 360, 740 and 1200 px", async () => {
  const calcPage = await open(`${calc}/#v=1&gm=55`);
  await calcPage.click('[data-action="embed"]');
  await calcPage.waitForSelector('#embed-code');   // embed_dialog.js loaded
  const script = await calcPage.locator('#embed-code').inputValue();
  assert.match(script, /data-aws-calc-id="[\w-]+"/);
  await calcPage.check('input[name="embed-route"][value="iframe"]');
  await calcPage.check('input[name="embed-width"][value="320"]');
  const snippet = await calcPage.locator('#embed-code').inputValue();
  assert.match(snippet, /^<iframe [^>]*src="[^"]*\/embed\.html#v=1&amp;gm=55"[^>]*><\/iframe>\n<script>[^<]*<\/script>$/);

  // The calculator's last line shows: the iframe is as tall as its document, which does
  // not scroll inside it.
  const expectWhole = async (page, what) => {
    const [embed] = await calcFrames(page, 1);
    const { scrollHeight, innerHeight } = await embed.frame.evaluate(() =>
      ({ scrollHeight: document.documentElement.scrollHeight, innerHeight }));
    assert.ok(scrollHeight <= innerHeight + 1, `${what}: the document (${scrollHeight} px) scrolls in a ${innerHeight} px iframe`);
    const lastLine = await embed.frame.evaluate(() => document.querySelector('.calc-toolbar').getBoundingClientRect().bottom);
    assert.ok(lastLine <= innerHeight, `${what}: the toolbar ends at ${lastLine} px, below the iframe's ${innerHeight} px`);
    return embed;
  };
  for (const width of [360, 740, 1200]) {
    article(`/plain-${width}.html`, `<h1>An article</h1>${snippet}<p>The article goes on.</p>`, '', { inlineScripts: true });
    const page = await open(`${host}/plain-${width}.html`, { width, height: 900 });
    const embed = await expectWhole(page, `${width} px`);
    // The few lines sized it to the document (not the 3,000 px fallback height).
    let heights = [];
    for (let i = 0; i < 100; ++i) {
      heights = [await iframeHeight(embed.handle),
                 await embed.frame.evaluate(() => document.documentElement.getBoundingClientRect().height)];
      if (Math.abs(heights[0] - heights[1]) <= 2) break;
      await sleep(100);
    }
    assert.ok(Math.abs(heights[0] - heights[1]) <= 2, `${width} px: iframe ${heights[0]} px for a ${heights[1]} px document ` +
      JSON.stringify(await page.evaluate(() => window.received.filter((m) => m.data?.type === 'aws-calc:height').map((m) => m.data.height))));
    assert.ok(Math.abs(await embed.frame.evaluate(() => innerWidth) - width) <= 20, `${width} px: the iframe is not as wide as the column`);
  }
  // A CMS that strips scripts: the iframe keeps the height that holds the calculator in the
  // column chosen (320 px), so in a 360 px one too.
  article('/plain-stripped.html', snippet.replace(/<script>[\s\S]*<\/script>/, ''));
  const stripped = await open(`${host}/plain-stripped.html`, { width: 360, height: 900 });
  await expectWhole(stripped, 'stripped of its script, at 360 px');
  // This article's policy also refuses the snippet's style attribute (its width and
  // height attributes still apply): the one error it logs is expected.
  const errors = stripped.context().errors;
  errors.splice(0, errors.length, ...errors.filter((error) => !/Applying inline style violates/.test(error)));
});

// Every route readable on any article. Under pym.js and a plain iframe (what
// AMP's amp-iframe is to the embed) the host's background is unknown: the embed is
// opaque in the reader's theme, never dark text on a transparent box over a dark page.
// The contrast of the calculator's title against what shows around it, on a #121212
// and a white article, with the reader's system light and dark.
test('pym.js, AMP and plain iframes are readable on dark and light articles, in either reader theme', async () => {
  const luminance = ([r, g, b]) => {
    const linear = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  for (const background of ['#121212', '#ffffff']) {
    article(`/pym-${background.slice(1)}.html`, `<div class="column"><div id="calc-pym" data-pym-src="${calc}/embed.html#v=1"></div>` +
      `<iframe title="calc" scrolling="no" src="${calc}/embed.html#v=1"></iframe>` +
      `<iframe title="calc AMP" id="calc-amp" scrolling="no" src="${calc}/embed.html#v=1"></iframe></div>` +
      '<script src="/pym.v1.min.js"></script><script src="/amp-host.js"></script>',
    `body { background: ${background}; } iframe[title^="calc"] { width: 100%; height: 2400px; border: 0; }`);
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 800, height: 6000 }, colorScheme });
      context.errors = [];
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${host}/pym-${background.slice(1)}.html`);
      const frames = await calcFrames(page, 3);
      await expectFitted(frames[2], 'the AMP iframe');   // sized by AMP's embed-size message
      for (const [route, { handle, frame }] of [['pym', frames[0]], ['plain iframe', frames[1]], ['AMP', frames[2]]]) {
        const title = await frame.evaluate(() => window.awsCalc.stats().layout.title);
        const box = await handle.boundingBox();
        const shot = decodePng(await page.screenshot({
          clip: { x: box.x + title[0], y: box.y + title[1], width: title[2], height: title[3] } }));
        let [dark, light] = [1, 0];
        for (let i = 0; i < shot.data.length; i += 4) {
          const l = luminance([shot.data[i], shot.data[i + 1], shot.data[i + 2]]);
          dark = Math.min(dark, l);
          light = Math.max(light, l);
        }
        const contrast = (light + 0.05) / (dark + 0.05);
        assert.ok(contrast >= 4.5, `${route} on ${background}, reader ${colorScheme}: contrast ${contrast.toFixed(2)}`);
      }
    }
  }
});

// Under pym.js, "Copy link" gives the article's URL with the embed's key (the
// pym container's id), and that URL reopens the embed in the shared state.

test("under pym.js, Copy link gives the article's URL with the embed's key, which reopens it", async () => {
  article('/pym-share.html', `<div class="column"><div id="calc-pym" data-pym-src="${calc}/embed.html#v=1&gm=55"></div></div>` +
    '<script src="/pym.v1.min.js"></script>');
  const page = await open(`${host}/pym-share.html?from=feed`);
  const [embed] = await calcFrames(page, 1);
  await embed.frame.evaluate(() => window.awsCalc.setLink('v=1&gm=45'));
  const shared = await embed.frame.evaluate(() => window.awsCalc.shareUrl());
  assert.equal(shared, `${host}/pym-share.html?from=feed#aws-calc-calc-pym=${encodeURIComponent('v=1&gm=45')}`);
  const again = await open(shared);
  const [reopened] = await calcFrames(again, 1);
  assert.equal(await reopened.frame.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=45');
});

