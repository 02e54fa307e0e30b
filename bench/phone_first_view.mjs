// phone_first_view.mjs: the first view on a phone, measured (bench/page_bench.mjs runs it;
// scripts/bench reports it).
//
// A first visit at 390 x 844 CSS px, device pixel
// ratio 3, touch, under Chromium's 4x CPU slowdown (DevTools Emulation.
// setCPUThrottlingRate: the renderer only; SwiftShader's GL work in the GPU process is
// not slowed) and Lighthouse's "slow 4G" network (Network.emulateNetworkConditions:
// 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency). Twice: with the files as
// scripts/lib/serve.mjs sends them (uncompressed), and gzipped as a host would send them
// (a proxy in front of it: Content-Encoding: gzip, level 9, for text and wasm). Timings
// only: reported by scripts/bench, never tested.
//   firstFiguresMs     when the article's figures are first painted: the static
//                      rendering's headline (Element Timing, elementtiming="figures"),
//                      else the canvas's first frame (a page without a static rendering)
//   firstFrameMs       awsCalc.stats().firstFrameMs: the module's first canvas frame
//   firstPaintMs       First Contentful Paint (any text, e.g. a loading line)
//   layoutShift        the sum of layout-shift entries until the first frame + 500 ms
//   wasmRequests       how often the wasm was requested (1: the preload was reused)
//   wasmFetchStartMs   when the wasm's request started (Resource Timing)
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, sleep } from '../tests/lib/calc_page.mjs';
import { median } from './measure.mjs';

export const PHONE_PROFILE = {
  viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  cpuSlowdown: 4, downloadKbitPerS: 1600, uploadKbitPerS: 750, latencyMs: 150,
};

const FIRST_VIEW_SCRIPT = () => {
  const view = { firstPaintMs: null, firstFiguresMs: null, layoutShift: 0 };
  Object.defineProperty(window, '__firstView', { value: view });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch { /* an entry type this browser lacks */ }
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') view.firstPaintMs = e.startTime; });
  observe('element', (e) => {
    if (e.identifier === 'figures' && view.firstFiguresMs === null) view.firstFiguresMs = e.renderTime || e.loadTime;
  });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) view.layoutShift += e.value; });
};

// A proxy in front of `origin` that gzips what a host would compress (HTML, CSS, JS,
// JSON, SVG, the manifest and wasm) when the browser accepts it; other headers pass.
export function startGzipProxy(origin) {
  const server = createServer((req, res) => {
    const upstream = httpRequest(`${origin}${req.url}`, {
      method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        let body = Buffer.concat(chunks);
        const headers = { ...response.headers };
        if (response.statusCode === 200 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
            /^(?:text\/|application\/(?:wasm|json|manifest\+json)|image\/svg)/.test(headers['content-type'] ?? '')) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
        headers['content-length'] = body.length;
        res.writeHead(response.statusCode, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    });
    upstream.on('error', () => { res.writeHead(502); res.end(); });
    upstream.end();
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise(server)));
}

export async function phoneFirstView(server, profile = PHONE_PROFILE) {
  const dir = mkdtempSync(join(tmpdir(), 'awscalc-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor, isMobile: profile.isMobile, hasTouch: profile.hasTouch,
    colorScheme: 'light',
  });
  const errors = [];
  try {
    await context.addInitScript(FIRST_VIEW_SCRIPT);
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const wasmRequests = [];
    page.on('request', (request) => { if (/\.wasm$/.test(new URL(request.url()).pathname)) wasmRequests.push(request.url()); });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latencyMs,
      downloadThroughput: (profile.downloadKbitPerS * 1000) / 8, uploadThroughput: (profile.uploadKbitPerS * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.goto(`${server.origin}/#v=1`, { waitUntil: 'load', timeout: 120000 });
    await page.evaluate(() => window.awsCalc.ready);
    await sleep(500);
    const result = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').filter((e) => /\.wasm$/.test(new URL(e.name).pathname));
      return {
        ...window.__firstView,
        firstFrameMs: window.awsCalc.stats().firstFrameMs,
        staticRendering: window.__firstView.firstFiguresMs !== null,
        wasmFetchStartMs: wasm[0]?.startTime ?? null,
        wasmResponseEndMs: wasm[0]?.responseEnd ?? null,
      };
    });
    if (result.firstFiguresMs === null) result.firstFiguresMs = result.firstFrameMs;
    return { ...result, wasmRequests: wasmRequests.length, errors };
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

// The phone runs as figures for a report: medians, and how they were measured.
// `encoding`: 'identity' (as scripts/lib/serve.mjs sends the files) or 'gzip'.
export function phoneFirstViewSummary(runs, encoding, profile = PHONE_PROFILE) {
  const pick = (key) => median(runs.map((r) => r[key]).filter((v) => v !== null && v !== undefined));
  return {
    firstFiguresMs: pick('firstFiguresMs'),
    firstFrameMs: pick('firstFrameMs'),
    firstPaintMs: pick('firstPaintMs'),
    wasmFetchStartMs: pick('wasmFetchStartMs'),
    layoutShift: Math.max(...runs.map((r) => r.layoutShift)),
    staticRendering: runs.every((r) => r.staticRendering),
    wasmRequests: Math.max(...runs.map((r) => r.wasmRequests)),
    encoding,
    aims: { firstFiguresMs: 1000, firstFrameMs: 2500 },
    method: `first visit of index.html#v=1 with an empty profile, ${profile.viewport.width} x ${profile.viewport.height} ` +
      `CSS px at device pixel ratio ${profile.deviceScaleFactor} (isMobile, touch), DevTools CPU throttling ` +
      `${profile.cpuSlowdown}x and network ${profile.downloadKbitPerS / 1000} Mbit/s down, ${profile.uploadKbitPerS / 1000} ` +
      `Mbit/s up, ${profile.latencyMs} ms latency, ${encoding === 'gzip' ? 'files gzipped (level 9) by a proxy in ' +
        'front of scripts/lib/serve.mjs, as a host would send them' : 'files uncompressed, as scripts/lib/serve.mjs ' +
        'sends them'}; first figures = ` +
      'Element Timing of the static rendering (elementtiming="figures"), or the first canvas frame without one; ' +
      `first frame = awsCalc.stats().firstFrameMs; median of ${runs.length} run${runs.length > 1 ? 's' : ''}`,
  };
}

// For bench/run.mjs: the phone figures (one per encoding, section 'page') and the lines
// to print, from runPageBench()'s `phone` (null when the part did not run).
//   const phone = phoneFirstViewReport(page.phone);
//   phone.figures.forEach(figure);          // into build/bench.json
//   phone.lines.forEach((text) => line(text));   // in the PAGE section
export function phoneFirstViewReport(phone) {
  if (!phone) return { figures: [], lines: [] };
  const summaries = Object.values(phone.summary);
  return {
    figures: summaries.map((summary) => ({
      section: 'page', id: `phoneFirstView.${summary.encoding}`, unit: 'ms',
      label: `first view on a phone profile (${summary.encoding === 'gzip' ? 'gzip' : 'uncompressed'})`,
      value: summary.firstFrameMs, ...summary,
    })),
    lines: summaries.flatMap((summary) => phoneFirstViewLines(summary)),
  };
}

// The lines scripts/bench prints for it.
export function phoneFirstViewLines(summary) {
  const ms = (v) => (v === null || v === undefined ? '-' : `${Math.round(v)} ms`);
  return [
    `  phone first view, ${summary.encoding === 'gzip' ? 'gzip' : 'uncompressed'}: first figures ${ms(summary.firstFiguresMs)} (aim <= ${summary.aims.firstFiguresMs} ms` +
      `${summary.staticRendering ? ', the static rendering' : ', no static rendering: the first frame'}), ` +
      `first canvas frame ${ms(summary.firstFrameMs)} (aim <= ${summary.aims.firstFrameMs} ms), ` +
      `first paint ${ms(summary.firstPaintMs)}, wasm requested at ${ms(summary.wasmFetchStartMs)} ` +
      `(${summary.wasmRequests} request${summary.wasmRequests === 1 ? '' : 's'}), layout shift ${summary.layoutShift.toFixed(3)}`,
    `      ${summary.method}`,
  ];
}
