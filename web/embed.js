// embed.js: the host page's side of embedding the calculator in an article.
//
//   <div data-aws-calc="v=1&gm=55"></div>
//   <script src="https://CALC-HOST/embed.js" async></script>
//
// Each such div gets an iframe of embed.html#<its link> (from the same place as this
// script), sized by the height the calculator reports. Attributes of the div:
//   data-aws-calc="LINK"     the starting state (a share link, without '#'; may be empty)
//   data-aws-calc-id="x"     names the embed in the article's URL: #aws-calc-x=... (the
//                            first embed without an id uses #aws-calc=..., later ones
//                            #aws-calc-2=, #aws-calc-3=... in page order)
//   data-aws-calc-title="…"  the iframe's title (screen readers)
//   data-aws-calc-hide="header footer padding"   what the article already has: the
//                            calculator's title, intro and source line; its footer; its
//                            side padding (any of the three). Like the host's theme, it
//                            travels in the iframe's query string, never in the link.
//   data-aws-calc-theme="dark"  the article's background, light or dark, when the
//                            newsroom says so (the Embed dialog's "Your page's
//                            background"); without it, read from the page (below).
//   data-aws-calc-lang="de"  the article's language (README, "Languages"): the
//                            calculator speaks it unless a reader's link names another;
//                            in the query string too (embed.html?lang=de).
// A state in the article's own URL (#aws-calc=<percent-encoded link>, several joined
// with '&') replaces the div's link, so a shared article link opens the embed as shared.
// Without theme= in the link, the embed takes the theme (light or dark) of the page's
// background where the div sits, and is transparent over it: embed.html?theme=dark#link
// (the host's look travels in the query string, never in the link).
//
// Messages: accepted only from each iframe's own window and origin, and only
// {type: 'aws-calc:height', height: finite number} (capped). The answer, to that iframe
// and only to its origin: {type: 'aws-calc:host', url: this page's URL without '#...',
// key}, so the embed's "Copy link" gives the article's URL carrying the state. Asking
// for a height, {type: 'aws-calc:measure'}, to the same: when an iframe loads, and from
// awsCalcEmbed.resize(). And, as the article scrolls, {type: 'aws-calc:viewport', top,
// bottom}: the part of the iframe in view, so the embed keeps its result in view.
// Before an iframe has said its height, its height is reserved from the build's table
// of heights by column width (no jump when it loads). Nothing else is sent anywhere: the iframe's address carries
// only the link, no referrer is sent.
//
// Safe to include twice; awsCalcEmbed.scan() picks up divs added later, and
// awsCalcEmbed.resize() has every embed report its height again (the embeds follow
// their content by themselves; this is for hosts that moved or revealed them).
(() => {
  'use strict';
  if (window.awsCalcEmbed) {
    window.awsCalcEmbed.scan();
    return;
  }
  // The embed's measurements (src/tools/site_assets.cpp, kEmbedMetrics; written in by
  // scripts/lib/assemble.mjs): the heights an iframe may take, and the embed's toolbar,
  // one row of a fixed height below the canvas, with a mouse and with a finger.
  const METRICS = {{EMBED_METRICS}};
  // The calculator's height by column width, with a mouse and with a finger, and with the
  // parts a host may leave out, measured from the interface at build time
  // (src/tools/site_assets: [first width, height] rows, as differences): an embed
  // reserves its final height before its iframe loads, so the article does not move.
  const HEIGHTS = {{LAYOUT_HEIGHTS}};
  const TITLE = {{PAGE_TITLE_JSON}};   // index.html's <title> (scripts/lib/assemble.mjs)

  // document.currentScript is null when this runs from a callback; find our tag then.
  const script = document.currentScript ||
    [...document.querySelectorAll('script[src]')].reverse().find((s) => /\/embed\.js(?:[?#]|$)/.test(s.src));
  if (!script) return;
  const frameUrl = new URL('embed.html', script.src).href;
  const frameOrigin = new URL(frameUrl).origin;

  const frames = [];   // {div, iframe, key, link}
  const done = new WeakSet();
  let unnamed = 0;

  const hostUrl = () => location.href.split('#')[0];

  // The iframe may write to the clipboard ("Copy link") and open the share sheet. Web
  // Share in an iframe needs allow="web-share" where browsers have it (Safari, Chrome on
  // Android, Windows, macOS); a Chromium without it (Linux) logs "Unrecognized feature:
  // 'web-share'" on every host page, so it is asked for only where it is known.
  const features = document.featurePolicy?.features?.();
  const ALLOW = features && !features.includes('web-share') ? 'clipboard-write' : 'clipboard-write; web-share';

  // The value of `key` in the page's fragment (a=1&b=2), decoded; null when absent.
  function hostState(key) {
    for (const part of location.hash.slice(1).split('&')) {
      const i = part.indexOf('=');
      if (i > 0 && part.slice(0, i) === key) {
        try { return decodeURIComponent(part.slice(i + 1)); } catch { return null; }
      }
    }
    return null;
  }

  // linkLook(link): the link's theme and accent (web/look.js, put here by the build).
  {{LINK_LOOK_JS}}

  // Light or dark, from the first opaque background behind `element` (colours of any
  // syntax are resolved by painting them), else from the page's colour scheme.
  function pageTheme(element) {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    for (let e = element; e && context; e = e.parentElement) {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = getComputedStyle(e).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      if (a > 127) {
        const linear = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18 ? 'dark' : 'light';
      }
    }
    const scheme = getComputedStyle(document.documentElement).colorScheme;
    const dark = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
    return dark ? 'dark' : 'light';
  }

  // The iframe's address: the host's look in the query string (never in the link, so it
  // stays out of readers' share links; the link's own theme= wins), the link after '#'.
  function source(frame) {
    const link = (hostState(frame.key) ?? frame.link).replace(/^#/, '');
    const hostTheme = frame.theme === 'light' || frame.theme === 'dark' ? frame.theme : pageTheme(frame.div);
    // The iframe's colour scheme must match the embed's, or the browser paints the
    // embed's background opaque.
    const { theme } = linkLook(link);
    frame.iframe.style.colorScheme = theme === 'dark' || theme === 'light' ? theme : hostTheme;
    return `${frameUrl}?theme=${hostTheme}${frame.hide ? `&hide=${frame.hide}` : ''}` +
      `${frame.lang ? `&lang=${frame.lang}` : ''}#${link}`;
  }

  function tellHost(frame) {
    frame.iframe.contentWindow?.postMessage({ type: 'aws-calc:host', url: hostUrl(), key: frame.key }, frameOrigin);
  }

  function measure(frame) {
    frame.iframe.contentWindow?.postMessage({ type: 'aws-calc:measure' }, frameOrigin);
  }

  // layoutHeight(heights, metrics, width, pointer, hide): the calculator's height in a
  // column of that width (web/layout_height.js, put here by the build).
  {{LAYOUT_HEIGHT_JS}}

  // The height the calculator will take in `div`'s column, before it has said.
  function reservedHeight(div, hide) {
    const width = div.getBoundingClientRect().width || 320;
    const pointer = matchMedia('(pointer: coarse)').matches ? 'coarse' : 'fine';
    return layoutHeight(HEIGHTS, METRICS, width, pointer, hide);
  }

  // Which part of each embed the reader sees (iframe CSS px), sent as the host scrolls and
  // resizes, at most once an animation frame and only when it changed, so the embed can
  // keep its result in view (the embed's result strip). Only to embeds that have answered.
  let viewportScheduled = false;
  function sendViewports() {
    viewportScheduled = false;
    for (const frame of frames) {
      if (!frame.answered) continue;
      const rect = frame.iframe.getBoundingClientRect();
      const top = Math.round(Math.max(0, -rect.top));
      const bottom = Math.round(Math.min(rect.height, innerHeight - rect.top));
      if (frame.viewport && frame.viewport[0] === top && frame.viewport[1] === bottom) continue;
      frame.viewport = [top, bottom];
      frame.iframe.contentWindow?.postMessage({ type: 'aws-calc:viewport', top, bottom }, frameOrigin);
    }
  }
  function scheduleViewports() {
    if (viewportScheduled) return;
    viewportScheduled = true;
    requestAnimationFrame(sendViewports);
  }

  function scan() {
    for (const div of document.querySelectorAll('[data-aws-calc]')) {
      if (done.has(div)) continue;
      done.add(div);
      const id = div.getAttribute('data-aws-calc-id');
      const key = id && /^[\w-]{1,40}$/.test(id) ? `aws-calc-${id}`
        : ++unnamed === 1 ? 'aws-calc' : `aws-calc-${unnamed}`;
      const iframe = document.createElement('iframe');
      // Parts the article already has: data-aws-calc-hide="header footer padding".
      const asked = (div.getAttribute('data-aws-calc-hide') || '').split(/[\s,]+/);
      const hide = ['header', 'footer', 'padding'].filter((part) => asked.includes(part)).join(',');
      // The article's language (data-aws-calc-lang="de"): the calculator's words and
      // numbers in it, unless a reader's link names another.
      const lang = (div.getAttribute('data-aws-calc-lang') || '').toLowerCase().replace(/[^a-z]/g, '');
      const frame = { div, iframe, key, hide, lang, theme: div.getAttribute('data-aws-calc-theme'),
                      link: div.getAttribute('data-aws-calc') || '' };
      iframe.title = div.getAttribute('data-aws-calc-title') || TITLE;
      iframe.loading = 'lazy';
      iframe.allow = ALLOW;
      iframe.referrerPolicy = 'no-referrer';
      iframe.setAttribute('scrolling', 'no');
      Object.assign(iframe.style, { display: 'block', width: '100%', height: `${reservedHeight(div, hide)}px`, border: '0' });
      iframe.src = source(frame);
      iframe.addEventListener('load', () => measure(frame));
      div.replaceChildren(iframe);
      frames.push(frame);
    }
  }

  addEventListener('message', (event) => {
    const frame = frames.find((f) => f.iframe.contentWindow === event.source);
    if (!frame || event.origin !== frameOrigin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'aws-calc:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    frame.iframe.style.height = `${Math.min(METRICS.maxHeightPx, Math.max(METRICS.minHeightPx, Math.ceil(height)))}px`;
    // It is ours and listening (a new document after a reload, too): tell it where it is,
    // and which part of it shows.
    tellHost(frame);
    frame.answered = true;
    frame.viewport = null;
    scheduleViewports();
  });
  addEventListener('scroll', scheduleViewports, { passive: true });
  addEventListener('resize', scheduleViewports);

  // A new #aws-calc=... in the article's URL (no reload): the embed follows it.
  addEventListener('hashchange', () => {
    for (const frame of frames) {
      const src = source(frame);
      if (hostState(frame.key) !== null && src !== frame.iframe.src) frame.iframe.src = src;
    }
  });

  window.awsCalcEmbed = { scan, resize: () => frames.forEach(measure) };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  scan();
})();
