// url_sync.js: the address follows the calculator's state (the share link in the
// fragment), for web/page.js.
//
//   const url = createUrlWriter({ push });
//   url.follow(link)   the state changed: write #link (now, or when the burst pauses)
//   url.read()         the page applied the address as it is now
//   url.navigated()    the reader navigated (hashchange): their link wins over a write
//                      still waiting
//   url.undo(), url.redo()   back or forward one settled change, within the page's own
//                      history entries (never out of the page); false when there is none
//
// With `push` (the standalone page; never an embed, whose entries would be the article's
// Back), each burst of changes (a drag, a typed value, a preset: changes less than
// kSettleMs apart) gets one history entry: the browser's Back returns to the state
// before it, Ctrl/Cmd+Z too.
//
// Bundled with page.js by scripts/lib/assemble.mjs.
'use strict';
// eslint-disable-next-line no-unused-vars
function createUrlWriter({ push = false } = {}) {
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
  const kSettleMs = 700;
  let settleTimer = 0;
  let settled = true;      // no change since the last burst ended
  let pushNext = false;    // the next write starts a burst: a new history entry
  // This entry's place among the page's own entries (0: the one it was opened on), and
  // the last one: undo and redo stay between them.
  let index = history.state?.awsCalcIndex ?? 0;
  let lastIndex = index;
  addEventListener('popstate', (event) => {
    index = event.state?.awsCalcIndex ?? 0;
    settled = true;
    pushNext = false;
  });
  function writeUrl() {
    clearTimeout(urlTimer);
    urlTimer = 0;
    const link = urlPending;
    urlPending = null;
    if (link === null || location.hash === `#${link}`) return;
    if (location.hash !== knownHash) return;   // the reader's own link wins
    try {
      if (pushNext) {
        history.pushState({ ...history.state, awsCalcIndex: index + 1 }, '', `#${link}`);
        index += 1;
        lastIndex = index;
        pushNext = false;
      } else {
        history.replaceState(history.state, '', `#${link}`);
      }
      knownHash = location.hash;
      urlWrittenAt = performance.now();
    } catch {
      urlPending = link;
      urlTimer = setTimeout(writeUrl, 1000);
    }
  }
  function follow(link) {
    if (push && settled) pushNext = true;
    settled = false;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => { settled = true; }, kSettleMs);
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
    undo() {
      if (!push || index <= 0) return false;
      writeUrl();   // a write still waiting is the state to step back from
      history.back();
      return true;
    },
    redo() {
      if (!push || index >= lastIndex) return false;
      history.forward();
      return true;
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
