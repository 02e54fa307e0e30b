// page.js: the page script of the calculator.
//
// Loads the WebAssembly module and starts the canvas with its semantic layer
// (semantics.js: what the canvas draws, as elements for screen readers and keyboards);
// keeps the URL fragment (the share link), the canvas and the text version
// (text_version.js; both bundled with this file) in sync; offers copy, share, CSV and PNG exports, the embed code and the offline
// file; falls back to the text version without WebGL2 and to the note's figures without
// WebAssembly.
//
// window.awsCalc, for hosts and tests:
//   ready          Promise: resolves once the first frame is on screen (or a fallback is)
//   getLink()      the canonical share link of the current state, without '#' (null
//                  until the module has loaded: only the core writes links)
//   setLink(f)     applies a link as a reader's would, with or without its one '#';
//                  returns {problems: [...]}
//   results()      the projection under the result keys (README)
//   stats()        {framesRendered, firstFrameMs, contentHeight, wasmMemoryBytes, chart,
//                  drawingBuffer, layout: {name: [x, y, w, h]}}
//   setVisibleArea(top, bottom)   the part of the page a host shows (embeds: frame.js)
//   shareUrl()     the URL "Copy link" gives; an embed may set shareUrlFor(link)
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const root = document.documentElement;
  const embedded = root.dataset.mode === 'embed';
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');
  // A finger: the canvas draws thumb-sized controls (and the page's height table has a
  // row for it).
  const coarsePointer = matchMedia('(pointer: coarse)');

  let module = null;
  let canvasRunning = false;  // the canvas draws (and advances the Monte Carlo run)
  // The text version and the result strip, once the module is there (text_version.js,
  // strip.js).
  let mirror = { refresh() {}, showProblems() {} };
  let strip = { refresh() {}, setVisible() {}, headline: () => null };
  let semantics = { update() {}, flush() {} };
  let firstFrameMs = null;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  // The share link in the URL: location.hash whole, its '#' included: the core drops
  // the one '#' that introduces a link (ParseLink), and nothing here strips another, so
  // "##gm=55" is the key "#gm" on the page as in the CLI. '?' and '#' after it are the
  // link's characters (pym.js puts its parameters in the query string, which frame.js
  // reads). Not percent-decoded here: the core decodes each key and value itself
  // ("s1.name=A%26B" keeps its '&').
  const urlLink = () => location.hash || root.dataset.initialLink || '';

  // -------------------------------------------------------------------------------
  // Theme: the link's, else the reader's system.

  // Without a theme in the link: the host page's (an embed's query string, set by
  // embed.js from the article's background; first_view.js read it), else the reader's
  // system's.
  const autoDark = () => (root.dataset.hostTheme ? root.dataset.hostTheme === 'dark' : prefersDark.matches);
  function applyPageTheme(link) {
    const theme = linkLook(link).theme ?? 'auto';   // web/look.js
    const dark = theme === 'dark' || (theme === 'auto' && autoDark());
    root.dataset.theme = dark ? 'dark' : 'light';
  }

  // -------------------------------------------------------------------------------
  // State changes, from any side: the canvas, the mirror, the URL, the API.

  // The URL follows the state with replaceState (a drag must not fill the history with
  // its steps), but not on every step: WebKit (every browser on an iPhone) refuses more
  // than 100 history changes in 10 s with a SecurityError. A change is written at once
  // when the last write is over kUrlIntervalMs old, else once when the burst pauses; a
  // refused write is retried later, and nothing is ever thrown at the caller. A write
  // still waiting never overwrites a link the reader navigated to meanwhile (the
  // address bar changed since the page last wrote or read it: hashchange applies it),
  // even when the timer fires before the browser's hashchange event does.
  const kUrlIntervalMs = 250;
  let urlTimer = 0;
  let urlWrittenAt = -Infinity;
  let urlPending = null;
  let knownHash = location.hash;   // the fragment as the page last wrote or read it
  function writeUrl() {
    clearTimeout(urlTimer);
    urlTimer = 0;
    const link = urlPending;
    urlPending = null;
    if (link === null || location.hash === `#${link}`) return;
    if (location.hash !== knownHash) return;   // the reader's own link wins
    try {
      history.replaceState(history.state, '', `#${link}`);
      knownHash = location.hash;
      urlWrittenAt = performance.now();
    } catch {
      urlPending = link;
      urlTimer = setTimeout(writeUrl, 1000);
    }
  }
  function followUrl(link) {
    urlPending = link;
    const since = performance.now() - urlWrittenAt;
    if (since >= kUrlIntervalMs) writeUrl();
    else if (!urlTimer) urlTimer = setTimeout(writeUrl, kUrlIntervalMs - since);
  }

  let refreshTimer = 0;
  function onStateChanged(link, problems) {
    followUrl(link);
    applyPageTheme(link);
    if (problems !== undefined) {
      mirror.refresh(problems);
    } else {
      // From the canvas: during a drag this comes every frame; the text version
      // follows once the reader pauses.
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => mirror.refresh(), 150);
    }
    embedCode.refresh(link);
    strip.refresh();
    document.dispatchEvent(new CustomEvent('awscalc:linkchange', { detail: link }));
  }

  // `fromUrl`: the link came from the address bar: leave the URL as the reader wrote it
  // (with any mistakes the problems name), and only follow it.
  function setLink(text, { fromUrl = false } = {}) {
    if (!module) return { problems: [] };
    const results = JSON.parse(module.setLink(String(text ?? '')));
    if (fromUrl) {
      knownHash = location.hash;
      applyPageTheme(results.link);
      mirror.refresh(results.problems);
      embedCode.refresh(results.link);
    } else {
      onStateChanged(results.link, results.problems);
    }
    return { problems: results.problems };
  }

  const shareUrl = () => {
    const link = api.getLink();
    if (link === null) return location.href;   // no module: the address as it is
    if (typeof api.shareUrlFor === 'function') return api.shareUrlFor(link);
    return `${location.href.split('#')[0]}#${link}`;   // also right on file://
  };

  // -------------------------------------------------------------------------------
  // The embed panel: the code for the current state, ready to copy.

  // The Embed panel's codes (web/exports.js, loaded when the panel opens), for the
  // current link while the panel shows.
  const embedCode = (() => {
    let shown = false;
    let latest = '';
    // A file opened from disk (the single offline file) has no address an article could
    // load it from: the panel says so instead of giving codes that cannot work.
    const onDisk = location.protocol === 'file:';
    if (onDisk) {
      $('embed-panel')?.replaceChildren($('embed-title'), Object.assign(document.createElement('p'), {
        id: 'embed-unavailable',
        textContent: 'This copy of the calculator is a file on your disk, and an article cannot load a file ' +
          'from a disk. To embed it, publish the calculator on a web server and use the Embed button there.',
      }));
    }
    async function fill() {
      if (onDisk) return;
      const { embedCodes } = await exportsModule();
      const codes = embedCodes({ base: new URL('.', location.href).href, title: document.title, link: latest });
      $('embed-script').value = codes.script;
      $('embed-iframe').value = codes.iframe;
    }
    function refresh(link) {
      latest = link;
      if (shown) fill().catch(() => {});
    }
    function show(visible) {
      shown = visible;
      return visible ? fill() : Promise.resolve();
    }
    return { refresh, show };
  })();

  // -------------------------------------------------------------------------------
  // Toolbar: copy, share, text version, downloads.

  // web/exports.js is a classic script (it defines window.awsCalcExports), added when
  // first needed; the single offline file has it inline already (a file opened from disk
  // can run a classic script, but not import a module).
  let exportsPromise = null;
  const exportsModule = () => {
    exportsPromise ??= new Promise((resolve, reject) => {
      if (window.awsCalcExports) { resolve(window.awsCalcExports); return; }
      const script = Object.assign(document.createElement('script'), { src: root.dataset.exportsModule });
      script.addEventListener('load', () => (window.awsCalcExports
        ? resolve(window.awsCalcExports) : reject(new Error('exports: nothing defined'))));
      script.addEventListener('error', () => { script.remove(); reject(new Error('exports: not loaded')); });
      document.head.append(script);
    }).catch((error) => {
      exportsPromise = null;   // offline before it was cached: the next click tries again
      throw error;
    });
    return exportsPromise;
  };
  async function exportFile(kind, button) {
    try {
      const { makeExport } = await exportsModule();
      const { name, blob } = await makeExport(kind, { module, link: shareUrl(), dark: root.dataset.theme === 'dark' });
      download(name, blob);
    } catch {
      flash(button, 'The download failed: try again');
    }
  }

  function download(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function copyText(text, fallbackInput) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, an iframe without clipboard-write...): show it to copy.
      fallbackInput.value = text;
      fallbackInput.closest('[hidden]')?.removeAttribute('hidden');
      fallbackInput.focus();
      fallbackInput.select();
      return false;
    }
  }

  function flash(button, text) {
    const label = button.dataset.label ?? button.textContent;
    button.dataset.label = label;
    button.textContent = text;
    setTimeout(() => { button.textContent = label; }, 2000);
  }

  const actions = {
    async copy(button) {
      if (await copyText(shareUrl(), $('copy-fallback-input'))) flash(button, 'Link copied');
    },
    async share() {
      try {
        await navigator.share({ title: document.title, url: shareUrl() });
      } catch { /* the reader closed the share sheet */ }
    },
    text() {
      showTextVersion(!$('mirror').classList.contains('shown'));
    },
    // The files to republish (web/exports.js, loaded on the first click).
    exports(button) {
      const panel = $('export-panel');
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) exportsModule().catch(() => {});
    },
    csv: (button) => exportFile('csv', button),
    'csv-exact': (button) => exportFile('csv-exact', button),
    svg: (button) => exportFile('svg', button),
    png: (button) => exportFile('png', button),
    // The page as one file, built here from its own files (cached by the service
    // worker, so this works offline too), starting in the current state.
    async offline(button) {
      try {
        const fetchOk = async (name) => {
          const response = await fetch(name);
          if (!response.ok) throw new Error(`${name}: ${response.status}`);
          return response;
        };
        const { buildOfflineFile } = await import(`./${root.dataset.offlineModule}`);
        const html = await buildOfflineFile({
          html: await (await fetchOk('index.html')).text(),
          read: async (name) => (await fetchOk(name)).text(),
          readBytes: async (name) => new Uint8Array(await (await fetchOk(name)).arrayBuffer()),
          link: api.getLink(),
        });
        download('aws-anthropic-calculator.html', new Blob([html], { type: 'text/html' }));
      } catch {
        flash(button, 'The download failed: try again');
      }
    },
    async embed(button) {
      const panel = $('embed-panel');
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
      try {
        await embedCode.show(!panel.hidden);
      } catch {
        flash(button, 'The embed codes did not load: try again');
      }
    },
    async 'copy-embed'(button) {
      const source = $(button.dataset.source);
      if (await copyText(source.value, source)) flash(button, 'Copied');
    },
  };

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-action]');
    if (button && module) actions[button.dataset.action]?.(button);
  });

  // The text version: out of the accessibility tree and the Tab order while the canvas
  // and its semantic layer work (no control twice), unless the reader shows it.
  function showTextVersion(shown) {
    const mirrorSection = $('mirror');
    mirrorSection.classList.toggle('shown', shown);
    mirrorSection.inert = canvasRunning && !shown;
    $('text-button')?.setAttribute('aria-expanded', String(shown));
    if (shown) $('mirror-title').focus();
  }
  $('calc-skip')?.addEventListener('click', (event) => {
    event.preventDefault();
    if (module) showTextVersion(true);
  });

  // -------------------------------------------------------------------------------
  // Start.

  function fail(message, { staticFigures = false } = {}) {
    root.classList.add(staticFigures ? 'no-wasm' : 'no-canvas');
    const loading = $('calc-loading');
    loading.textContent = message;
    // The note's figures stand in for the calculator: under them, why (the stage with the
    // loading line is hidden then); without scripts the page's own words stay.
    if (staticFigures && $('static-why')) $('static-why').textContent = message;
    resolveReady();
  }

  // A message over the calculator with a button that reloads the page on the reader's
  // link (the URL already carries it).
  function showReload(message) {
    if ($('calc-crash')) return;
    const button = Object.assign(document.createElement('button'),
      { type: 'button', className: 'calc-button', textContent: 'Reload' });
    button.addEventListener('click', () => location.reload());
    const box = Object.assign(document.createElement('div'), { id: 'calc-crash', className: 'calc-crash' });
    box.setAttribute('role', 'alert');
    box.append(Object.assign(document.createElement('p'), { textContent: message }), button);
    document.body.append(box);
    button.focus();
  }

  const api = {
    ready,
    getLink: () => (module ? module.getLink() : null),
    setLink,
    results: () => (module ? JSON.parse(module.results(true)) : null),
    stats: () => {
      semantics.flush();  // the layer matches what the stats say
      const stats = {
        framesRendered: 0,
        contentHeight: 0,
        ...(module ? JSON.parse(module.stats()) : {}),
        firstFrameMs,
        wasmMemoryBytes: module?.HEAP8?.buffer.byteLength ?? 0,
      };
      // The chosen year's figure as shown now: in the result strip while it is pinned.
      const pinned = strip.headline();
      if (pinned && stats.layout) stats.layout.headline = pinned;
      return stats;
    },
    // The visible part of the page's document (CSS px from its top), for an embed whose
    // host scrolls it (frame.js): the result strip follows it.
    setVisibleArea: (top, bottom) => strip.setVisible(top, bottom),
    shareUrl,
    shareUrlFor: null,
    // The tests' and the benchmark's switches, never in a link (a link a reader is sent
    // must not be able to break the page): draw every animation frame; abort as a bug
    // in the module would.
    debug: {
      renderContinuously: (on) => module?.setRenderContinuously(Boolean(on)),
      abort: () => module?.abortForTest(),
    },
  };
  window.awsCalc = api;

  async function boot() {
    if (typeof WebAssembly !== 'object' || typeof createAwsCalc !== 'function') {
      fail('The interactive calculator needs JavaScript and WebAssembly, which this browser does not offer.', { staticFigures: true });
      return;
    }
    // A slow connection: say so rather than leave a silent placeholder.
    const slow = setTimeout(() => {
      $('calc-loading').textContent = 'Still loading the calculator: the connection is slow.';
    }, 8000);
    // The offline file carries the wasm inline (base64), so nothing is fetched from disk.
    const inlineWasm = $('awscalc-wasm');
    const wasmBinary = inlineWasm ? Uint8Array.from(atob(inlineWasm.textContent), (c) => c.charCodeAt(0)) : undefined;
    let wasmUrl = null;   // where the loader fetches the wasm (none for the offline file)
    // A fresh object for each try: the loader makes the object it is given the module.
    const options = (bytes) => ({
      wasmBinary: bytes,
      locateFile: (path, prefix) => {
        const url = prefix + path;
        if (path.endsWith('.wasm')) wasmUrl = url;
        return url;
      },
      onLinkChanged: (link) => onStateChanged(link),
      onAnalysisDone: () => mirror.refresh(),
      onSemanticsChanged: (json) => semantics.update(json),
      onFirstFrame: () => {
        firstFrameMs ??= performance.now();
        root.classList.add('canvas-ready');
        strip.refresh();
        resolveReady();
      },
      // The module stopped (a bug): everything it drew is stale.
      onAbort: () => {
        if (module) showReload('Something went wrong in the calculator. Reload to continue: your assumptions are kept in the link.');
      },
    });
    let instance;
    let failure = null;
    try {
      instance = await createAwsCalc(options(wasmBinary));
    } catch (error) {
      failure = error;
    }
    // A damaged wasm (a CompileError: cut short or corrupted on the way, and perhaps kept
    // by the browser's cache for a year under its immutable name): fetch it once more,
    // past every cache, and try again before giving up.
    if (failure && /CompileError/.test(String(failure)) && wasmUrl && !wasmBinary) {
      try {
        const response = await fetch(wasmUrl, { cache: 'reload' });
        if (!response.ok) throw new Error(`${wasmUrl}: HTTP ${response.status}`);
        instance = await createAwsCalc(options(new Uint8Array(await response.arrayBuffer())));
        failure = null;
      } catch (again) {
        failure = again;
      }
    }
    if (failure) {
      clearTimeout(slow);
      const text = String(failure);
      // A JS loader and a wasm file of different builds do not link (LinkError); a file
      // that does not compile arrived damaged (twice: the retry above failed too).
      const [message, reload] = /LinkError/.test(text)
        ? ['The calculator was updated while this page loaded. Reload the page to get the new version.',
           'The calculator was updated: reload to get the new version.']
        : /CompileError/.test(text)
          ? ['The calculator\'s file arrived damaged, even when downloaded again. Check your connection and reload the page.',
             'The calculator\'s file arrived damaged. Reload to try again.']
          : ['The calculator could not load. Check your connection and reload the page.',
             'The calculator could not load. Reload to try again.'];
      fail(message, { staticFigures: true });
      showReload(reload);
      return;
    }
    clearTimeout(slow);
    try {
      start(instance);
    } catch {
      // Whatever it is, the reader gets words and the figures, not an endless "Loading".
      fail('The calculator could not start. Reload the page to try again.', { staticFigures: true });
      showReload('The calculator could not start. Reload to try again.');
    }
  }

  function start(instance) {
    // Files of two builds that still happened to link: refuse them, clearly.
    if (instance.jsBuildId !== instance.buildId()) {
      fail('The calculator was updated while this page loaded. Reload the page to get the new version.', { staticFigures: true });
      showReload('The calculator was updated: reload to get the new version.');
      return;
    }
    module = instance;
    mirror = createTextVersion({
      module,
      onEdited: (link, problems) => onStateChanged(link, problems),
      // With the canvas, a long Monte Carlo run is spread over frames: show the last
      // finished one now, and refresh when the run is done (onAnalysisDone).
      finishRuns: () => !canvasRunning,
    });
    // The canvas first: its first frame comes with the next animation frame, after the
    // link below is applied, and it spreads a long Monte Carlo run over frames.
    module.setCoarsePointer(coarsePointer.matches);
    // An embed's host may leave out what its article already has (first_view.js read it).
    const hidden = (root.dataset.hide ?? '').split(',');
    module.setEmbedOptions(!hidden.includes('header'), !hidden.includes('footer'), !hidden.includes('padding'));
    canvasRunning = module.start('#calc-canvas', autoDark());
    if (canvasRunning) {
      const canvas = () => $('calc-canvas');
      strip = createResultStrip({ module, canvas });
      semantics = createSemanticLayer({ module, canvas, layer: $('calc-semantics') });
      $('mirror').inert = true;
      watchContext();
    }
    setLink(urlLink(), { fromUrl: true });
    if (!navigator.share) $('share-button')?.remove();
    // An embed has no use for the embed code or the offline file; a file opened from
    // disk cannot fetch itself.
    if (embedded || location.protocol === 'file:') document.querySelector('[data-action="offline"]')?.remove();
    if (embedded) document.querySelector('[data-action="embed"]')?.remove();
    if (!canvasRunning) {
      // No WebGL2: the text version is the calculator, computing with the same core.
      root.classList.add('no-canvas');
      resolveReady();
    }
    // Offline support once the calculator is on screen, so its downloads never compete
    // with the first frame.
    if (!embedded && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
      ready.then(() => navigator.serviceWorker.register('sw.js')).catch(() => { /* works online regardless */ });
    }
  }

  // -------------------------------------------------------------------------------
  // A lost WebGL context. The browser takes contexts away (a GPU reset, or too many on
  // one page: Chromium keeps 16 and drops the oldest for good). One that comes back
  // within kRestoreWaitMs is drawn on again (the module rebuilds its GPU objects); one
  // that does not is handled like no WebGL2: the text version is the calculator, with a
  // line saying why and a button that tries again on a fresh canvas. An embed scrolled
  // back into view tries again by itself (at most every kAutoRetryMs).
  const kRestoreWaitMs = 2500;
  const kAutoRetryMs = 20000;
  let lostTimer = 0;
  let lastAutoRetry = -Infinity;
  let lostObserver = null;

  function watchContext() {
    const canvas = $('calc-canvas');
    canvas.addEventListener('webglcontextlost', () => {
      clearTimeout(lostTimer);
      lostTimer = setTimeout(() => canvasLost(canvas), kRestoreWaitMs);
    });
    canvas.addEventListener('webglcontextrestored', () => clearTimeout(lostTimer));
  }

  function canvasLost(canvas) {
    if (!canvasRunning || canvas !== $('calc-canvas')) return;
    module.stop();
    canvasRunning = false;
    semantics.clear();
    strip.refresh();
    root.classList.remove('canvas-ready');
    root.classList.add('no-canvas');
    showTextVersion(false);
    $('mirror').inert = false;
    $('calc-lost').hidden = false;
    mirror.refresh();
    // An embed the reader scrolls back to draws again if the browser lets it.
    if (embedded && 'IntersectionObserver' in window && !lostObserver) {
      let seen = true;
      lostObserver = new IntersectionObserver((entries) => {
        const visible = entries[entries.length - 1].isIntersecting;
        if (visible && !seen && !canvasRunning && performance.now() - lastAutoRetry > kAutoRetryMs) {
          lastAutoRetry = performance.now();
          retryCanvas();
        }
        seen = visible;
      });
      lostObserver.observe($('calc'));
    }
  }

  function retryCanvas() {
    if (canvasRunning || !module) return;
    // A lost context stays lost on its canvas: a fresh element gets a new one.
    const old = $('calc-canvas');
    const fresh = old.cloneNode(false);
    old.replaceWith(fresh);
    canvasRunning = module.start('#calc-canvas', autoDark());
    if (!canvasRunning) {
      $('calc-lost-text').textContent = 'The browser still gives this page no drawing surface. The text version below works the same.';
      return;
    }
    watchContext();
    $('calc-lost').hidden = true;
    root.classList.remove('no-canvas');
    $('mirror').inert = !$('mirror').classList.contains('shown');
    setLink(module.getLink(), { fromUrl: true });
  }
  $('calc-lost-retry')?.addEventListener('click', retryCanvas);

  addEventListener('hashchange', () => {
    // The reader's own link wins over a write still waiting.
    clearTimeout(urlTimer);
    urlTimer = 0;
    urlPending = null;
    knownHash = location.hash;
    if (module && location.hash !== `#${module.getLink()}`) setLink(urlLink(), { fromUrl: true });
  });
  prefersDark.addEventListener('change', () => {
    module?.setPrefersDark(autoDark());
    applyPageTheme(api.getLink() ?? '');
  });
  coarsePointer.addEventListener('change', () => module?.setCoarsePointer(coarsePointer.matches));

  root.classList.add('js');
  boot();
})();
