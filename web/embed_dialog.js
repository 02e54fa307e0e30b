// embed_dialog.js: the Embed panel as a small publish dialog, for newsrooms. The editor
// chooses how the article embeds the calculator (the route), the parts the article
// already has, its background and the tab the calculator starts on; a live preview at
// a column width of their choice shows what the article will show, and the one code box
// follows every choice. Nothing chosen here enters readers' share links: the parts and
// the background travel in the iframe's query string or the embed's attributes, as
// web/embed.js and web/embed_child.js read them; the starting tab is the link's own
// `tab=` (a reader's link carries the tab they look at in any case).
//
// A classic script (the page adds it with a <script> element when the Embed panel first
// opens; the service worker precaches it), bundled by scripts/lib/assemble.mjs with
// web/layout_height.js (layoutHeight). The build writes in its measurements
// ({{EMBED_METRICS}}, {{LAYOUT_HEIGHTS}}: src/tools/site_assets.cpp), the results tabs
// ({{TABS}}: core/tabs.h) and the name of its stylesheet ({{EMBED_DIALOG_CSS}}). It
// defines globalThis.awsCalcEmbedDialog (node's build imports it for the oEmbed code):
//
//   const dialog = globalThis.awsCalcEmbedDialog;
//   dialog.open(panel, { base, title, link, words })   builds the dialog in `panel` (once),
//                                                 in the page's language: `words` is
//                                                 web/words.js's {tr, trf} (English without)
//   dialog.refresh(link)                          the reader's state changed
//   dialog.preview()                              {width, height, src} of the preview
//   dialog.embedCode(options, { base, title, link, height })   one route's code
'use strict';
(() => {
  // The build's measurements; null in the source (node's build passes its own).
  const fromBuild = (json) => JSON.parse(json.replace(/^\{\{.*\}\}$/, 'null'));
  const METRICS = fromBuild('{{EMBED_METRICS}}');
  const HEIGHTS = fromBuild('{{LAYOUT_HEIGHTS}}');
  const TABS = fromBuild('{{TABS}}') ?? [];
  const STYLESHEET = '{{EMBED_DIALOG_CSS}}';

  // The name the codes give their embed: the article's URL keeps a reader's state under
  // #aws-calc-<id>= (embed.js's data-aws-calc-id, pym's container id).
  const EMBED_ID = 'aws-anthropic';
  // pym.js v1 as NPR publishes it; a newsroom that hosts its own copy uses that.
  const PYM_URL = 'https://pym.nprapps.org/pym.v1.min.js';

  // The dialog's words in the page's language (web/words.js's tr and trf, given to open);
  // markTr marks the words of the tables below for the build's list of keys
  // (scripts/lib/languages.py), translated where they are shown. An element made with
  // `data-tr` takes its words again when the reader changes the language (translatePage).
  let tr = (english) => english;
  let trf = (english, ...values) => values.reduce((text, value) => text.replace('%s', value), english);
  const markTr = (english) => english;

  // The choices, each declared once: the dialog's controls and the codes read them.
  const ROUTES = [
    { key: 'script', label: markTr('embed.js (recommended)'),
      note: markTr('Sizes itself to the exact height before it loads, follows your page\'s background and keeps ' +
        'a reader\'s changes in the article\'s own link. Nothing is requested from anyone but this ' +
        'calculator\'s server.') },
    { key: 'iframe', label: markTr('Plain iframe'),
      note: markTr('For a CMS that takes no embed.js. The few lines of script after the iframe fit it to the ' +
        'calculator; if your CMS strips them, the iframe stays {height} px tall, the calculator\'s ' +
        'height in a {width} px column: in a narrower column it scrolls inside the frame, in a wider ' +
        'one blank space shows below it.') },
    { key: 'pym', label: 'pym.js',
      note: markTr('For pages that already use pym.js: the embed speaks its protocol and fits exactly. The code ' +
        'loads pym.js from NPR; use your own copy if you host one. pym puts your article\'s address ' +
        'in the iframe\'s.') },
    { key: 'amp', label: markTr('AMP (amp-iframe)'),
      note: markTr('For AMP pages, which need the amp-iframe extension in their <head>. The frame starts ' +
        '{height} px tall, the calculator\'s height in a {width} px column, and fits itself when the ' +
        'reader scrolls to it.') },
  ];
  const PARTS = [
    { key: 'header', label: markTr('The title, intro and source line') },
    { key: 'footer', label: markTr('The footer') },
    { key: 'padding', label: markTr('The side padding (lines up with your text column)') },
  ];
  const THEMES = [
    { key: 'auto', label: markTr('Match it') },
    { key: 'light', label: markTr('Light') },
    { key: 'dark', label: markTr('Dark') },
  ];
  const WIDTHS = [320, 390, 740];
  const DEFAULTS = { route: 'script', hide: [], theme: 'auto', width: 390, lang: 'en' };
  // The article backgrounds the preview stands on (a light and a dark newspaper page).
  const PREVIEW_BACKGROUND = { light: '#ffffff', dark: '#121212' };

  const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  // The link with `tab` as its starting tab ('' or the first tab: the link's default),
  // without a language: the article's is an option of the embed (data-aws-calc-lang).
  function withTab(link, tab) {
    const parts = link.split('&').filter((part) => part && !part.startsWith('tab=') && !part.startsWith('lang='));
    if (tab && tab !== TABS[0]?.link) parts.push(`tab=${tab}`);
    return parts.join('&');
  }

  // embed.html's address for these options: the host's look and the parts left out in
  // the query string (web/embed_child.js, web/page.js read them), the link after '#'.
  function frameSource(base, { link, hide = [], theme = 'auto', lang = 'en' }) {
    const query = [...(theme === 'light' || theme === 'dark' ? [`theme=${theme}`] : []),
                   ...(hide.length ? [`hide=${hide.join(',')}`] : []),
                   ...(lang && lang !== 'en' ? [`lang=${lang}`] : [])].join('&');
    return `${base}embed.html${query ? `?${query}` : ''}#${link}`;
  }

  // The height a frame keeps before (or without) the calculator's own word: the
  // calculator's height in a column `width` px wide, with the parts left out, for the
  // reader such a column has: a finger in a phone's column (under DESKTOP_COLUMN_PX), a
  // mouse in a wider one (a tablet's reader then scrolls inside a stripped frame).
  const DESKTOP_COLUMN_PX = 600;
  function columnHeight(width, hide = [], heights = HEIGHTS, metrics = METRICS) {
    // The table's keys name the parts in PARTS's order.
    const key = PARTS.map((part) => part.key).filter((part) => hide.includes(part)).join(',');
    return layoutHeight(heights, metrics, width, width >= DESKTOP_COLUMN_PX ? 'fine' : 'coarse', key);   // web/layout_height.js
  }

  // One route's code, for the calculator at `base` (its folder's URL, ending in '/')
  // starting on `link`; `title` names the frame; `height` the frame's starting height
  // (the plain iframe and AMP: a stripped script's fallback); `metrics` the embed's limits.
  function embedCode({ route = 'script', hide = [], theme = 'auto', lang = 'en' } = {},
                     { base, title, link = '', height, metrics = METRICS }) {
    if (!metrics) throw new Error('embedCode: the build\'s embed metrics are needed (embed-metrics.json)');
    const state = escapeAttribute(link);
    const src = escapeAttribute(frameSource(base, { link, hide, theme, lang }));
    const named = escapeAttribute(title);
    const scheme = theme === 'light' || theme === 'dark' ? `;color-scheme:${theme}` : '';
    switch (route) {
      case 'script':
        return `<div data-aws-calc="${state}" data-aws-calc-id="${EMBED_ID}"` +
          `${hide.length ? ` data-aws-calc-hide="${hide.join(' ')}"` : ''}` +
          `${scheme ? ` data-aws-calc-theme="${theme}"` : ''}` +
          `${lang && lang !== 'en' ? ` data-aws-calc-lang="${escapeAttribute(lang)}"` : ''}></div>\n` +
          `<script src="${base}embed.js" async></script>`;
      case 'iframe': {
        // The iframe, and a few lines that take its height from the calculator's message
        // (web/embed_child.js posts it), from the calculator's origin only, capped.
        const origin = JSON.stringify(new URL(base).origin);
        return `<iframe src="${src}" title="${named}" data-aws-calc-frame loading="lazy" ` +
          `allow="clipboard-write; web-share" width="100%" height="${height}" ` +
          `style="display:block;width:100%;height:${height}px;border:0${scheme}"></iframe>\n` +
          '<script>addEventListener("message",function(e){var d=e.data;' +
          `if(e.origin!==${origin}||!d||d.type!=="aws-calc:height")return;` +
          'document.querySelectorAll("iframe[data-aws-calc-frame]").forEach(function(f){' +
          `if(f.contentWindow===e.source)f.style.height=Math.min(${metrics.maxHeightPx},Math.max(${metrics.minHeightPx},+d.height||0))+"px"})})</script>`;
      }
      case 'pym':
        return `<div id="${EMBED_ID}" data-pym-src="${src}" data-pym-title="${named}"></div>\n` +
          `<script src="${PYM_URL}"></script>`;
      case 'amp':
        return `<amp-iframe src="${src}" title="${named}" layout="fixed-height" height="${height}" resizable ` +
          'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ' +
          'allow="clipboard-write; web-share" frameborder="0">' +
          '<button overflow type="button">Show the whole calculator</button></amp-iframe>';
      default:
        throw new Error(`embedCode: no route called ${route}`);
    }
  }

  // -------------------------------------------------------------------------------
  // The dialog.

  let dialog = null;

  // An element: `tag` with `attributes` (a property where the element has one) and children.
  function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value == null) continue;
      if (name in element && name !== 'list') element[name] = value;
      else element.setAttribute(name, value === true ? '' : value);
    }
    element.append(...children);
    return element;
  }

  // Words that follow the page's language: a span marked data-tr (web/words.js).
  const trSpan = (english) => h('span', { 'data-tr': english }, tr(english));

  // A group of radio buttons or check boxes named `name`, one per choice; `legend` and the
  // labels in English (their words in the page's language).
  function choices(legend, name, type, list, checked) {
    return h('fieldset', { className: 'embed-choices' }, h('legend', {}, trSpan(legend)),
      ...list.map(({ key, label, plain }) => h('label', {},
        h('input', { type, name, value: String(key), checked: checked(key) }), ' ', plain ? label : trSpan(label))));
  }

  function open(panel, { base, title, link, words: language }) {
    if (language) ({ tr, trf } = language);
    if (dialog) {
      dialog.refresh(link);
      return dialog;
    }
    if (STYLESHEET && !STYLESHEET.startsWith('{{')) {
      document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
    }
    const options = { ...DEFAULTS, tab: new URLSearchParams(link.replace(/^#/, '')).get('tab') ?? '',
                      lang: document.getElementById('calc')?.lang || 'en' };
    // The languages the calculator has (<html data-languages>, scripts/lib/assemble.mjs).
    const packs = JSON.parse(document.documentElement.dataset.languages || '{}').packs || {};
    const languages = Object.entries(packs).map(([code, [name]]) => [code, name]);
    let latest = link;
    // A height as the page's language writes numbers ("1,234", "1.234").
    const number = (value) => value.toLocaleString(document.getElementById('calc')?.lang || 'en');

    const form = h('form', { className: 'embed-options', 'aria-label': tr('Embed options'), 'data-tr-label': 'Embed options' },
      choices(markTr('How your page embeds it'), 'embed-route', 'radio', ROUTES, (key) => key === options.route),
      choices(markTr('Leave out what your article already has'), 'embed-hide', 'checkbox', PARTS, () => false),
      choices(markTr('Your page\'s background'), 'embed-theme', 'radio', THEMES, (key) => key === options.theme),
      h('label', { className: 'embed-tab' }, trSpan('Your article\'s language'), ' ',
        h('select', { name: 'embed-lang' }, ...languages.map(([code, name]) => h('option', {
          value: code, lang: code, selected: code === options.lang }, name)))),
      h('label', { className: 'embed-tab' }, trSpan('Starting tab'), ' ',
        h('select', { name: 'embed-tab' }, ...TABS.map((tab, i) => h('option', {
          value: i === 0 ? '' : tab.link, selected: (i === 0 ? '' : tab.link) === options.tab, 'data-tr': tab.title },
        tr(tab.title))))),
      choices(markTr('Preview in a column of'), 'embed-width', 'radio',
        WIDTHS.map((width) => ({ key: width, label: `${width} px`, plain: true })), (key) => key === options.width));
    form.addEventListener('submit', (event) => event.preventDefault());

    // The preview: the embed as the article will show it, in a column of the chosen
    // width (scaled down to fit a narrower screen), on the chosen background. Inert: a
    // picture of the result for the editor, not a second calculator to tab through; the
    // status line says its height in words.
    const frame = h('iframe', { title: tr('Preview of the embed'), tabIndex: -1, scrolling: 'no' });
    frame.setAttribute('inert', '');
    const column = h('div', { className: 'embed-preview-column' }, frame);
    const stage = h('div', { className: 'embed-preview', 'aria-hidden': 'true' }, column);
    const status = h('p', { className: 'embed-preview-status', id: 'embed-preview-status', role: 'status' });
    const code = h('textarea', { id: 'embed-code', readOnly: true, rows: 6, spellcheck: false });
    const note = h('p', { className: 'embed-note', id: 'embed-note' });
    code.setAttribute('aria-describedby', 'embed-note');
    panel.append(form,
      h('label', { htmlFor: 'embed-code' }, trSpan('The code to paste')), code, note,
      h('button', { type: 'button', className: 'calc-button', id: 'embed-copy',
                    'data-action': 'copy-embed', 'data-source': 'embed-code' }, trSpan('Copy the code')),
      h('h3', { className: 'embed-preview-title' }, trSpan('Preview')), status, stage);

    let reported = 0;   // the preview's height, as the calculator said it (0: not yet)
    function layOut() {
      stage.style.maxWidth = `${options.width + stage.offsetWidth - stage.clientWidth}px`;   // the column and its border
      const available = stage.clientWidth || options.width;
      const scale = Math.min(1, available / options.width);
      Object.assign(column.style, { width: `${options.width}px`, transform: scale < 1 ? `scale(${scale})` : '' });
      frame.style.height = `${reported || columnHeight(options.width, options.hide)}px`;
      stage.style.height = `${Math.ceil((reported || columnHeight(options.width, options.hide)) * scale)}px`;
      status.textContent = reported
        ? trf('In a %s px column the calculator is %s px tall.', options.width, number(reported))
        : trf('Loading the preview at %s px.', options.width);
    }

    // The code and its note. A frame's starting height (the plain iframe's without its
    // script, AMP's before it fits) is the column's from the build's table (the article's
    // assumptions on the first tab) or the preview's, whichever is taller: another
    // starting tab or other assumptions may be taller.
    let start = '';
    function writeCode() {
      const height = Math.max(columnHeight(options.width, options.hide), reported);
      code.value = embedCode(options, { base, title, link: start, height });
      const text = tr(ROUTES.find((route) => route.key === options.route).note);
      note.textContent = text.replace('{height}', number(height)).replace('{width}', options.width);
    }

    function update() {
      const data = new FormData(form);
      const width = Number(data.get('embed-width'));
      if (width !== options.width) reported = 0;
      Object.assign(options, {
        route: data.get('embed-route'), hide: data.getAll('embed-hide'), theme: data.get('embed-theme'),
        tab: data.get('embed-tab'), lang: data.get('embed-lang') || 'en', width,
      });
      start = withTab(latest.replace(/^#/, ''), options.tab);
      // What the article shows: under embed.js, "Match it" takes the article's background
      // (here the page's own); the other routes, without a theme, the reader's system's.
      const host = options.theme === 'auto' ? document.documentElement.dataset.theme || 'light' : options.theme;
      const shownTheme = options.theme === 'auto' && options.route === 'script' ? host : options.theme;
      stage.style.background = PREVIEW_BACKGROUND[host];
      frame.style.colorScheme = shownTheme === 'auto' ? 'normal' : shownTheme;
      const src = frameSource(base, { link: start, hide: options.hide, theme: shownTheme, lang: options.lang });
      if (frame.src !== src) {
        // Other options or another state: the height is unknown until the calculator says.
        reported = 0;
        frame.src = src;
      }
      writeCode();
      layOut();
    }

    // The preview's height, once its calculator shows (before, it is the placeholder's,
    // which a slow engine may report first): from its message, or measured here (the
    // preview is on this page's origin) when it shows without a new one. While the frame
    // navigates (a new option reloads it), its document may have no root element yet.
    const shown = () => /\b(?:canvas-ready|no-canvas|no-wasm)\b/.test(frame.contentDocument?.documentElement?.className ?? '');
    const take = (height) => {
      reported = Math.min(METRICS.maxHeightPx, Math.max(METRICS.minHeightPx, Math.ceil(height)));
      writeCode();
      layOut();
    };
    let waiting = 0;
    addEventListener('message', (event) => {
      const data = event.data;
      if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
      if (!data || data.type !== 'aws-calc:height' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
      if (shown()) {
        take(data.height);
        return;
      }
      clearInterval(waiting);
      waiting = setInterval(() => {
        if (!shown()) return;
        clearInterval(waiting);
        take(frame.contentDocument.documentElement.getBoundingClientRect().height);
      }, 200);
    });
    // The document that loads must be the one last asked for: WebKit, under load, may let
    // the frame's first navigation (from before the dialog was in the page) win over a
    // newer src, leaving the preview with other options than the code says. Once per src,
    // a document with another path or query is replaced by the wanted one.
    let checked = '';
    frame.addEventListener('load', () => {
      const wanted = frame.src;
      let loaded;
      try {
        loaded = new URL(frame.contentWindow.location.href);
      } catch {
        return;
      }
      const asked = new URL(wanted);
      if (checked === wanted || loaded.href === 'about:blank' ||
          (loaded.pathname === asked.pathname && loaded.search === asked.search)) return;
      checked = wanted;
      reported = 0;
      frame.contentWindow.location.replace(wanted);
    });
    form.addEventListener('change', update);
    // A narrower or wider panel (a rotated phone): the preview's scale follows. The form
    // is observed (it takes the panel's width, and nothing layOut sets changes its size),
    // and the layout waits for the next frame (no resize loop within one).
    new ResizeObserver(() => requestAnimationFrame(layOut)).observe(form);

    dialog = {
      refresh(link) {
        latest = link;
        update();
      },
      preview: () => ({ width: options.width, height: reported, src: frame.src }),
    };
    update();
    return dialog;
  }

  globalThis.awsCalcEmbedDialog = {
    EMBED_ID, ROUTES, PARTS, THEMES, WIDTHS, embedCode, frameSource, columnHeight, withTab, open,
    refresh: (link) => dialog?.refresh(link),
    // The preview as shown: {width, height (0 until the calculator said), src}.
    preview: () => dialog?.preview() ?? null,
  };
})();
