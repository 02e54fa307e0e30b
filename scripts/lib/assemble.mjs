// assemble.mjs: builds dist/ from the WebAssembly build and web/.
//
//   node scripts/lib/assemble.mjs BUILD_DIR DIST_DIR [LAYOUT_CSS]
//
// LAYOUT_CSS, when given, is appended to calc.css: the calculator's height by width for
// the loading placeholder (tests/ui/layout_heights).
//
// Modules, scripts and styles get content-hashed names (app.1a2b3c4d.js), so a cached
// page can never pair a JS file with a wasm file of another build; the HTML names them
// through placeholders such as {{APP_JS}}. HTML, embed.js and the manifest keep stable
// names: hosts and bookmarks point at them.
//
// Also made here: embed.html's body (index.html's <main>, {{CALC_MAIN}}), the icons
// (scripts/lib/icons.mjs), aws-anthropic-calculator.html (one self-contained file for
// file://: styles, scripts and the wasm inlined), and last sw.js (web/sw.template.js
// with this build's files and their revisions).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconFiles } from './icons.mjs';

const [buildDir, distDir, layoutCss] = process.argv.slice(2);
if (!buildDir || !distDir) {
  console.error('usage: node scripts/lib/assemble.mjs BUILD_DIR DIST_DIR');
  process.exit(2);
}

const hash8 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 8);
};

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });
const names = {};

// Emscripten modules: NAME.HASH.js loads NAME.HASH.wasm (the loader asks for the wasm
// by the name it was linked with, so that name is rewritten in the JS).
// (The core-only Embind module, awscalc-core, is for node and tools: the site does not
// ship it.)
for (const [key, target, out] of [['APP', 'awscalc-app', 'app']]) {
  const js = readFileSync(join(buildDir, `src/web/${target}.js`), 'utf8');
  const wasm = readFileSync(join(buildDir, `src/web/${target}.wasm`));
  const hash = hash8(js, wasm);
  names[`${key}_JS`] = `${out}.${hash}.js`;
  names[`${key}_WASM`] = `${out}.${hash}.wasm`;
  writeFileSync(join(distDir, names[`${key}_JS`]), js.replaceAll(`${target}.wasm`, names[`${key}_WASM`]));
  writeFileSync(join(distDir, names[`${key}_WASM`]), wasm);
}

// The page's own script and style, hashed the same way.
const hashed = [['PAGE_JS', 'page.js'], ['FRAME_JS', 'frame.js'], ['CALC_CSS', 'calc.css'], ['NOSCRIPT_CSS', 'noscript.css']];
for (const [key, file] of hashed) {
  let text = readFileSync(join('web', file), 'utf8');
  if (file === 'calc.css' && layoutCss) text += `\n${readFileSync(layoutCss, 'utf8')}`;
  const [stem, extension] = file.split('.');
  names[key] = `${stem}.${hash8(text)}.${extension}`;
  writeFileSync(join(distDir, names[key]), text);
}

// Everything else in web/: placeholders replaced in text files.
// embed.html's body is index.html's <main>, so the embed cannot diverge from the page.
const hashedSources = new Set([...hashed.map(([, file]) => file), 'sw.template.js']);
const indexMain = /<main\b[^>]*\bid="calc"[^>]*>[\s\S]*<\/main>/.exec(readFileSync('web/index.html', 'utf8'));
if (!indexMain) throw new Error('web/index.html: no <main id="calc"> for embed.html');
const blocks = { CALC_MAIN: indexMain[0] };
for (const file of readdirSync('web')) {
  if (hashedSources.has(file)) continue;
  const source = join('web', file);
  if (/\.(html|js|css|webmanifest|json)$/.test(file)) {
    let text = readFileSync(source, 'utf8');
    for (const [key, value] of Object.entries(blocks)) text = text.replaceAll(`{{${key}}}`, () => value);
    for (const [key, value] of Object.entries(names)) text = text.replaceAll(`{{${key}}}`, value);
    const leftover = /\{\{[A-Z_]+\}\}/.exec(text);
    if (leftover) throw new Error(`${file}: unknown placeholder ${leftover[0]}`);
    writeFileSync(join(distDir, file), text);
  } else {
    copyFileSync(source, join(distDir, file));
  }
}
// Icons (the manifest and index.html name them).
for (const [name, body] of Object.entries(iconFiles())) writeFileSync(join(distDir, name), body);

// aws-anthropic-calculator.html: index.html with every style, script and icon inlined
// and the module linked with -sSINGLE_FILE=1, so it works opened from disk. Scripts
// move to the end of <body> (inline scripts cannot be deferred); the manifest goes
// (no installing from a file). <html data-initial-link=""> is where the page's
// "Download for offline use" writes the starting state.
{
  const inlineText = (file, closing) => {
    const text = readFileSync(join(distDir, file), 'utf8');
    if (new RegExp(`<!--|<${closing}`, 'i').test(text.replace(new RegExp(`</${closing}`, 'gi'), ''))) {
      throw new Error(`${file}: cannot be inlined as it is (<!-- or <${closing})`);
    }
    return text.replace(new RegExp(`</(${closing})`, 'gi'), '<\\/$1');
  };
  // The inlined module must be the served module's build (the same objects, linked twice).
  const buildIdOf = (file) => /jsBuildId"\]\s*=\s*"([0-9a-f]+)"/.exec(readFileSync(join(buildDir, file), 'utf8'))?.[1];
  const [appId, singleId] = [buildIdOf('src/web/awscalc-app.js'), buildIdOf('src/web/awscalc-app-single.js')];
  if (appId !== singleId) {
    throw new Error(`awscalc-app-single.js (build ${singleId}) is not awscalc-app.js's build (${appId}): ` +
                    'build every target of the wasm preset');
  }
  const scripts = [];   // [name, text]
  let html = readFileSync(join(distDir, 'index.html'), 'utf8')
    .replace(/<link rel="manifest"[^>]*>\n?/, '')
    .replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, file) => `<style>\n${inlineText(file, 'style')}</style>`)
    .replace(/(<link rel="icon" href=")([^"]+)(")/, (_, open, file, close) =>
      `${open}data:image/svg+xml;base64,${readFileSync(join(distDir, file)).toString('base64')}${close}`)
    .replace(/<script src="([^"]+)" defer><\/script>\n?/g, (_, file) => {
      const path = file === names.APP_JS ? join(buildDir, 'src/web/awscalc-app-single.js') : join(distDir, file);
      scripts.push([file, readFileSync(path, 'utf8')]);
      return '';
    });
  const inlined = scripts.map(([file, text]) => {
    // Only '</script' ends an inline script, unless '<!--' made '<script' special too.
    if (text.includes('<!--')) throw new Error(`${file}: cannot be inlined as it is (<!--)`);
    return `<script>\n${text.replace(/<\/(script)/gi, '<\\/$1')}</script>\n`;
  }).join('');
  const leftover = /\s(?:src|href)="(?!data:|https?:|#)[^"]+"/.exec(html);
  if (leftover) throw new Error(`aws-anthropic-calculator.html would still refer to a file:${leftover[0]}`);
  html = html.replace('</body>', () => `${inlined}</body>`);
  if (!/<html[^>]*\sdata-initial-link=""/.test(html)) html = html.replace('<html', '<html data-initial-link=""');
  writeFileSync(join(distDir, 'aws-anthropic-calculator.html'), html);
}

// sw.js, last: every other file of dist/ with its revision; the build id hashes them all.
{
  const files = readdirSync(distDir).filter((file) => file !== 'sw.js').sort();
  const precache = files.map((file) => [
    file,
    createHash('sha256').update(readFileSync(join(distDir, file))).digest('hex').slice(0, 16),
    /\.[0-9a-f]{8}\.[a-z]+$/.test(file),
  ]);
  const buildId = hash8(JSON.stringify(precache));
  const text = readFileSync('web/sw.template.js', 'utf8')
    .replace('{{BUILD_ID}}', buildId)
    .replace('{{PRECACHE}}', () => `[\n${precache.map((entry) => `  ${JSON.stringify(entry)},`).join('\n')}\n]`);
  writeFileSync(join(distDir, 'sw.js'), text);
}
console.log(`assembled ${distDir}: ${readdirSync(distDir).sort().join(', ')}`);
