// exports.js: the files a reader or a newsroom downloads to republish the figures, made
// by the core (the same functions as `aws-calc --csv [--exact]` and `aws-calc --svg`):
//   csv        the results, rounded as the calculator shows them, with a header block
//              (title, source, link, date, units), the range's percentiles and the
//              scenarios
//   csv-exact  the same file with the exact values (the shortest decimals that read back)
//   svg        the chart of the tab the reader looks at (bars, fan, tornado or compare),
//              framed with its title, subtitle, source line, link and date
//   png        that SVG drawn at twice its size (or the screen's pixel ratio, if higher)
// and the Embed panel's two codes (embedCodes), which the build also puts into the oEmbed
// response (scripts/lib/assemble.mjs).
// A classic script, not an ES module: the page adds it with a <script> element only when
// the reader opens "Download figures" or "Embed" (the service worker precaches it, so it
// works offline too), and the single offline file inlines it: a module cannot be
// imported from a file opened from disk (file://), a classic script runs anywhere. It
// defines globalThis.awsCalcExports (node's build tools import it the same way):
//
//   const exports = globalThis.awsCalcExports;
//   const { name, blob } = await exports.makeExport('png', { module, link, dark });
//   const { script, iframe } = exports.embedCodes({ base, title: document.title, link });

'use strict';
(() => {
  // The name the embed codes give their embed: the article's URL keeps a reader's state
  // under #aws-calc-<id>=, whatever other embeds the article has.
  const EMBED_ID = 'aws-anthropic';
  // The calculator's tallest height (the narrowest column, a finger's thumb-sized controls)
  // with the embed's toolbar: scripts/lib/assemble.mjs writes it in from the build's table
  // of heights (NaN in the source).
  const PLAIN_IFRAME_HEIGHT_PX = Number('{{PLAIN_IFRAME_HEIGHT}}');
  // The heights an embed's iframe may take (src/tools/site_assets.cpp, kEmbedMetrics),
  // written in the same way (null in the source: node's tools pass `metrics` themselves).
  const EMBED_METRICS = JSON.parse('{{EMBED_METRICS}}'.replace(/^\{\{.*\}\}$/, 'null'));

  const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  // The codes a newsroom pastes, for the calculator at `base` (its folder's URL, ending in
  // '/') starting on `link`; `title` names the iframe (the page's own <title>, as embed.js
  // names its iframes):
  //   script  the embed.js div (recommended: sizes itself, follows the host's theme)
  //   iframe  for a CMS that takes no embed.js: the iframe with a few lines that size it to
  //           the calculator's height (web/embed_child.js posts it), and, should the CMS strip
  //           those too, a height that holds the calculator in the narrowest column (blank
  //           space below it in a wider one, never cut off). It keeps allow="web-share"
  //           (sharing from phones); a Chromium without Web Share (Linux) warns about it.
  function embedCodes({ base, title, link = '', height = PLAIN_IFRAME_HEIGHT_PX, metrics = EMBED_METRICS }) {
    if (!metrics) throw new Error('embedCodes: the build\'s embed metrics are needed (embed-metrics.json)');
    const state = escapeAttribute(link);
    const origin = JSON.stringify(new URL(base).origin);
    return {
      script: `<div data-aws-calc="${state}" data-aws-calc-id="${EMBED_ID}"></div>\n` +
        `<script src="${base}embed.js" async></script>`,
      iframe: `<iframe src="${base}embed.html#${state}" title="${escapeAttribute(title)}" ` +
        `data-aws-calc-frame loading="lazy" allow="clipboard-write; web-share" width="100%" height="${height}" ` +
        `style="display:block;width:100%;height:${height}px;border:0"></iframe>\n` +
        '<script>addEventListener("message",function(e){var d=e.data;' +
        `if(e.origin!==${origin}||!d||d.type!=="aws-calc:height")return;` +
        'document.querySelectorAll("iframe[data-aws-calc-frame]").forEach(function(f){' +
        `if(f.contentWindow===e.source)f.style.height=Math.min(${metrics.maxHeightPx},Math.max(${metrics.minHeightPx},+d.height||0))+"px"})})</script>`,
    };
  }

  const CHART_WIDTH_PX = 640;   // CSS px: a column of an article, and the SVG's own size

  // "2026-11-29" in the reader's time zone: the day they downloaded it.
  function today(date = new Date()) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  // The SVG's own size, from its width and height attributes.
  function svgSize(svg) {
    const width = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
    if (!(width > 0 && height > 0)) throw new Error('the chart has no size');
    return { width, height };
  }

  // The SVG drawn into a canvas `scale` times its size, as a PNG. The SVG is standalone (its
  // own <style>, no external resources), so an <img> can draw it without a network.
  async function svgToPng(svg, scale) {
    const { width, height } = svgSize(svg);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.decoding = 'async';
      image.src = url;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'),
        { width: Math.round(width * scale), height: Math.round(height * scale) });
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('the browser made no PNG');
      return blob;
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // One export: its file name and contents. `module` is the calculator's module, `link` the
  // URL that reopens these figures (what "Copy link" gives), `dark` the theme shown.
  async function makeExport(kind, { module, link, dark = false, date = today(), size = '' }) {
    if (kind === 'csv' || kind === 'csv-exact') {
      const exact = kind === 'csv-exact';
      return {
        name: exact ? 'aws-anthropic-projection-exact.csv' : 'aws-anthropic-projection.csv',
        blob: new Blob([module.resultsCsv(exact, link, date)], { type: 'text/csv;charset=utf-8' }),
      };
    }
    if (kind !== 'svg' && kind !== 'png') throw new Error(`no export called ${kind}`);
    const chart = module.exportChart();
    if (size) {
      // A picture of a fixed size (core: kPictureSizes): its SVG's width and height are the
      // picture's pixels, so it is drawn at 1x; its name says its size and theme.
      const picture = module.pictureSvg(chart, dark, size, link, date);
      if (!picture) throw new Error(`no picture size called ${size}`);
      const { width, height } = svgSize(picture);
      return { name: `aws-anthropic-${chart}-${width}x${height}${dark ? '-dark' : ''}.png`, blob: await svgToPng(picture, 1) };
    }
    const svg = module.chartSvg(chart, dark, CHART_WIDTH_PX, link, date);
    if (kind === 'svg') {
      return { name: `aws-anthropic-${chart}.svg`, blob: new Blob([svg], { type: 'image/svg+xml' }) };
    }
    const scale = Math.max(2, Math.min(4, window.devicePixelRatio || 1));
    return { name: `aws-anthropic-${chart}.png`, blob: await svgToPng(svg, scale) };
  }

  globalThis.awsCalcExports = { EMBED_ID, PLAIN_IFRAME_HEIGHT_PX, embedCodes, today, makeExport };
})();
