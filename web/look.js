// look.js: a share link's look keys (theme=, accent=) and its language (lang=), read once
// for the three scripts that paint before or beside the module: first_view.js (before the
// first paint), page.js (the page's theme, the language it fetches early) and embed.js
// (an iframe's colour scheme on the host's page). scripts/lib/assemble.mjs puts this function inside each one's scope. It reads
// them as the core does (src/core/link_keys.cpp: ReadTheme, ReadAccent; the wasm test
// tests/wasm/core.test.mjs holds the two to the same answers): keys and values
// percent-decoded, the first occurrence of a key wins, a broken escape or a value the
// key does not take is ignored.
//
//   linkLook('v=1&theme=dark&accent=%230a84ff')
//     -> { theme: 'dark', accent: '0a84ff', lang: null, lookOnly: true }
// theme: 'auto', 'light' or 'dark' (null when the link has no usable theme=); accent: six
// lowercase hex digits or null; lang: the code lang= gives or null, whether or not the
// calculator has that language (page.js fetches a pack it has while the module loads);
// lookOnly: the link sets nothing but its version, its look, its tab and its language
// (the article's assumptions, as first_view.js shows them at once).
// eslint-disable-next-line no-unused-vars
function linkLook(link) {
  const look = { theme: null, accent: null, lang: null, lookOnly: true };
  const seen = new Set();
  for (const part of String(link).replace(/^#/, '').split('&')) {
    if (!part) continue;
    const equals = part.indexOf('=');
    let key;
    let value;
    try {
      key = decodeURIComponent(equals < 0 ? part : part.slice(0, equals));
      value = equals < 0 ? null : decodeURIComponent(part.slice(equals + 1));
    } catch {
      look.lookOnly = false;
      continue;
    }
    if (!(key === 'v' && value === '1') && !['theme', 'accent', 'tab', 'lang', 'debug'].includes(key)) look.lookOnly = false;
    if (seen.has(key) || value === null) continue;
    seen.add(key);
    if (key === 'theme' && ['auto', 'light', 'dark'].includes(value)) look.theme = value;
    if (key === 'accent' && /^#?[0-9a-fA-F]{6}$/.test(value)) look.accent = value.replace('#', '').toLowerCase();
    if (key === 'lang') look.lang = value;
  }
  return look;
}
