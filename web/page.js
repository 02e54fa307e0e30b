// page.js: the page script of the calculator. Loads the WebAssembly module, starts the
// canvas, keeps the URL fragment (the share link) and the calculator in sync, follows
// the reader's colour scheme, and exposes window.awsCalc for hosts and tests:
//
//   awsCalc.ready        Promise: resolves once the first frame is on screen
//   awsCalc.getLink()    the canonical share link of the current state, without '#'
//   awsCalc.setLink(f)   applies a link as a reader's would; returns {problems: [...]}
//   awsCalc.results()    the projection under the result keys (README)
//   awsCalc.stats()      {framesRendered, firstFrameMs, contentHeight, wasmMemoryBytes,
//                        chart: {x, y, width, height}} (CSS px within the canvas)
'use strict';
(() => {
  const root = document.documentElement;
  const stage = document.getElementById('calc-stage');
  const loading = document.getElementById('calc-loading');
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');

  let module = null;
  let firstFrameMs = null;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  const fragment = () => decodeURIComponent(location.hash.replace(/^#/, ''));

  // The page background follows the calculator's theme: the link's, else the system's.
  function applyPageTheme(link) {
    const theme = /(?:^|&)theme=(light|dark)(?:&|$)/.exec(link)?.[1] ?? 'auto';
    const dark = theme === 'dark' || (theme === 'auto' && prefersDark.matches);
    root.dataset.theme = dark ? 'dark' : 'light';
  }

  function onLinkChanged(link) {
    // Replace, not push: a slider drag must not fill the history with steps.
    history.replaceState(history.state, '', `#${link}`);
    applyPageTheme(link);
  }

  function onFirstFrame() {
    firstFrameMs = performance.now();
    stage.classList.add('ready');
    resolveReady();
  }

  function fail(message) {
    stage.classList.add('failed');
    loading.textContent = message;
    loading.style.display = 'block';
    resolveReady();
  }

  function setLink(text) {
    const link = String(text ?? '').replace(/^#/, '');
    if (!module) return { problems: [] };
    const results = JSON.parse(module.setLink(link));
    applyPageTheme(results.link);
    return { problems: results.problems };
  }

  window.awsCalc = {
    ready,
    getLink: () => (module ? module.getLink() : fragment()),
    setLink,
    results: () => (module ? JSON.parse(module.results()) : null),
    stats: () => ({
      framesRendered: 0,
      contentHeight: 0,
      ...(module ? JSON.parse(module.stats()) : {}),
      firstFrameMs,
      wasmMemoryBytes: module?.HEAP8?.buffer.byteLength ?? 0,
    }),
  };

  async function boot() {
    if (typeof WebAssembly !== 'object' || typeof createAwsCalc !== 'function') {
      fail('This calculator needs WebAssembly, which this browser does not offer.');
      return;
    }
    try {
      module = await createAwsCalc({ onLinkChanged, onFirstFrame });
    } catch (error) {
      fail('The calculator could not load. Check your connection and reload the page.');
      return;
    }
    applyPageTheme(JSON.parse(module.setLink(fragment())).link);
    if (!module.start('#calc-canvas', prefersDark.matches)) {
      fail('This calculator draws with WebGL2, which this browser does not offer.');
    }
  }

  addEventListener('hashchange', () => {
    if (module && fragment() !== module.getLink()) setLink(fragment());
  });
  prefersDark.addEventListener('change', () => {
    module?.setPrefersDark(prefersDark.matches);
    applyPageTheme(window.awsCalc.getLink());
  });

  boot();
})();
