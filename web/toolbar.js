// toolbar.js: the page's toolbar, for web/page.js: copy and share the link, show the
// text version, the downloads (CSV, SVG, PNG: web/exports.js, a classic script loaded on
// the first click), the single offline file (web/offline.mjs) and the Embed panel's
// publish dialog (web/embed_dialog.js, loaded when the panel first opens).
//
//   const toolbar = createToolbar({ getModule, getLink, shareUrl, toggleTextVersion, languagePack });
//   (languagePack(): the page's language pack for the downloads, web/exports.js)
//   toolbar.embedCode.refresh(link)   the state changed: the Embed dialog's code follows
//   toolbar.preloadExports()          loads the downloads' module ahead of a click
//   toolbar.printChart(state, url)    the printed page's chart ('' until that is loaded)
//
// Bundled with page.js by scripts/lib/assemble.mjs.
'use strict';
// eslint-disable-next-line no-unused-vars
function createToolbar({ getModule, getLink, shareUrl, toggleTextVersion, languagePack }) {
  const $ = (id) => document.getElementById(id);
  const root = document.documentElement;

  // -------------------------------------------------------------------------------
  // The embed panel: the code for the current state, ready to copy.

  // The Embed panel: the publish dialog (web/embed_dialog.js, loaded when the panel first
  // opens) for the current link while the panel shows.
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
      const dialog = await loadClassicScript(root.dataset.embedModule, 'awsCalcEmbedDialog');
      dialog.open($('embed-panel'), { base: new URL('.', location.href).href, title: document.title, link: latest, words: { tr, trf } });
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

  const exportsModule = () => loadClassicScript(root.dataset.exportsModule, 'awsCalcExports');
  // A file of the export panel: its charts and pictures in the theme its "Dark" box says
  // (the page's theme until the reader changes it), with the credit typed there; `size` a
  // picture size's key.
  async function exportFile(kind, button, size) {
    try {
      const { makeExport } = await exportsModule();
      const darkBox = $('export-dark');
      const dark = darkBox ? darkBox.checked : root.dataset.theme === 'dark';
      // The editor's "Graphic:" credit: on the files only, never in a link.
      const graphic = $('export-graphic')?.value ?? '';
      const { name, blob } = await makeExport(kind, { state: getLink(), link: shareUrl(), dark, size, graphic, language: languagePack() });
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
      toggleTextVersion();
    },
    // From the result strip: the toolbar, in view, its first action focused.
    more() {
      const toolbar = document.querySelector('.calc-toolbar');
      toolbar.scrollIntoView({ block: 'center' });
      toolbar.querySelector('button')?.focus({ preventScroll: true });
    },
    // The files to republish (web/exports.js, loaded on the first click).
    exports(button) {
      const panel = $('export-panel');
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
      const darkBox = $('export-dark');
      if (!panel.hidden && darkBox) darkBox.checked = root.dataset.theme === 'dark';
      if (!panel.hidden) exportsModule().catch(() => {});
    },
    csv: (button) => exportFile('csv', button),
    'csv-exact': (button) => exportFile('csv-exact', button),
    svg: (button) => exportFile('svg', button),
    png: (button) => exportFile('png', button),
    // Pictures of a fixed size (the core's kPictureSizes: data-size is its key).
    picture: (button) => exportFile('png', button, button.dataset.size),
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
          link: getLink(),
          language: getModule()?.language() ?? 'en',
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
    if (button && getModule()) actions[button.dataset.action]?.(button);
  });

  return {
    embedCode,
    // The downloads' script and the core module it loads, ahead of a click (a print).
    preloadExports: async () => (await exportsModule()).load(),
    // The chart for the printed page, or '' while the downloads' module is not loaded.
    printChart: (state, url) => window.awsCalcExports?.printChart(state, url, languagePack()) ?? '',
  };
}
