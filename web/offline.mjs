// offline.mjs: builds aws-anthropic-calculator.html, the calculator as one file that works
// opened from disk (file://) with no server: index.html with its styles and scripts
// inlined and the wasm as base64, which page.js hands to the module (no fetch), and the
// downloads' script (web/exports.js) inline too with the core module it loads (its wasm
// as base64 as well), so CSV, SVG and PNG work from disk.
// The Embed panel says why a file on a disk cannot be embedded (web/page.js); the
// "Download for offline use" button is gone (this is that file).
//
// One function for both places the file is made: scripts/lib/assemble.mjs (dist/'s
// copy) and the page's "Download for offline use", which builds it from the page's own
// files (already downloaded and cached: a reader who never asks pays nothing, and it
// works offline). An ES module: the page imports it only when the button is pressed.
//
//   const html = await buildOfflineFile({ html, read, readBytes, link, language });
//     html       index.html's text as served
//     read       async (name) => text of a file index.html refers to
//     readBytes  async (name) => Uint8Array (the wasm, the icon)
//     link       the starting state (the page's current link)
//     language   the page's language ("de"): its pack and the languages' font go inside
//                the file as data: addresses, with web/languages.js inline, so the file
//                speaks it from disk (its switcher offers English and that language);
//                English or none: the file is English only

const toBase64 = (bytes) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// Text that can sit inside <tag>...</tag> in HTML: only "</tag" can end it early
// (unless "<!--" makes "<tag" special, which the page's own files never contain).
function inlinable(name, text, tag) {
  if (text.includes('<!--')) throw new Error(`${name} cannot be inlined (it contains <!--)`);
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

export async function buildOfflineFile({ html, read, readBytes, link = '', language = 'en' }) {
  const replaceAsync = async (text, pattern, replacer) => {
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(last, match.index), await replacer(...match));
      last = match.index + match[0].length;
    }
    return parts.join('') + text.slice(last);
  };
  const scripts = [];
  let out = html.replace(/<link rel="manifest"[^>]*>\n?/, '')   // no installing from a file
    .replace(/<link rel="preload"[^>]*>\n?/g, '');                // the wasm is inline below
  out = await replaceAsync(out, /<link rel="stylesheet" href="([^"]+)">/g,
    async (_, name) => `<style>\n${inlinable(name, await read(name), 'style')}</style>`);
  out = await replaceAsync(out, /<link rel="icon" href="([^"]+)" type="([^"]+)">/g,
    async (_, name, type) => `<link rel="icon" href="data:${type};base64,${toBase64(await readBytes(name))}" type="${type}">`);
  // A script that is not deferred (first_view.js) stays where it is, inline.
  out = await replaceAsync(out, /<script src="([^"]+)"><\/script>/g,
    async (_, name) => `<script>\n${inlinable(name, await read(name), 'script')}</script>`);
  // Deferred scripts move to the end of <body> (an inline script cannot be deferred), in
  // order; the module's wasm goes before them as base64.
  out = await replaceAsync(out, /<script src="([^"]+)" defer><\/script>\n?/g, async (_, name) => {
    scripts.push(name);
    return '';
  });
  let tail = '';
  // The reader's language, if not English: <html data-languages> with its pack and the
  // font as data: addresses (fetch reads them from a file on disk too), and the script
  // that hands them over inline before page.js (loadClassicScript finds its global).
  let languagesAttr = '';
  const languages = JSON.parse((/\sdata-languages="([^"]*)"/.exec(out)?.[1] ?? '{}')
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
  const pack = language !== 'en' && languages.packs?.[language];
  const languagesScript = /\sdata-languages-script="([^"]+)"/.exec(out)?.[1];
  if (pack?.[1] && languages.font && languagesScript) {
    const dataUrl = async (name, type) => `data:${type};base64,${toBase64(await readBytes(name))}`;
    languagesAttr = escapeAttribute(JSON.stringify({
      font: await dataUrl(languages.font, 'font/otf'),
      packs: { en: languages.packs.en, [language]: [pack[0], await dataUrl(pack[1], 'application/json')] },
    }));
    scripts.unshift(languagesScript);
  }
  // The downloads' script (web/exports.js), which the page loads on a click: inline, as
  // a classic script, since a file opened from disk can import nothing.
  // The core module it loads (its wasm as base64 too).
  for (const module of ['exports', 'core']) {
    const name = new RegExp(`\\sdata-${module}-module="([^"]+)"`).exec(out)?.[1];
    if (name) scripts.push(name);
  }
  for (const name of scripts) {
    const wasmId = /^app\.[0-9a-f]+\.js$/.test(name) ? 'awscalc-wasm' : /^core\.[0-9a-f]+\.js$/.test(name) ? 'awscalc-core-wasm' : '';
    if (wasmId) {
      const wasm = name.replace(/\.js$/, '.wasm');
      tail += `<script id="${wasmId}" type="application/octet-stream">${toBase64(await readBytes(wasm))}</script>\n`;
    }
    tail += `<script>\n${inlinable(name, await read(name), 'script')}</script>\n`;
  }
  // "Licences and credits" inline (no file beside this one to link to): the page's
  // licences section and the third-party notices in full.
  const licences = /<main\b[^>]*>([\s\S]*?)<p><a href="\.\/">/.exec(await read('licences.html'))?.[1];
  if (!licences) throw new Error('licences.html: no licences section to inline');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const notices = escape(await read('THIRD-PARTY-NOTICES.txt'));
  const licence = escape(await read('LICENSE.txt'));
  const section = '<details class="calc-legal" id="calc-legal"><summary>Licences and credits</summary>\n' +
    licences.replace('<a href="LICENSE.txt">LICENSE.txt</a>', 'below')
      .replace('<a href="THIRD-PARTY-NOTICES.txt">THIRD-PARTY-NOTICES.txt</a>', 'below') +
    `<h3>The MIT licence of the calculator\u2019s code</h3>\n<pre>${licence}</pre>\n` +
    `<h3>Third-party notices</h3>\n<pre id="third-party-notices">${notices}</pre>\n</details>`;
  out = out.replace(/<p class="calc-legal"[^>]*>[\s\S]*?<\/p>/, () => section);
  // The markup itself (before the scripts are inlined) must refer to no file.
  const leftover = /\s(?:src|href)="(?!data:|https?:|#)[^"]+"/.exec(out);
  if (leftover) throw new Error(`the offline file would still refer to a file:${leftover[0]}`);
  return out.replace('</body>', () => `${tail}</body>`)
    .replace(/\sdata-offline-module="[^"]*"/, '')
    .replace(/\sdata-(?:exports|core|embed)-module="[^"]*"/g, '')
    // A file on disk cannot fetch a language pack: English, or the language inside it.
    .replace(/\sdata-languages-script="[^"]*"/, '')
    .replace(/\sdata-languages="[^"]*"/, languagesAttr ? ` data-languages="${languagesAttr}"` : '')
    .replace(/data-initial-link="[^"]*"/, `data-initial-link="${escapeAttribute(link)}"`);
}
