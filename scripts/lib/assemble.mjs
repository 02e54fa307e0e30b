// assemble.mjs: builds dist/ from the WebAssembly build and web/.
//
//   node scripts/lib/assemble.mjs BUILD_DIR DIST_DIR
//
// Module files get content-hashed names (core.1a2b3c4d.js), so a cached page can never
// pair a JS file with a wasm file of another build; the HTML names them through
// placeholders such as {{CORE_JS}}.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [buildDir, distDir] = process.argv.slice(2);
if (!buildDir || !distDir) {
  console.error('usage: node scripts/lib/assemble.mjs BUILD_DIR DIST_DIR');
  process.exit(2);
}

const hash8 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });

// The Embind core: core.HASH.js loads core.HASH.wasm (the loader looks for the wasm
// next to itself under its own base name).
const coreJs = readFileSync(join(buildDir, 'src/web/awscalc-core.js'), 'utf8');
const coreWasm = readFileSync(join(buildDir, 'src/web/awscalc-core.wasm'));
const coreHash = hash8(Buffer.concat([Buffer.from(coreJs), coreWasm]));
const names = {
  CORE_JS: `core.${coreHash}.js`,
  CORE_WASM: `core.${coreHash}.wasm`,
};
writeFileSync(join(distDir, names.CORE_JS),
  coreJs.replaceAll('awscalc-core.wasm', names.CORE_WASM));
writeFileSync(join(distDir, names.CORE_WASM), coreWasm);

// Static sources: placeholders replaced in text files, everything else copied.
for (const file of readdirSync('web')) {
  const source = join('web', file);
  if (/\.(html|js|css|webmanifest)$/.test(file)) {
    let text = readFileSync(source, 'utf8');
    for (const [key, value] of Object.entries(names)) text = text.replaceAll(`{{${key}}}`, value);
    writeFileSync(join(distDir, file), text);
  } else {
    copyFileSync(source, join(distDir, file));
  }
}
console.log(`assembled ${distDir}: ${readdirSync(distDir).join(', ')}`);
