// url_sync.js: the address follows the calculator's state (the share link in the
// fragment), for web/page.js.
//
//   const url = createUrlWriter();
//   url.follow(link)   the state changed: write #link (now, or when the burst pauses)
//   url.read()         the page applied the address as it is now
//   url.navigated()    the reader navigated (hashchange): their link wins over a write
//                      still waiting
//
// Bundled with page.js by scripts/lib/assemble.mjs.
'use strict';
// eslint-disable-next-line no-unused-vars
function createUrlWriter() {
  // The URL follows the state with replaceState (a drag must not fill the history with
  // its steps), but not on every step: WebKit (every browser on an iPhone) refuses more
  // than 100 history changes in 10 s with a SecurityError. A change is written at once
  // when the last write is over kUrlIntervalMs old, else once when the burst pauses; a
  // refused write is retried later, and nothing is ever thrown at the caller. A write
  // still waiting never overwrites a link the reader navigated to meanwhile (the
  // address bar changed since the page last wrote or read it: hashchange applies it),
  // even when the timer fires before the browser's hashchange event does.
  const kUrlIntervalMs = 250;
  let urlTimer = 0;
  let urlWrittenAt = -Infinity;
  let urlPending = null;
  let knownHash = location.hash;   // the fragment as the page last wrote or read it
  function writeUrl() {
    clearTimeout(urlTimer);
    urlTimer = 0;
    const link = urlPending;
    urlPending = null;
    if (link === null || location.hash === `#${link}`) return;
    if (location.hash !== knownHash) return;   // the reader's own link wins
    try {
      history.replaceState(history.state, '', `#${link}`);
      knownHash = location.hash;
      urlWrittenAt = performance.now();
    } catch {
      urlPending = link;
      urlTimer = setTimeout(writeUrl, 1000);
    }
  }
  function follow(link) {
    urlPending = link;
    const since = performance.now() - urlWrittenAt;
    if (since >= kUrlIntervalMs) writeUrl();
    else if (!urlTimer) urlTimer = setTimeout(writeUrl, kUrlIntervalMs - since);
  }

  return {
    follow,
    // The page read the address as it is now (a link it applied from there).
    read() {
      knownHash = location.hash;
    },
    // The reader navigated (hashchange): their link wins over a write still waiting.
    navigated() {
      clearTimeout(urlTimer);
      urlTimer = 0;
      urlPending = null;
      knownHash = location.hash;
    },
  };
}
