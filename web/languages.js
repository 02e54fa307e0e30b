// languages.js: the code a reader of a language other than English needs, loaded by
// web/page.js only when one is wanted (an English reader never downloads it): fetches
// the language's pack (its messages, scripts/lib/languages.py) and the font subset with
// the languages' characters (cmake/assets.cmake), hands them to the module (addLanguage:
// the catalog; src/ui/fonts.cpp merges the font into the atlas), and puts the page's own
// words in the language (web/words.js). A classic script defining one global, as
// web/exports.js (<html data-languages-script>); the service worker keeps it on use, as it
// keeps the packs (sw.js's LANGUAGE_FILES), so an English reader never downloads it.
//
//   const parts = awsCalcLanguages({ getModule, packs, font, usePageWords, onHandedOver,
//                                    onShown, problem, select });
//   parts.fetch(code)   starts fetching a language's files (before the module is there);
//                       when first_view.js left the stage for this language's static
//                       first view (html[data-first-view]), shows it once they are here
//   parts.load(code)    true once the module has the language's pack (English: always)
//   parts.follow()      the state's language, once its pack is here; until then (or when
//                       it cannot come) the language the calculator speaks, and
//                       problem(code) says why (problem(null): nothing to say)
//   parts.choose(code)  the reader's choice: the state's new link, or null when the
//                       language could not be loaded (problem(code) says why)
//   parts.filesUsed()   the files fetched, for the service worker to keep
//   parts.pack(code)    [code, the messages as one text] of a language handed over (the
//                       downloads' module takes it too: web/exports.js), null for English
'use strict';
window.awsCalcLanguages = ({ getModule, packs, font, usePageWords, onHandedOver, onShown, problem, select }) => {
  // Each pack is fetched once ([its messages as the module takes them, the font or null]);
  // the module holds one at a time, so going back to a language hands its pack over again.
  const fetched = new Map();
  const texts = new Map();   // code -> the messages as the modules take them
  let fontSent = false;
  let handedOver = 'en';
  let shown = 'en';   // the language the text version was last built in (onShown)
  let words = 'en';   // the language of the page's own words

  function fetchLanguage(code) {
    if (!fetched.has(code)) {
      const get = (name, read) => fetch(name).then((response) => {
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return response[read]();
      });
      const file = packs[code]?.[1];
      const json = file ? get(file, 'json') : null;
      const fetching = !json ? Promise.resolve(null) : Promise.all([
        json.then((pack) => pack.messages),
        font ? get(font, 'arrayBuffer').then((bytes) => new Uint8Array(bytes)) : null,
      ]);
      if (json) showFirstView(code, json.catch(() => null));
      // A pack that did not come (offline before the reader ever used it) is asked for
      // again next time.
      fetched.set(code, fetching.catch(() => {
        fetched.delete(code);
        return null;
      }));
    }
    return fetched.get(code);
  }

  // The static first view in the language (src/tools/site_assets measured it with the
  // language's words: scripts/lib/assemble.mjs put its figures in the pack, its places and
  // the calculator's height in a style sheet beside it), in place of the neutral
  // placeholder first_view.js showed, if the module has not drawn yet; the page's own
  // words (the title over the figures among them) in the language with them.
  function showFirstView(code, fetching) {
    const root = document.documentElement;
    const sheet = packs[code]?.[2];
    if (root.dataset.firstView !== code || !sheet) return;
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: sheet });
    link.addEventListener('load', async () => {
      const pack = await fetching;
      if (!pack?.firstView || root.dataset.firstView !== code || root.classList.contains('canvas-ready')) return;
      document.getElementById('calc-figures').outerHTML = pack.firstView;
      root.dataset.figuresLang = code;   // first_view.js shows them for this language only
      delete root.dataset.firstView;
      root.lang = code;
      words = code;
      usePageWords(pack.messages);
      root.classList.replace('sf-off', 'sf-on');
    });
    document.head.append(link);
  }

  async function load(code) {
    if (code === 'en' || code === handedOver) return true;
    const pack = await fetchLanguage(code);
    const module = getModule();
    if (!pack || !module) return false;
    const [messages, fontBytes] = pack;
    if (!texts.has(code)) texts.set(code, Object.entries(messages).flat().join('\x1f'));
    if (module.addLanguage(code, texts.get(code), fontSent || !fontBytes ? new Uint8Array(0) : fontBytes)) {
      fontSent ||= Boolean(fontBytes);
      handedOver = code;
    }
    return handedOver === code;
  }

  async function show() {
    const code = getModule().language();
    // Screen readers say the page's words in its language (the page and the embed's document
    // are the calculator's; its region says it too).
    document.documentElement.lang = code;
    document.getElementById('calc').lang = code;
    if (select) select.value = code;
    if (code !== words) {
      words = code;
      usePageWords(code === 'en' ? null : (await fetchLanguage(code))?.[0] ?? null);
    }
    if (code === shown) return;
    shown = code;
    onShown();
  }

  async function follow() {
    const module = getModule();
    const wanted = module.wantedLanguage() || 'en';
    if (module.language() !== wanted) {
      const loaded = await load(wanted);
      if ((module.wantedLanguage() || 'en') !== wanted) return;   // changed meanwhile
      if (loaded) onHandedOver();
      else problem(wanted);
    }
    if (module.language() === wanted) problem(null);
    show();
  }

  async function choose(code) {
    if (await load(code)) return getModule().chooseLanguage(code);
    problem(code);
    show();   // the language in use
    return null;
  }

  const filesUsed = () => [...fetched.keys()].flatMap((code) => [packs[code]?.[1], packs[code]?.[2], font]).filter(Boolean);
  const pack = (code) => (texts.has(code) ? [code, texts.get(code)] : null);
  return { fetch: fetchLanguage, load, follow, choose, filesUsed, pack };
};
