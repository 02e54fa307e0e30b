// assemble.mjs: builds dist/ from the WebAssembly build and web/.
//
//   node scripts/lib/assemble.mjs WASM_BUILD_DIR DIST_DIR SITE_DIR
//
// SITE_DIR holds what the build's tool src/tools/site_assets wrote from the core:
// layout-heights.css, appended to calc.css (the calculator's height by width for the
// loading placeholder), and note.html, the note's figures in words for the page without
// WebAssembly (index.html's {{NOTE_HTML}}); first-view.html, the static figures shown
// until the module's first frame (index.html's {{FIRST_VIEW_HTML}}), and first-view.css,
// their fonts, colours and places, appended to calc.css after layout-heights.css.
//
// Modules, scripts and styles get content-hashed names (app.1a2b3c4d.js), so a cached
// page can never pair a JS file with a wasm file of another build; the HTML names them
// through placeholders such as {{APP_JS}}. HTML, embed.js and the manifest keep stable
// names: hosts and bookmarks point at them.
//
// Also made here: embed.html's body (index.html's <main>, {{CALC_MAIN}}), the icons
// (scripts/lib/icons.mjs), aws-anthropic-calculator.html (one self-contained file for
// file://, by web/offline.mjs), the link preview (preview.png from site_assets's
// preview.svg, by rsvg-convert and pngquant, Debian's librsvg2-bin and pngquant) with
// index.html's Open Graph and Twitter card tags ({{SOCIAL_META}}), the oEmbed response
// (oembed.json, when the public base URL is known), _headers (scripts/lib/serve.mjs's
// headers, in the format Netlify and Cloudflare Pages read), and last sw.js
// (web/sw.template.js with this build's files and their revisions).
//
// AWSCALC_BASE_URL (scripts/build --base-url URL) is the address dist/ is published at,
// "https://example.org/calc/": preview crawlers need absolute URLs (og:image, og:url,
// canonical) and the oEmbed response an absolute embed code. Without it the tags are
// relative and there is no oEmbed response (README, "Link previews").
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { iconFiles } from './icons.mjs';
import { readInputs, thirdPartyNotices } from './notices.mjs';
import { headersFile } from './serve.mjs';
import '../../web/embed_dialog.js';   // a classic script: defines globalThis.awsCalcEmbedDialog
const { embedCode, columnHeight } = globalThis.awsCalcEmbedDialog;
// layoutHeight (web/layout_height.js, one function, bundled with the dialog in dist/), for
// columnHeight here.
// eslint-disable-next-line no-new-func
globalThis.layoutHeight = new Function(`${readFileSync('web/layout_height.js', 'utf8')}\nreturn layoutHeight;`)();

// What readers download is minified: scripts by terser (npm, pinned), styles by dropping
// comments and spaces. The sources in web/ keep their comments.
const minifyJs = async (text, module = false) =>
  (await minify(text, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
const minifyCss = (text) => text
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{}:;,>])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim();

const [buildDir, distDir, siteDir] = process.argv.slice(2);
if (!buildDir || !distDir || !siteDir) {
  console.error('usage: node scripts/lib/assemble.mjs WASM_BUILD_DIR DIST_DIR SITE_DIR');
  process.exit(2);
}

const hash8 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 8);
};

// The public base URL, ending in '/', or '' (relative URLs).
const baseUrl = (() => {
  const given = process.env.AWSCALC_BASE_URL ?? '';
  if (!given) return '';
  let url;
  try { url = new URL(given); } catch { url = null; }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    console.error(`assemble: AWSCALC_BASE_URL must be an http(s) URL without query or fragment: ${given}`);
    process.exit(2);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
})();

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });
const names = {};

// Emscripten modules: NAME.HASH.js loads NAME.HASH.wasm (the loader asks for the wasm
// by the name it was linked with, so that name is rewritten in the JS).
// The page's module (app) and the core-only module (core: the node tests' module, which
// the page loads on a click for its downloads, web/exports.js).
for (const [key, target, out] of [['APP', 'awscalc-app', 'app'], ['CORE', 'awscalc-core', 'core']]) {
  const js = readFileSync(join(buildDir, `src/web/${target}.js`), 'utf8');
  const wasm = readFileSync(join(buildDir, `src/web/${target}.wasm`));
  const hash = hash8(js, wasm);
  names[`${key}_JS`] = `${out}.${hash}.js`;
  names[`${key}_WASM`] = `${out}.${hash}.wasm`;
  // Emscripten's loader, minified again by terser (Emscripten 3.1.6 without the Closure
  // Compiler leaves its names whole): about 16 kB -> 11 kB gzip. Its exports keep their
  // names (terser mangles no property and no top-level name: createAwsCalc stays).
  const loader = await minifyJs(js.replaceAll(`${target}.wasm`, names[`${key}_WASM`]));
  writeFileSync(join(distDir, names[`${key}_JS`]), loader);
  writeFileSync(join(distDir, names[`${key}_WASM`]), wasm);
}

// The page's own script and style, hashed the same way. page.js is bundled with the
// text version (text_version.js) and the result strip (strip.js) into one file and one
// scope.
// EMBED_METRICS: the embed's measurements, declared once in src/tools/site_assets.cpp
// (kEmbedMetrics): web/embed.js, web/embed_child.js and web/exports.js get them as a literal.
const embedMetricsJson = readFileSync(join(siteDir, 'embed-metrics.json'), 'utf8').trim();
const embedMetrics = JSON.parse(embedMetricsJson);
// LAYOUT_HEIGHTS: the calculator's height by column width and pointer (site_assets), for
// embed.js to reserve before its iframe loads and the embed dialog's fallback heights.
const layoutHeightsJson = readFileSync(join(siteDir, 'layout-heights.json'), 'utf8').trim();
const layoutHeights = JSON.parse(layoutHeightsJson);
// TABS: the results tabs (core/tabs.h via site_assets), for the embed dialog.
const tabsJson = readFileSync(join(siteDir, 'tabs.json'), 'utf8').trim();
const hashed = [['PAGE_JS', 'page.js'], ['EMBED_CHILD_JS', 'embed_child.js'], ['OFFLINE_JS', 'offline.mjs'],
                ['EXPORTS_JS', 'exports.js'], ['LANGUAGES_JS', 'languages.js'], ['EMBED_DIALOG_CSS', 'embed_dialog.css'], ['EMBED_DIALOG_JS', 'embed_dialog.js'],
                ['CALC_CSS', 'calc.css'], ['NOSCRIPT_CSS', 'noscript.css'],
                ['FIRST_VIEW_JS', 'first_view.js']];
// look.js (a link's theme and accent, read one way) goes into each script that paints
// before or beside the module: these two here, embed.js below ({{LINK_LOOK_JS}}).
const bundled = { 'page.js': ['look.js', 'words.js', 'classic_script.js', 'text_version.js', 'strip.js', 'semantic_roles.js', 'semantic_field.js',
                              'semantics.js', 'url_sync.js', 'toolbar.js', 'page.js'],
                  'first_view.js': ['look.js', 'first_view.js'],
                  'embed_dialog.js': ['layout_height.js', 'embed_dialog.js'] };
for (const [key, file] of hashed) {
  const parts = (bundled[file] ?? [file]).map((part) => readFileSync(join('web', part), 'utf8'));
  let text = parts.length > 1 ? `(() => {\n${parts.join('\n')}\n})();\n` : parts[0];
  if (file === 'embed_dialog.js') {
    // Written as string literals (the source reads them with JSON.parse, so node can
    // import it unbuilt).
    for (const [name, value] of [['LAYOUT_HEIGHTS', layoutHeightsJson], ['TABS', tabsJson],
                                 ['EMBED_METRICS', embedMetricsJson], ['EMBED_DIALOG_CSS', names.EMBED_DIALOG_CSS]]) {
      text = text.replaceAll(`'{{${name}}}'`, JSON.stringify(value));
    }
  }
  text = text.replaceAll('{{EMBED_METRICS}}', embedMetricsJson);
  // The colours first: calc.css's rules after them use them.
  if (file === 'calc.css') text = `${readFileSync(join(siteDir, 'palette.css'), 'utf8')}\n${text}`;
  if (file === 'calc.css') text += `\n${readFileSync(join(siteDir, 'embed-metrics.css'), 'utf8')}`;
  if (file === 'calc.css') text += `\n${readFileSync(join(siteDir, 'layout-heights.css'), 'utf8')}`;
  if (file === 'calc.css') text += `\n${readFileSync(join(siteDir, 'first-view.css'), 'utf8')}`;
  text = file.endsWith('.css') ? minifyCss(text) : await minifyJs(text, file.endsWith('.mjs'));
  const [stem, source_extension] = file.split('.');
  const extension = source_extension === 'mjs' ? 'js' : source_extension;   // any server knows .js
  names[key] = `${stem}.${hash8(text)}.${extension}`;
  writeFileSync(join(distDir, names[key]), text);
}

// Everything else in web/: placeholders replaced in text files.
// embed.html's body is index.html's <main>, so the embed cannot diverge from the page.
const hashedSources = new Set([...Object.values(bundled).flat(), ...hashed.map(([, file]) => file),
                               'sw.template.js']);
const indexMain = /<main\b[^>]*\bid="calc"[^>]*>[\s\S]*<\/main>/.exec(readFileSync('web/index.html', 'utf8'));
if (!indexMain) throw new Error('web/index.html: no <main id="calc"> for embed.html');
// SOCIAL_META: the link preview's tags, from index.html's own title and description and
// the preview's size and words (its SVG's width, height and <desc>).
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const indexHtml = readFileSync('web/index.html', 'utf8');
const pageTitle = unescapeXml(/<title\b[^>]*>([^<]*)<\/title>/.exec(indexHtml)[1]);
const pageDescription = unescapeXml(/<meta name="description" content="([^"]*)">/.exec(indexHtml)[1]);
const previewSvg = readFileSync(join(siteDir, 'preview.svg'), 'utf8');
const preview = {
  width: Number(/<svg\b[^>]*\swidth="(\d+)"/.exec(previewSvg)[1]),
  height: Number(/<svg\b[^>]*\sheight="(\d+)"/.exec(previewSvg)[1]),
  alt: unescapeXml(/<desc>([^<]*)<\/desc>/.exec(previewSvg)[1]),
  url: `${baseUrl}preview.png`,
};
const socialMeta = [
  ...(baseUrl ? [`<link rel="canonical" href="${escapeHtml(baseUrl)}">`,
                 `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(baseUrl)}oembed.json" title="${escapeHtml(pageTitle)}">`,
                 `<meta property="og:url" content="${escapeHtml(baseUrl)}">`] : []),
  '<meta property="og:type" content="website">',
  `<meta property="og:title" content="${escapeHtml(pageTitle)}">`,
  `<meta property="og:description" content="${escapeHtml(pageDescription)}">`,
  `<meta property="og:image" content="${escapeHtml(preview.url)}">`,
  '<meta property="og:image:type" content="image/png">',
  `<meta property="og:image:width" content="${preview.width}">`,
  `<meta property="og:image:height" content="${preview.height}">`,
  `<meta property="og:image:alt" content="${escapeHtml(preview.alt)}">`,
  '<meta name="twitter:card" content="summary_large_image">',
  `<meta name="twitter:image:alt" content="${escapeHtml(preview.alt)}">`,
].join('\n');
// The third-party work the modules ship (the WebAssembly build's list, cmake/
// third_party.cmake): its notices, from the packages' licence files
// (scripts/lib/notices.mjs), beside the modules as THIRD-PARTY-NOTICES.txt; the code's
// licence as LICENSE.txt; and LICENCES_HTML, "Licences and credits": the core's part
// (site_assets) and the list of what ships (web/licences.html; the offline file inlines it).
const thirdParty = readInputs(buildDir);
writeFileSync(join(distDir, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(thirdParty));
copyFileSync('LICENSE', join(distDir, 'LICENSE.txt'));
const licencesHtml = `${readFileSync(join(siteDir, 'licences.html'), 'utf8')}` +
  '<h3>Third-party work it ships</h3>\n<ul>\n' +
  thirdParty.map((input) => `<li>${escapeHtml(input.name)} ${escapeHtml(input.version)}: ${escapeHtml(input.what)} ` +
    `Licence: ${escapeHtml(input.terms)}.</li>\n`).join('') +
  '</ul>\n<p>Their notices in full: <a href="THIRD-PARTY-NOTICES.txt">THIRD-PARTY-NOTICES.txt</a>.</p>\n';

// The languages other than English (scripts/lib/languages.py: SITE_DIR/languages/LANG.json,
// with the font subset of their characters, cmake/assets.cmake): each a content-hashed
// file the page fetches only for a reader of that language (web/page.js), cached by the
// service worker once used (sw.js's LANGUAGE_FILES, not its install list), and listed in
// <html data-languages>: {"font": file, "packs": {code: [name in itself, file, first
// view's style sheet]}}, English
// first, without a file (its name from the same table: languages.py writes en.json without
// messages). The code that loads and hands them over is web/languages.js
// (<html data-languages-script>), loaded only for a reader of another language and kept by
// the service worker on use, as the packs are.
const languageFiles = [];
const languagesAttr = (() => {
  const dir = join(siteDir, 'languages');
  const packs = {};
  const hashedCopy = (stem, extension, body) => {
    const name = `${stem}.${hash8(body)}.${extension}`;
    writeFileSync(join(distDir, name), body);
    languageFiles.push(name);
    return name;
  };
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  for (const file of ['en.json', ...files.filter((f) => f !== 'en.json')]) {
    const pack = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!pack.messages) {
      packs[pack.code] = [pack.name];
      continue;
    }
    // The static first view in the language (src/tools/site_assets: first-view-LANG.html
    // and .css): its figures in the pack, its places and the calculator's height in a
    // style sheet of their own (the Content-Security-Policy takes no inline style), which
    // web/languages.js puts after calc.css while the module loads.
    const firstView = join(siteDir, `first-view-${pack.code}`);
    pack.firstView = readFileSync(`${firstView}.html`, 'utf8').trim();
    const sheet = hashedCopy(`first-view-${pack.code}`, 'css', minifyCss(readFileSync(`${firstView}.css`, 'utf8')));
    packs[pack.code] = [pack.name, hashedCopy(`lang-${pack.code}`, 'json', JSON.stringify(pack)), sheet];
  }
  const font = hashedCopy('inter-languages', 'otf', readFileSync(join(dir, 'inter-languages.otf')));
  languageFiles.push(names.LANGUAGES_JS);   // their script, kept on use as they are
  return escapeHtml(JSON.stringify({ font, packs }));
})();

const blocks = {
  SOCIAL_META: socialMeta,
  LANGUAGES_ATTR: languagesAttr,
  PAGE_TITLE_JSON: JSON.stringify(pageTitle),
  CALC_MAIN: indexMain[0],
  NOTE_HTML: readFileSync(join(siteDir, 'note.html'), 'utf8'),
  PICTURE_BUTTONS: readFileSync(join(siteDir, 'picture-buttons.html'), 'utf8').trim(),
  FIRST_VIEW_HTML: readFileSync(join(siteDir, 'first-view.html'), 'utf8').trim(),
  LAYOUT_HEIGHTS: layoutHeightsJson,
  LICENCES_HTML: licencesHtml,
  LAYOUT_HEIGHT_JS: readFileSync('web/layout_height.js', 'utf8'),
  LINK_LOOK_JS: readFileSync('web/look.js', 'utf8'),
  EMBED_METRICS: embedMetricsJson,
};
for (const file of readdirSync('web')) {
  if (hashedSources.has(file)) continue;
  const source = join('web', file);
  if (/\.(html|js|css|webmanifest|json)$/.test(file)) {
    let text = readFileSync(source, 'utf8');
    for (const [key, value] of Object.entries(blocks)) text = text.replaceAll(`{{${key}}}`, () => value);
    for (const [key, value] of Object.entries(names)) text = text.replaceAll(`{{${key}}}`, value);
    const leftover = /\{\{[A-Z_]+\}\}/.exec(text);
    if (leftover) throw new Error(`${file}: unknown placeholder ${leftover[0]}`);
    if (file === 'embed.js') text = await minifyJs(text);
    // The pages' comments and indentation are for this repository's readers, not for
    // every reader's download (a line's leading spaces collapse with its newline anyway;
    // the pages have no <pre> and only empty <textarea>s).
    if (file.endsWith('.html')) text = text.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '').replace(/^[ \t]+/gm, '');
    writeFileSync(join(distDir, file), text);
  } else {
    copyFileSync(source, join(distDir, file));
  }
}
// Icons (the manifest and index.html name them).
for (const [name, body] of Object.entries(iconFiles())) writeFileSync(join(distDir, name), body);

// aws-anthropic-calculator.html: the calculator as one file for file://, made by the
// same function the page's "Download for offline use" runs (web/offline.mjs).
{
  const { buildOfflineFile } = await import('../../web/offline.mjs');
  const html = await buildOfflineFile({
    html: readFileSync(join(distDir, 'index.html'), 'utf8'),
    read: async (name) => readFileSync(join(distDir, name), 'utf8'),
    readBytes: async (name) => new Uint8Array(readFileSync(join(distDir, name))),
  });
  writeFileSync(join(distDir, 'aws-anthropic-calculator.html'), html);
}

// preview.png: the preview's SVG drawn by librsvg with the Inter font (fonts-inter),
// then reduced to a palette by pngquant (about 24 kB; a flat chart needs few colours).
{
  const full = join(distDir, 'preview.full.png');
  execFileSync('rsvg-convert', ['--width', String(preview.width), '--height', String(preview.height),
                                '--output', full, join(siteDir, 'preview.svg')]);
  execFileSync('pngquant', ['--quality=80-95', '--speed', '1', '--strip', '--force',
                            '--output', join(distDir, 'preview.png'), '--', full]);
  rmSync(full);
}

// oembed.json: what a CMS or a link expander that reads oEmbed embeds: the plain iframe
// code (the few lines that fit it to the calculator where scripts are allowed, and a
// starting height for the column it declares), the preview as its thumbnail. Needs
// absolute URLs.
const PLAIN_WIDTH_PX = 740;   // a common article column: oEmbed's "rich" needs a width
if (baseUrl) {
  // The calculator's height in that column (the embed dialog's plain iframe at 740 px).
  const height = columnHeight(PLAIN_WIDTH_PX, [], layoutHeights, embedMetrics);
  const response = {
    version: '1.0',
    type: 'rich',
    title: pageTitle,
    provider_name: pageTitle,
    provider_url: baseUrl,
    html: embedCode({ route: 'iframe' }, { base: baseUrl, title: pageTitle, link: '', height, metrics: embedMetrics }),
    width: PLAIN_WIDTH_PX,
    height,
    thumbnail_url: preview.url,
    thumbnail_width: preview.width,
    thumbnail_height: preview.height,
    cache_age: 86400,
  };
  writeFileSync(join(distDir, 'oembed.json'), `${JSON.stringify(response, null, 2)}\n`);
}

// Files a host reads or a crawler fetches, which the service worker leaves alone: a host
// that reads _headers does not serve it (a 404 in the precache would fail the install).
const NOT_PRECACHED = new Set(['sw.js', 'aws-anthropic-calculator.html', '_headers', 'oembed.json', 'preview.png']);

// _headers: every file's headers, as scripts/serve sends them.
writeFileSync(join(distDir, '_headers'), headersFile([...readdirSync(distDir), 'sw.js'].filter((file) => file !== '_headers').sort()));

// sw.js, last: every other file of dist/ with its revision; the build id hashes them all.
{
  // Not the offline file: the page builds it from its own (cached) files when asked,
  // so no reader downloads its 250 KB in the background.
  const files = readdirSync(distDir).filter((file) => !NOT_PRECACHED.has(file) && !languageFiles.includes(file)).sort();
  const precache = files.map((file) => [
    file,
    createHash('sha256').update(readFileSync(join(distDir, file))).digest('hex').slice(0, 16),
    /\.[0-9a-f]{8}\.[a-z]+$/.test(file),
  ]);
  const buildId = hash8(JSON.stringify(precache), JSON.stringify(languageFiles));
  // Its whole-line comments are the template's, for this repository's readers (every
  // first visit downloads sw.js); its code and its list stay as written, readable.
  const text = readFileSync('web/sw.template.js', 'utf8')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace('{{BUILD_ID}}', buildId)
    .replace('{{PRECACHE}}', () => `[\n${precache.map((entry) => `  ${JSON.stringify(entry)},`).join('\n')}\n]`)
    .replace('{{LANGUAGE_FILES}}', () => JSON.stringify(languageFiles));
  writeFileSync(join(distDir, 'sw.js'), text);   // small, and its list stays readable
}
console.log(`assembled ${distDir}: ${readdirSync(distDir).sort().join(', ')}`);
