// page.js: the page script of the calculator.
//
// Loads the WebAssembly module and starts the canvas with its semantic layer
// (semantics.js: what the canvas draws, as elements for screen readers and keyboards);
// keeps the URL fragment (the share link), the canvas and the text version
// (text_version.js; both bundled with this file) in sync; speaks the reader's language
// (web/languages.js, loaded for a language other than English); offers copy, share, CSV
// and PNG exports, the embed code and the offline file; falls back to the text version
// without WebGL2 and to the note's figures without WebAssembly.
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
//   setVisibleArea(top, bottom)   the part of the page a host shows (embeds: embed_child.js)
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
  let textVersion = { refresh() {}, showProblems() {} };
  let strip = { refresh() {}, setVisible() {}, headline: () => null };
  let semantics = { update() {}, flush() {} };
  let firstFrameMs = null;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  // The share link in the URL: location.hash whole, its '#' included: the core drops
  // the one '#' that introduces a link (ParseLink), and nothing here strips another, so
  // "##gm=55" is the key "#gm" on the page as in the CLI. '?' and '#' after it are the
  // link's characters (pym.js puts its parameters in the query string, which embed_child.js
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
  // State changes, from any side: the canvas, the text version, the URL, the API.

  // The standalone page keeps a history entry per settled change (Back and Ctrl/Cmd+Z
  // undo it); an embed never adds to the article's history.
  const url = createUrlWriter({ push: root.dataset.mode === 'page' });   // web/url_sync.js

  let refreshTimer = 0;
  function onStateChanged(link, problems) {
    url.follow(link);
    applyPageTheme(link);
    if (problems !== undefined) {
      textVersion.refresh(problems);
    } else {
      // From the canvas: during a drag this comes every frame; the text version
      // follows once the reader pauses.
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => textVersion.refresh(), 150);
    }
    embedCode.refresh(link);
    strip.refresh();
    followLanguage();
    document.dispatchEvent(new CustomEvent('awscalc:linkchange', { detail: link }));
  }

  // `fromUrl`: the link came from the address bar: leave the URL as the reader wrote it
  // (with any mistakes the problems name), and only follow it.
  function setLink(text, { fromUrl = false } = {}) {
    if (!module) return { problems: [] };
    // A link that names no language opens in the page's (the embed's, the browser's).
    const results = JSON.parse(module.setLink(String(text ?? ''), defaultLanguage));
    if (fromUrl) {
      url.read();
      applyPageTheme(results.link);
      textVersion.refresh(results.problems);
      embedCode.refresh(results.link);
      followLanguage();
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

  const toolbar = createToolbar({   // web/toolbar.js
    getModule: () => module,
    getLink: () => api.getLink(),
    shareUrl,
    toggleTextVersion: () => showTextVersion(!$('text-version').classList.contains('shown')),
    languagePack: () => (module && languageHandler?.pack(module.language())) ?? null,
  });
  const { embedCode } = toolbar;

  // The text version: out of the accessibility tree and the Tab order while the canvas
  // and its semantic layer work (no control twice), unless the reader shows it.
  function showTextVersion(shown) {
    const textVersionSection = $('text-version');
    textVersionSection.classList.toggle('shown', shown);
    textVersionSection.inert = canvasRunning && !shown;
    $('text-button')?.setAttribute('aria-expanded', String(shown));
    if (shown) $('text-version-title').focus();
  }
  $('calc-skip')?.addEventListener('click', (event) => {
    event.preventDefault();
    if (module) showTextVersion(true);
  });


  // -------------------------------------------------------------------------------
  // Languages. The module speaks English. Another language's pack (its messages), the
  // font subset with its characters and the code that hands them over (web/languages.js)
  // are fetched only for a reader of it: before the first frame when the page starts in
  // it. The link's lang= decides, else the page's language (first_view.js: the embed's,
  // or on the standalone page the browser's); the switcher writes the reader's choice
  // into the link. scripts/lib/assemble.mjs lists the languages in <html data-languages>
  // ({"font", "packs": {code: [name in itself, file]}}, English first and without a file).
  const languages = JSON.parse(root.dataset.languages || '{}');
  const packs = languages.packs || {};
  const defaultLanguage = root.dataset.lang || 'en';
  const languageSelect = $('calc-language');
  let languageParts = null;   // web/languages.js, once a language other than English was wanted
  let languageHandler = null;   // the same, once loaded
  const useLanguages = () => (languageParts ??= loadClassicScript(root.dataset.languagesScript, 'awsCalcLanguages')
    .then((create) => languageHandler ??= create({
      getModule: () => module,
      packs,
      font: languages.font,
      usePageWords,   // web/words.js
      onHandedOver: () => {
        textVersion.refresh();
        strip.refresh();
      },
      onShown: () => textVersion.rebuild(),
      problem: languageProblem,
      select: languageSelect,
    }))
    .catch((error) => {
      // Offline before it was cached: asked for again a little later (not at every frame
      // of a drag).
      setTimeout(() => { languageParts = null; }, 5000);
      throw error;
    }));
  // Why the calculator does not speak the language wanted (null: it does).
  function languageProblem(wanted) {
    const line = $('calc-language-problem');
    if (!line) return;
    line.hidden = !wanted;
    if (!wanted) return;
    const name = (code) => packs[code]?.[0] ?? code;
    line.textContent = packs[wanted]
      ? trf('%s could not be loaded (check your connection), so the calculator stays in %s.', name(wanted), name(module.language()))
      : trf('This copy of the calculator has no "%s" language, so it stays in %s.', wanted, name(module.language()));
  }
  // The state's language (English readers load nothing for it).
  function followLanguage() {
    if (!module) return;
    if (!languageParts && (module.wantedLanguage() || 'en') === 'en') {
      languageProblem(null);
      return;
    }
    useLanguages().then((parts) => parts.follow(), () => languageProblem(module.wantedLanguage()));
  }
  if (languageSelect) {
    for (const [code, [name]] of Object.entries(packs)) {
      languageSelect.append(Object.assign(document.createElement('option'), { value: code, textContent: name, lang: code }));
    }
    languageSelect.addEventListener('change', async () => {
      const code = languageSelect.value;
      if (!module) return;
      const link = await useLanguages().then((parts) => parts.choose(code), () => languageProblem(code));
      if (link) onStateChanged(link);
      else languageSelect.value = module.language();
    });
  }

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
      { type: 'button', className: 'calc-button', textContent: tr('Reload') });
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
    // host scrolls it (embed_child.js): the result strip follows it.
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

  // What a reader is told when the module did not load: [the message, the reload line].
  // A JS loader and a wasm file of different builds do not link (LinkError); a file that
  // does not compile arrived damaged (twice: boot fetches it once more past the caches).
  function loadFailureWords(failure) {
    const text = String(failure);
    if (/LinkError/.test(text)) {
      return ['The calculator was updated while this page loaded. Reload the page to get the new version.',
              'The calculator was updated: reload to get the new version.'];
    }
    if (/CompileError/.test(text)) {
      return ['The calculator\'s file arrived damaged, even when downloaded again. Check your connection and reload the page.',
              'The calculator\'s file arrived damaged. Reload to try again.'];
    }
    return ['The calculator could not load. Check your connection and reload the page.',
            'The calculator could not load. Reload to try again.'];
  }

  async function boot() {
    if (typeof WebAssembly !== 'object' || typeof createAwsCalc !== 'function') {
      fail('The interactive calculator needs JavaScript and WebAssembly, which this browser does not offer.', { staticFigures: true });
      return;
    }
    // A page that starts in another language (the link's, the embed's, the browser's)
    // fetches it while the module loads.
    const early = linkLook(urlLink()).lang ?? defaultLanguage;   // web/look.js
    if (packs[early]?.[1]) useLanguages().then((parts) => parts.fetch(early)).catch(() => {});
    // A slow connection: say so rather than leave a silent placeholder.
    const slow = setTimeout(() => {
      $('calc-loading').textContent = tr('Still loading the calculator: the connection is slow.');
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
      onAnalysisDone: () => textVersion.refresh(),
      onSemanticsChanged: (json) => semantics.update(json),
      onFirstFrame: () => {
        firstFrameMs ??= performance.now();
        root.classList.add('canvas-ready');
        strip.refresh();
        resolveReady();
      },
      // The module stopped (a bug): everything it drew is stale.
      onAbort: () => {
        if (module) showReload(tr('Something went wrong in the calculator. Reload to continue: your assumptions are kept in the link.'));
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
      const [message, reload] = loadFailureWords(failure);
      fail(message, { staticFigures: true });
      showReload(reload);
      return;
    }
    clearTimeout(slow);
    try {
      await start(instance);
    } catch {
      // Whatever it is, the reader gets words and the figures, not an endless "Loading".
      fail('The calculator could not start. Reload the page to try again.', { staticFigures: true });
      showReload('The calculator could not start. Reload to try again.');
    }
  }

  // What the drawn calculator adds to the page: the result strip and the semantic layer
  // over the canvas (once: when the canvas first draws, at the start or on a retry).
  let canvasParts = false;
  function attachCanvasParts() {
    if (canvasParts) return;
    canvasParts = true;
    const canvas = () => $('calc-canvas');
    strip = createResultStrip({ module, canvas });
    semantics = createSemanticLayer({ module, canvas, layer: $('calc-semantics') });
  }

  async function start(instance) {
    // Files of two builds that still happened to link: refuse them, clearly.
    if (instance.jsBuildId !== instance.buildId()) {
      fail('The calculator was updated while this page loaded. Reload the page to get the new version.', { staticFigures: true });
      showReload('The calculator was updated: reload to get the new version.');
      return;
    }
    module = instance;
    // The first frame in the reader's language: its pack first (a failure is said by
    // followLanguage once the calculator is up, in English).
    const firstLanguage = module.languageOf(urlLink()) || defaultLanguage;
    if (firstLanguage !== 'en') await useLanguages().then((parts) => parts.load(firstLanguage), () => false);
    textVersion = createTextVersion({
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
      attachCanvasParts();
      $('text-version').inert = true;
      watchContext();
    }
    setLink(urlLink(), { fromUrl: true });
    if (!navigator.share) $('share-button')?.remove();
    // An embed has no use for the embed code or the offline file; a file opened from
    // disk cannot fetch itself.
    if (embedded || location.protocol === 'file:') document.querySelector('[data-action="offline"]')?.remove();
    if (embedded) document.querySelector('[data-action="embed"]')?.remove();
    // The embed's language is the newsroom's (data-aws-calc-lang); its toolbar keeps its
    // measured height (embed.js's table).
    if (embedded || Object.keys(packs).length < 2) languageSelect?.remove();
    else languageSelect.hidden = false;
    if (!canvasRunning) {
      // No WebGL2 (or none left: a page with many graphics can use up the contexts a
      // browser keeps): the text version is the calculator, computing with the same core,
      // with a line saying why and a button that tries again.
      root.classList.add('no-canvas');
      wordsOf($('calc-lost-text'), 'This browser gives the calculator no drawing surface here (WebGL2), so here is its text version: it computes the same.');
      $('calc-lost').hidden = false;
      resolveReady();
    }
    // Offline support once the calculator is on screen, so its downloads never compete
    // with the first frame.
    if (!embedded && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
      ready.then(() => navigator.serviceWorker.register('sw.js'))
        .then(() => navigator.serviceWorker.ready)
        // The language files fetched before the worker was there: it keeps them too.
        .then(async (registration) => registration.active?.postMessage({
          type: 'aws-calc:keep', files: languageParts ? [root.dataset.languagesScript, ...(await languageParts).filesUsed()] : [] }))
        .catch(() => { /* works online regardless */ });
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
    $('text-version').inert = false;
    $('calc-lost').hidden = false;
    textVersion.refresh();
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
      wordsOf($('calc-lost-text'), 'The browser still gives this page no drawing surface. The text version below works the same.');
      return;
    }
    attachCanvasParts();
    watchContext();
    $('calc-lost').hidden = true;
    root.classList.remove('no-canvas');
    $('text-version').inert = !$('text-version').classList.contains('shown');
    setLink(module.getLink(), { fromUrl: true });
  }
  $('calc-lost-retry')?.addEventListener('click', retryCanvas);

  // Ctrl/Cmd+Z undoes a settled change, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it; a text
  // field keeps its own undo.
  addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.target.closest?.('input, textarea, select, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    const done = key === 'z' ? (event.shiftKey ? url.redo() : url.undo()) : key === 'y' && url.redo();
    if (done) event.preventDefault();
  });
  // The printed page (calc.css, @media print): the chart of the state as the core writes
  // it for files (the title, the assumptions in words, the chart, the source and as-of
  // line, the link), the results table and the day it was printed; no controls.
  function fillPrint() {
    const box = $('calc-print');
    if (!box || !module) return;
    // '' before the downloads' module has loaded (the first download, or the first print):
    // the page says so and loads it for the next print (beforeprint cannot wait).
    box.innerHTML = toolbar.printChart(api.getLink(), shareUrl());
    if (!box.innerHTML) {
      box.textContent = tr('The chart was not ready to print: print again in a moment for it, or download it with "Download figures".');
      toolbar.preloadExports().catch(() => {});
    }
    const table = $('results').cloneNode(true);
    table.removeAttribute('id');
    const day = new Date().toLocaleDateString('en-CA');
    box.append(table, Object.assign(document.createElement('p'), { textContent: trf('Printed on %s.', day) }));
  }
  addEventListener('beforeprint', fillPrint);
  addEventListener('hashchange', () => {
    url.navigated();   // the reader's own link wins over a write still waiting
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
