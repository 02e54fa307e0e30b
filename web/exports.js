// exports.js: the files a reader or a newsroom downloads to republish the figures, made
// by the core-only module (src/web/core_bindings.cpp: the same functions as
// `aws-calc --csv [--exact]` and `aws-calc --svg`), which this script loads the first
// time it is needed, from the state's link (the page's module leaves the file writers
// out of its download):
//   csv        the data, one ZIP of tidy CSV files (the projection a year a row, the
//              single values, the range's percentiles, the scenarios, the reported facts)
//              and metadata.json (title, source, link, dates, units, licence, how to
//              cite), rounded as the calculator shows them (= aws-calc --zip)
//   csv-exact  the same with the exact values (the shortest decimals that read back)
//   svg        the chart of the tab the reader looks at (bars, fan, tornado or compare),
//              framed with its title, subtitle, source line, link and date
//   png        that SVG drawn at twice its size (or the screen's pixel ratio, if higher),
//              its title and terms (licence, how to cite) as the PNG's text chunks
// (The Embed panel's codes are web/embed_dialog.js's.)
// A classic script, not an ES module: the page adds it with a <script> element only when
// the reader opens "Download figures" (or prints: the printed page's chart is the core's),
// and the single offline file inlines it with the core
// module (its wasm as base64): a module cannot be imported from a file opened from disk
// (file://), a classic script runs anywhere. It defines globalThis.awsCalcExports:
//
//   const exports = globalThis.awsCalcExports;
//   const { name, blob } = await exports.makeExport('png', { state, link, dark, language });
//   await exports.load();  exports.printChart(state, link, language)   the chart for
//                                                           printing, or ''
// `language`: the page's language pack, [code, its messages as one text] (web/languages.js),
// or null in English: a state in that language (lang=de) gets its files in it, as the
// CLI writes them.

'use strict';
(() => {
  const CHART_WIDTH_PX = 640;   // CSS px: a column of an article, and the SVG's own size
  const PRINT_WIDTH_PX = 680;   // the printed page's chart (calc.css, @media print)

  // The core-only module (createAwsCalcCore): its loader named by the page's
  // data-core-module (which names its wasm), or already here with its wasm as base64
  // (the single offline file).
  let core = null;
  let loading = null;
  function load() {
    loading ??= (async () => {
      if (!globalThis.createAwsCalcCore) {
        await new Promise((resolve, reject) => {
          const script = Object.assign(document.createElement('script'), { src: document.documentElement.dataset.coreModule });
          script.addEventListener('load', resolve);
          script.addEventListener('error', () => { script.remove(); reject(new Error('the core module did not load')); });
          document.head.append(script);
        });
      }
      const inline = document.getElementById('awscalc-core-wasm');
      core = await globalThis.createAwsCalcCore(inline
        ? { wasmBinary: Uint8Array.from(atob(inline.textContent.trim()), (c) => c.charCodeAt(0)) } : {});
      return core;
    })().catch((error) => {
      loading = null;   // offline before it was cached: the next click tries again
      throw error;
    });
    return loading;
  }

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

  // CRC-32 (ISO 3309), as PNG chunks need it.
  let crcTable = null;
  function crc32(bytes) {
    crcTable ??= Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    });
    let c = 0xFFFFFFFF;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }

  // The PNG with international text chunks (iTXt, UTF-8) after its header: {keyword: text}.
  async function withText(png, entries) {
    const bytes = new Uint8Array(await png.arrayBuffer());
    const encoder = new TextEncoder();
    const chunks = Object.entries(entries).filter(([, text]) => text).map(([keyword, text]) => {
      // keyword, NUL, no compression (0, 0), no language tag, no translated keyword, text
      const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
      const chunk = new Uint8Array(12 + data.length);
      const view = new DataView(chunk.buffer);
      view.setUint32(0, data.length);
      chunk.set(encoder.encode('iTXt'), 4);
      chunk.set(data, 8);
      view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
      return chunk;
    });
    const headerEnd = 8 + 25;   // the signature, then IHDR (length, type, 13 bytes, CRC)
    return new Blob([bytes.subarray(0, headerEnd), ...chunks, bytes.subarray(headerEnd)], { type: 'image/png' });
  }

  // An SVG file's title and terms (core: the <title> and the <metadata>: its licence and
  // how to cite it), which its PNG carries as text chunks.
  const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const svgText = (svg) => ({
    Title: unescapeXml(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? ''),
    Copyright: unescapeXml(/<metadata>([^<]*)<\/metadata>/.exec(svg)?.[1] ?? ''),
  });

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
      return withText(blob, svgText(svg));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // The page's language pack, handed to the core module once (it holds one at a time).
  let languageHandedOver = null;
  function useLanguage(language) {
    if (language && language[0] !== languageHandedOver && core.addLanguage(language[0], language[1])) {
      languageHandedOver = language[0];
    }
  }

  // One export: its file name and contents. `state` is the calculator's link (its state),
  // `link` the URL that reopens these figures (what "Copy link" gives), `dark` the theme
  // shown, `size` a picture size's key (core: kPictureSizes) or '', `graphic` the editor's
  // credit as typed (the core cleans it: GraphicCredit) or ''.
  async function makeExport(kind, { state, link, dark = false, date = today(), size = '', graphic = '', language = null }) {
    const module = await load();
    useLanguage(language);
    if (kind === 'csv' || kind === 'csv-exact') {
      // The data: tidy CSV files and their metadata in one ZIP (core: ResultsDataFiles).
      const exact = kind === 'csv-exact';
      return {
        name: exact ? 'aws-anthropic-data-exact.zip' : 'aws-anthropic-data.zip',
        blob: new Blob([module.resultsZip(state, exact, link, date).slice()], { type: 'application/zip' }),
      };
    }
    if (kind !== 'svg' && kind !== 'png') throw new Error(`no export called ${kind}`);
    const chart = module.exportChart(state);
    if (size) {
      // A picture of a fixed size (core: kPictureSizes): its SVG's width and height are the
      // picture's pixels, so it is drawn at 1x; its name says its size and theme.
      const picture = module.pictureSvg(state, chart, dark, size, link, date, graphic);
      if (!picture) throw new Error(`no picture size called ${size}`);
      const { width, height } = svgSize(picture);
      return { name: `aws-anthropic-${chart}-${width}x${height}${dark ? '-dark' : ''}.png`, blob: await svgToPng(picture, 1) };
    }
    const svg = module.chartSvg(state, chart, dark, CHART_WIDTH_PX, link, date, graphic);
    if (kind === 'svg') {
      return { name: `aws-anthropic-${chart}.svg`, blob: new Blob([svg], { type: 'image/svg+xml' }) };
    }
    const scale = Math.max(2, Math.min(4, window.devicePixelRatio || 1));
    return { name: `aws-anthropic-${chart}.png`, blob: await svgToPng(svg, scale) };
  }

  // The revenue chart for the printed page, light, undated (the page prints its day):
  // at once, as printing needs it ('' until load() has finished).
  const printChart = (state, link, language = null) => {
    if (!core) return '';
    useLanguage(language);
    return core.chartSvg(state, 'bars', false, PRINT_WIDTH_PX, link, '', '');
  };

  globalThis.awsCalcExports = { today, load, makeExport, printChart };
})();
