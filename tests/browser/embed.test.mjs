// embed.test.mjs: embedding as a real host page would: an article on another
// origin (127.0.0.2, its own strict CSP) embeds the calculator through embed.js, another
// through the pym.js v1 parent from npm (its parameters read from the query string only,
// a '?' in the fragment being the link's). Both iframes end at the content height and
// follow layout changes; messages from foreign windows and origins, malformed payloads
// and oversized heights are refused or capped; two embeds stay independent; the
// article's #aws-calc= state reaches the embed; "Copy link" gives the article's URL;
// the embed's background is the host's, in light and dark; the host's URL goes nowhere.
//
// Needs dist/ (scripts/build). One Chromium for the file; a fresh context per test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/lib/serve.mjs';
import { CHROMIUM_ARGS, DIST, closeContexts, decodePng, dominantColour, sleep } from './harness.mjs';

const PYM = readFileSync(join(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'));
const LONG = 'v=1&rev=4,10,19,29,38,46';

let browser;
let calcServer;
let hostServer;
let calc = '';                   // http://127.0.0.1:PORT (dist/)
let host = '';                   // http://127.0.0.2:PORT (the articles)
const calcRequests = [];         // {url, referer} of every request dist/ received
const articles = new Map();      // path -> {html, css} (pages), {js} (scripts)
const contexts = [];

before(async () => {
  calcServer = await startServer({
    root: DIST, port: 0, host: '127.0.0.1',
    onRequest: (request) => calcRequests.push({ url: request.url, referer: request.headers.referer ?? '' }),
  });
  calc = `http://127.0.0.1:${calcServer.address().port}`;
  hostServer = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const article = articles.get(path.replace(/\.css$/, '.html'));
    const send = (type, body) => {
      response.writeHead(200, {
        'Content-Type': type,
        // A newsroom's strict policy: scripts and frames from itself and the calculator
        // only; a CMS that pastes a snippet's inline script as is allows inline scripts.
        'Content-Security-Policy': `default-src 'none'; script-src 'self' ${calc}` +
          `${article?.inlineScripts ? " 'unsafe-inline'" : ''}; ` +
          `frame-src ${calc} 'self'; style-src 'self'${article?.inlineScripts ? " 'unsafe-inline'" : ''}; img-src 'self'`,
      });
      response.end(body);
    };
    if (path === '/favicon.ico') { response.writeHead(204); response.end(); }
    else if (path === '/pym.v1.min.js') send('text/javascript', PYM);
    else if (articles.get(path)?.js) send('text/javascript', articles.get(path).js);
    else if (article && path.endsWith('.css')) send('text/css', article.css);
    else if (article) send('text/html; charset=utf-8', article.html);
    else { response.writeHead(404); response.end(); }
  });
  await new Promise((resolve) => hostServer.listen(0, '127.0.0.2', resolve));
  host = `http://127.0.0.2:${hostServer.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterEach(() => closeContexts(contexts));

after(async () => {
  await browser?.close();
  await Promise.all([calcServer, hostServer].map((server) => new Promise((resolve) => server?.close(resolve))));
});

// An article at `path` on the host origin: `body` HTML, `css` its stylesheet;
// `inlineScripts`: its policy lets inline scripts and styles in (a CMS's pasted snippets).
function article(path, body, css = '', { inlineScripts = false } = {}) {
  articles.set(path, {
    inlineScripts,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>` +
      `<link rel="stylesheet" href="${path.replace(/\.html$/, '.css')}"></head><body>${body}</body></html>`,
    css: `body { margin: 0; font: 16px serif; } .column { max-width: 600px; margin: 0 auto; padding: 8px; }\n${css}`,
  });
}

const embedScript = () => `<script src="${calc}/embed.js" async></script>`;

// Opens `url` in a fresh context; console errors and page errors (frames included) are
// collected and fail the test. Messages posted to the article's window are recorded.
async function open(url, { width = 800, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  context.errors = [];
  contexts.push(context);
  const page = await context.newPage();
  page.consoleTexts = [];
  page.on('console', (message) => {
    page.consoleTexts.push(message.text());
    if (message.type() === 'error') context.errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => context.errors.push(`page error: ${error.stack ?? error}`));
  await page.addInitScript(() => {
    if (window !== top) return;
    window.received = [];
    addEventListener('message', (event) => window.received.push({ data: event.data, origin: event.origin }));
  });
  await page.goto(url);
  return page;
}

// The calculator frames of a page, in document order, each once awsCalc.ready resolved.
async function calcFrames(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length >= n, count);
  const frames = [];
  for (const handle of (await page.$$('iframe')).slice(0, count)) {
    let frame = null;
    for (let i = 0; i < 100 && !frame?.url().includes('/embed.html'); ++i) {
      frame = await handle.contentFrame();
      if (!frame?.url().includes('/embed.html')) await sleep(100);
    }
    await frame.waitForFunction(() => window.awsCalc?.ready && document.documentElement.classList.contains('canvas-ready'),
      null, { timeout: 20000 });
    frames.push({ handle, frame });
  }
  return frames;
}

// The calculator's content height inside the frame (the bottom of <main class="calc">).
const contentHeight = (frame) => frame.evaluate(() =>
  document.querySelector('main.calc').getBoundingClientRect().bottom + scrollY);
const iframeHeight = (handle) => handle.evaluate((iframe) => iframe.getBoundingClientRect().height);

// Waits until the iframe's height is the frame's content height (±2 px) and stays so.
async function expectFitted({ handle, frame }, what) {
  let last = '';
  for (let i = 0; i < 100; ++i) {
    const [inner, outer] = [await contentHeight(frame), await iframeHeight(handle)];
    last = `content ${inner.toFixed(1)} px, iframe ${outer.toFixed(1)} px`;
    if (Math.abs(inner - outer) <= 2) {
      await sleep(300);
      const [again, outerAgain] = [await contentHeight(frame), await iframeHeight(handle)];
      if (Math.abs(again - outerAgain) <= 2) return outerAgain;
    }
    await sleep(100);
  }
  assert.fail(`${what}: the iframe never fitted its content (${last})`);
}

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

// Chromium keeps a limited number of WebGL contexts (16) and takes the oldest
// away for good when a page makes more (many embeds, or maps and ads beside one). A
// Chromium that keeps 3 here, and 5 embeds: each either draws or shows its text version
// with a line saying why; none stays a blank box.
test('more embeds than the browser keeps WebGL contexts for: each draws or shows its text version', async () => {
  const few = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--max-active-webgl-contexts=3'] });
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
        const mirror = document.getElementById('mirror').getBoundingClientRect().height;
        const lostLine = !document.getElementById('calc-lost').hidden;
        if (root.classList.contains('no-canvas')) {
          return mirror > 200 && lostLine ? 'text' : `blank (no canvas; text version ${mirror} px, lost line ${lostLine})`;
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

test('foreign windows and origins, malformed payloads and oversized heights are refused or capped', async () => {
  article('/evil.html', '<p>Another origin in the embed\'s place.</p><script src="/evil.js"></script>');
  articles.set('/evil.js', { js: "parent.postMessage({type: 'aws-calc:height', height: 1234}, '*');" });
  // A second calculator the page put there itself: the same origin, another window.
  article('/hostile.html', `<div class="column"><div data-aws-calc="v=1"></div>` +
    `<iframe class="another" title="another" src="${calc}/embed.html#v=1"></iframe></div>${embedScript()}`,
  '.another { width: 340px; height: 600px; border: 0; }');
  const page = await open(`${host}/hostile.html`, { height: 3000 });
  const [embed, another] = await calcFrames(page, 2);
  const fitted = Math.round(await expectFitted(embed, 'at load'));
  const height = async () => Math.round(await iframeHeight(embed.handle));

  // The host page's own window (not the iframe), with a well-formed message.
  await page.evaluate(() => window.postMessage({ type: 'aws-calc:height', height: 777 }, '*'));
  // Another window of the calculator's origin.
  await another.frame.evaluate(() => parent.postMessage({ type: 'aws-calc:height', height: 555 }, '*'));
  // The real frame, with malformed payloads.
  for (const payload of [
    { type: 'aws-calc:height', height: '777' }, { type: 'aws-calc:height', height: NaN },
    { type: 'aws-calc:height', height: Infinity }, { type: 'aws-calc:height' }, { type: 'other', height: 777 },
    'aws-calc:height 777', null, [777],
  ]) {
    await embed.frame.evaluate((data) => parent.postMessage(data, '*'), payload);
  }
  await sleep(300);
  assert.equal(await height(), fitted, 'a foreign or malformed message changed the height');

  // The real frame, oversized: capped.
  await embed.frame.evaluate(() => parent.postMessage({ type: 'aws-calc:height', height: 1e9 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height === 10000);

  // The same window navigated to another origin: its message is not the calculator's.
  await embed.handle.evaluate((iframe, url) => { iframe.src = url; }, `${host}/evil.html`);
  await page.waitForFunction(() => window.received.some((m) => m.data?.height === 1234));
  await sleep(200);
  assert.equal(await height(), 10000, 'a message from another origin in the iframe was obeyed');
});

test('the embed takes the host URL only from its parent, and only an http(s) URL', async () => {
  article('/sibling.html', `<div class="column"><div data-aws-calc="v=1"></div>` +
    `<iframe id="sibling" title="sibling" src="/sibling-frame.html"></iframe></div>${embedScript()}`);
  article('/sibling-frame.html', '<p>A sibling frame.</p>');
  const page = await open(`${host}/sibling.html`);
  const [embed] = await calcFrames(page, 1);
  const shareUrl = () => embed.frame.evaluate(() => window.awsCalc.shareUrl());
  await expectFitted(embed, 'at load');
  const honest = await shareUrl();
  assert.equal(honest, `${host}/sibling.html#aws-calc=${encodeURIComponent('v=1')}`);

  const sibling = page.frames().find((frame) => frame.url().endsWith('/sibling-frame.html'));
  await sibling.evaluate(() => parent.document.querySelector('[data-aws-calc] iframe').contentWindow
    .postMessage({ type: 'aws-calc:host', url: 'https://evil.example/', key: 'aws-calc' }, '*'));
  await page.evaluate(() => {
    const frame = document.querySelector('[data-aws-calc] iframe').contentWindow;
    frame.postMessage({ type: 'aws-calc:host', url: 'javascript:alert(1)//', key: 'aws-calc' }, '*');
    frame.postMessage({ type: 'aws-calc:host', url: 'https://a.example/', key: 'aws-calc"><b' }, '*');
    frame.postMessage({ type: 'aws-calc:host', url: 42, key: 'aws-calc' }, '*');
  });
  await sleep(300);
  assert.equal(await shareUrl(), honest);
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

test("the article's #aws-calc= state reaches the embed; Copy link gives the article's URL; the URL goes nowhere else", async () => {
  article('/shared.html', `<div class="column"><div data-aws-calc="v=1&gm=55"></div></div>${embedScript()}`);
  const state = 'v=1&gm=50&aws=80&theme=dark';
  const before = calcRequests.length;
  const page = await open(`${host}/shared.html?private=query#intro&aws-calc=${encodeURIComponent(state)}`);
  const [embed] = await calcFrames(page, 1);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.getLink()), state);
  const r = await embed.frame.evaluate(() => window.awsCalc.results());
  assert.deepEqual(r.awsFromAnthropic.map((v) => v.toFixed(2)), ['1.60', '4.00', '7.60']);

  // "Copy link": the button in the embed copies the article's URL with the state.
  await expectFitted(embed, 'at load');
  await embed.frame.evaluate(() => {
    window.copied = [];
    navigator.clipboard.writeText = async (text) => { window.copied.push(text); };
  });
  await embed.frame.evaluate(() => window.awsCalc.setLink('v=1&gm=45&theme=dark'));
  const button = embed.frame.locator('[data-action="copy"]');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const expected = `${host}/shared.html?private=query#aws-calc=${encodeURIComponent('v=1&gm=45&theme=dark')}`;
  await embed.frame.waitForFunction(() => window.copied.length > 0);
  assert.deepEqual(await embed.frame.evaluate(() => window.copied), [expected]);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.shareUrl()), expected);

  // Opening that URL opens the embed in that state.
  const again = await open(expected);
  const [reopened] = await calcFrames(again, 1);
  assert.equal(await reopened.frame.evaluate(() => window.awsCalc.getLink()), 'v=1&gm=45&theme=dark');

  // A new state in the article's URL without a reload: the embed follows.
  await again.evaluate((s) => { location.hash = `aws-calc=${encodeURIComponent(s)}`; }, 'v=1&gm=40');
  await reopened.frame.waitForFunction(() => window.awsCalc.getLink() === 'v=1&gm=40');

  // The calculator's server never saw the article's address: not in a URL, not as a referrer.
  const seen = calcRequests.slice(before);
  assert.ok(seen.some((request) => request.url.startsWith('/embed.html')), 'the embed was not requested');
  const leaks = seen.filter((request) => /shared\.html|private=query/.test(`${request.url} ${request.referer}`));
  assert.deepEqual(leaks, []);
  assert.ok(seen.every((request) => !request.url.includes('127.0.0.2')));
});

test('a bare iframe: Copy link gives the calculator\'s own page', async () => {
  article('/bare.html', `<div class="column"><iframe title="calc" src="${calc}/embed.html#v=1&gm=55"></iframe></div>`,
    'iframe { width: 100%; height: 2400px; border: 0; }');
  const page = await open(`${host}/bare.html`);
  const [embed] = await calcFrames(page, 1);
  assert.equal(await embed.frame.evaluate(() => window.awsCalc.shareUrl()), `${calc}/#v=1&gm=55`);
});

test("the Embed panel's plain iframe, pasted as is, shows the whole calculator at 360, 740 and 1200 px", async () => {
  const calcPage = await open(`${calc}/#v=1&gm=55`);
  await calcPage.click('[data-action="embed"]');
  await calcPage.waitForFunction(() => document.getElementById('embed-iframe').value !== '');   // exports.js loaded
  const snippet = await calcPage.locator('#embed-iframe').inputValue();
  assert.match(snippet, /^<iframe [^>]*src="[^"]*\/embed\.html#v=1&amp;gm=55"[^>]*><\/iframe>\n<script>[^<]*<\/script>$/);
  const script = await calcPage.locator('#embed-script').inputValue();
  assert.match(script, /data-aws-calc-id="[\w-]+"/);

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
  // A CMS that strips scripts: the iframe keeps a height that holds the calculator in the
  // narrowest column.
  article('/plain-stripped.html', snippet.replace(/<script>[\s\S]*<\/script>/, ''));
  const stripped = await open(`${host}/plain-stripped.html`, { width: 360, height: 900 });
  await expectWhole(stripped, 'stripped of its script, at 360 px');
  // This article's policy also refuses the snippet's style attribute (its width and
  // height attributes still apply): the one error it logs is expected.
  const errors = stripped.context().errors;
  errors.splice(0, errors.length, ...errors.filter((error) => !/Applying inline style violates/.test(error)));
});

// The colour most of the iframe's pixels have: the page behind it, if it is transparent.
async function iframeBackground(page, handle) {
  await handle.evaluate((iframe) => iframe.scrollIntoView());
  const box = await handle.boundingBox();
  const shot = decodePng(await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 880) } }));
  return dominantColour(shot);
}

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

// Every route readable on any article. Under pym.js and a plain iframe (what
// AMP's amp-iframe is to the embed) the host's background is unknown: the embed is
// opaque in the reader's theme, never dark text on a transparent box over a dark page.
// The contrast of the calculator's title against what shows around it, on a #121212
// and a white article, with the reader's system light and dark.
// An AMP page's amp-iframe (resizable) as far as the embed sees it: a plain iframe whose
// parent takes {sentinel: 'amp', type: 'embed-size', height} from it and resizes it.
articles.set('/amp-host.js', { js: `addEventListener('message', (event) => {
  const frame = document.getElementById('calc-amp');
  const data = event.data;
  if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
  frame.style.height = Math.min(10000, Number(data.height) || 0) + 'px';
});` });

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
