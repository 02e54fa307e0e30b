// embed_host.mjs: the host side of the embedding tests (embed_js, embed_routes,
// embed_messages): the calculator's dist/ on one origin (127.0.0.1) and articles on
// another (127.0.0.2, each with a newsroom's strict CSP), one Chromium per test file, a
// fresh context per test; and how to open an article, find its calculator frames and
// wait until an iframe fits its content. Importing it registers the file's hooks.
//
// Needs dist/ (scripts/build).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/lib/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, DIST, closeContexts, decodePng, dominantColour, sleep } from './harness.mjs';

export const PYM = readFileSync(join(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'));
export const LONG = 'v=1&rev=4,10,19,29,38,46';

export let browser;
export let calcServer;
export let hostServer;
export let calc = '';                   // http://127.0.0.1:PORT (dist/)
export let host = '';                   // http://127.0.0.2:PORT (the articles)
export const calcRequests = [];         // {url, referer} of every request dist/ received
export const articles = new Map();      // path -> {html, css} (pages), {js} (scripts)
export const contexts = [];

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
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterEach(() => closeContexts(contexts));

after(async () => {
  await browser?.close();
  await Promise.all([calcServer, hostServer].map((server) => new Promise((resolve) => server?.close(resolve))));
});

// An article at `path` on the host origin: `body` HTML, `css` its stylesheet;
// `inlineScripts`: its policy lets inline scripts and styles in (a CMS's pasted snippets).
export function article(path, body, css = '', { inlineScripts = false } = {}) {
  articles.set(path, {
    inlineScripts,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>` +
      `<link rel="stylesheet" href="${path.replace(/\.html$/, '.css')}"></head><body>${body}</body></html>`,
    css: `body { margin: 0; font: 16px serif; } .column { max-width: 600px; margin: 0 auto; padding: 8px; }\n${css}`,
  });
}

// An AMP page's amp-iframe (resizable) as far as the embed sees it: a plain iframe whose
// parent takes {sentinel: 'amp', type: 'embed-size', height} from it and resizes it.
articles.set('/amp-host.js', { js: `addEventListener('message', (event) => {
  const frame = document.getElementById('calc-amp');
  const data = event.data;
  if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
  frame.style.height = Math.min(10000, Number(data.height) || 0) + 'px';
});` });

export const embedScript = () => `<script src="${calc}/embed.js" async></script>`;

// Opens `url` in a fresh context; console errors and page errors (frames included) are
// collected and fail the test. Messages posted to the article's window are recorded.
export async function open(url, { width = 800, height = 900 } = {}) {
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
export async function calcFrames(page, count) {
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
export const contentHeight = (frame) => frame.evaluate(() =>
  document.querySelector('main.calc').getBoundingClientRect().bottom + scrollY);
export const iframeHeight = (handle) => handle.evaluate((iframe) => iframe.getBoundingClientRect().height);

// Waits until the iframe's height is the frame's content height (±2 px) and stays so.
export async function expectFitted({ handle, frame }, what) {
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

// The colour most of the iframe's pixels have: the page behind it, if it is transparent.
export async function iframeBackground(page, handle) {
  await handle.evaluate((iframe) => iframe.scrollIntoView());
  const box = await handle.boundingBox();
  const shot = decodePng(await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 880) } }));
  return dominantColour(shot);
}
