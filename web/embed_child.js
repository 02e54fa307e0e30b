// embed_child.js: the embed's side of embedding (loaded by embed.html only, after page.js).
//
// Reports the calculator's content height (the <main class="calc"> element, never the
// viewport: a viewport-sized child of an auto-sized iframe grows without end) to the
// parent window on load, on every layout change and when asked; debounced, capped:
//   {type: 'aws-calc:height', height}              for embed.js (web/embed.js)
//   {sentinel: 'amp', type: 'embed-size', height}  for AMP's amp-iframe, always
//   'pymxPYMx<childId>xPYMxheightxPYMx<height>'    for pym.js v1, when the page was
//                                                   opened with a childId parameter
// and answers a height request: pym's 'width' message, or {type: 'aws-calc:measure'}
// (embed.js sends it when its iframe loads, and from awsCalcEmbed.resize()).
//
// pym.js adds ?initialWidth=..&childId=..&parentTitle=..&parentUrl=.. to the address's
// query string (before the '#', where pym v1 puts them): they are read from there, by
// name. The fragment is the share link, whole: a '?' in it is the link's (a scenario
// named "Why?"), and the core reports whatever in it is not a setting.
//
// From window.parent only, {type: 'aws-calc:viewport', top, bottom} (embed.js, as the
// article scrolls) says which part of the iframe shows (else an IntersectionObserver
// tells, coarsely): the page keeps its result strip there (web/strip.js).
// From window.parent only, {type: 'aws-calc:host', url, key} (sent by embed.js) makes
// "Copy link" give the article's URL with the state (url#key=<encoded link>); under
// pym.js the same comes from pym's parentUrl and the container's id; otherwise Copy
// link gives the calculator's own page (index.html#link).
(() => {
  'use strict';
  // The tallest height an embed reports (src/tools/site_assets.cpp, kEmbedMetrics;
  // written in by scripts/lib/assemble.mjs).
  const MAX_HEIGHT = {{EMBED_METRICS}}.maxHeightPx;
  const parentWindow = window.parent;
  const framed = parentWindow !== window;

  // pym's parameters: from the query string only, and only inside a frame: a page
  // opened directly (a link a stranger sent, "embed.html?childId=x&parentUrl=...") has no
  // pym parent, and its Copy link and state stay its own.
  const params = new URLSearchParams(location.search);
  const childId = framed ? params.get('childId') : null;
  const pymId = childId && /^\S{1,200}$/.test(childId) ? childId : null;

  // Height: the document's own height (the root element's box: its content, never the
  // viewport), so the iframe is exactly as tall as what it holds and nothing scrolls in it.
  const main = document.querySelector('main.calc') || document.body;
  const measure = () => Math.min(MAX_HEIGHT,
    Math.max(0, Math.ceil(document.documentElement.getBoundingClientRect().height)));

  // embed.js (its ?theme= says so) reserved the final height before this page loaded,
  // for this width and these options: the placeholder's height is not sent before the
  // calculator has drawn (or shows a fallback), so the article does not move twice.
  const reserved = params.has('theme');
  const shown = () => /\b(?:canvas-ready|no-canvas|no-wasm)\b/.test(document.documentElement.className);
  let sent = -1;
  let timer = 0;
  function send(force) {
    clearTimeout(timer);
    timer = 0;
    if (reserved && !shown()) return;
    const height = measure();
    if (!framed || (height === sent && !force)) return;
    sent = height;
    parentWindow.postMessage({ type: 'aws-calc:height', height }, '*');
    parentWindow.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    if (pymId) parentWindow.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  }
  const later = () => { if (!timer) timer = setTimeout(send, 50); };

  // Copy link: the article's URL once embed.js said where we are, else our own page.
  let host = null;
  const shareUrlFor = (state) => (host
    ? `${host.url}#${host.key}=${encodeURIComponent(state)}`
    : `${new URL('./', location.href).href}#${state}`);
  if (window.awsCalc) window.awsCalc.shareUrlFor = shareUrlFor;

  // Under pym.js: pym puts the article's URL in the query string (parentUrl). "Copy link"
  // gives it with the embed's key, aws-calc-<the pym container's id>, as under embed.js,
  // and that key in the article's URL reopens the embed in its state.
  // Only an http(s) parentUrl, and only one on the origin that frames this page where
  // the browser says which (location.ancestorOrigins; else the referrer's origin).
  const framingOrigin = () => {
    if (location.ancestorOrigins?.length) return location.ancestorOrigins[0];
    try { return document.referrer ? new URL(document.referrer).origin : null; } catch { return null; }
  };
  if (pymId && /^[\w-]{1,40}$/.test(pymId)) {
    try {
      const article = new URL(params.get('parentUrl') ?? '');
      const origin = framingOrigin();
      if ((article.protocol === 'https:' || article.protocol === 'http:') &&
          (origin === null || origin === 'null' || origin === article.origin)) {
        const key = `aws-calc-${pymId}`;
        const state = new URLSearchParams(article.hash.slice(1)).get(key);
        article.hash = '';
        host = { url: article.href, key };
        if (state !== null && state !== location.hash.slice(1)) {
          history.replaceState(history.state, '', `#${state}`);
          dispatchEvent(new HashChangeEvent('hashchange'));
        }
      }
    } catch { /* no usable parentUrl: Copy link gives the calculator's own page */ }
  }

  addEventListener('message', (event) => {
    if (!framed || event.source !== parentWindow) return;
    const data = event.data;
    if (typeof data === 'string') {
      if (pymId && data.startsWith(`pymxPYMx${pymId}xPYMxwidthxPYMx`)) send(true);
      return;
    }
    if (!data || typeof data !== 'object') return;
    if (data.type === 'aws-calc:measure') { send(true); return; }
    if (data.type === 'aws-calc:viewport') {
      const { top, bottom } = data;
      if (!Number.isFinite(top) || !Number.isFinite(bottom) || top > bottom) return;
      hostReportsViewport = true;
      window.awsCalc?.setVisibleArea(top, bottom);
      return;
    }
    if (data.type !== 'aws-calc:host') return;
    const { url, key } = data;
    if (typeof url !== 'string' || url.length > 4096 || typeof key !== 'string' ||
        !/^aws-calc(?:-[\w-]{1,40})?$/.test(key)) return;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return;
      parsed.hash = '';
      host = { url: parsed.href, key };
    } catch { /* not a URL: ignored */ }
  });

  // Without embed.js (pym, AMP, a plain iframe) the iframe learns what shows of it from
  // an IntersectionObserver (its implicit root is the top-level viewport): coarser, in
  // steps of 1% of the calculator's height, but the result strip still follows.
  let hostReportsViewport = false;
  if (framed && window.IntersectionObserver) {
    const steps = Array.from({ length: 101 }, (_, i) => i / 100);
    new IntersectionObserver((entries) => {
      const seen = entries[entries.length - 1].intersectionRect;
      if (!hostReportsViewport) window.awsCalc?.setVisibleArea(seen.top + scrollY, seen.bottom + scrollY);
    }, { threshold: steps }).observe(main);
  }

  if (framed) {
    new ResizeObserver(later).observe(main);
    // The calculator drew (or fell back): a height held back for embed.js goes now.
    if (reserved) new MutationObserver(later).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    addEventListener('load', () => send(true));
    later();
  }
})();
