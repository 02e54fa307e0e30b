// classic_script.js: loadClassicScript(src, name), for the scripts bundled with page.js
// (one scope: scripts/lib/assemble.mjs). The code a reader needs only on a click or in
// another language is a classic script defining one global (web/exports.js
// awsCalcExports, web/embed_dialog.js awsCalcEmbedDialog, web/languages.js
// awsCalcLanguages), added when first needed: resolves to that global. One that did not
// load (offline before it was cached) is asked for again next time. The single offline
// file has the exports inline already (a file opened from disk can run a classic script,
// but not import a module), so its global is there before anything is loaded.
'use strict';
const classicScripts = new Map();
// eslint-disable-next-line no-unused-vars
function loadClassicScript(src, name) {
  if (!classicScripts.has(name)) {
    classicScripts.set(name, new Promise((resolve, reject) => {
      if (window[name]) { resolve(window[name]); return; }
      if (!src) { reject(new Error(`${name}: this page has no such script`)); return; }
      const script = Object.assign(document.createElement('script'), { src });
      script.addEventListener('load', () => (window[name] ? resolve(window[name]) : reject(new Error(`${name}: nothing defined`))));
      script.addEventListener('error', () => { script.remove(); reject(new Error(`${name}: not loaded`)); });
      document.head.append(script);
    }).catch((error) => {
      classicScripts.delete(name);
      throw error;
    }));
  }
  return classicScripts.get(name);
}
