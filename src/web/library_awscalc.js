// library_awscalc.js: the JavaScript the page module calls (an Emscripten JS library,
// linked with --js-library; declared for C++ in src/web/js.h). Two parts:
//   page glue   what emscripten/html5.h lacks: resize, intersection and pixel-ratio
//               observers, the canvas's CSS height and cursor (src/web/platform.cpp)
//   app events  what the page script (web/page.js) listens to through its Module:
//               onLinkChanged, onFirstFrame, onAnalysisDone, onSemanticsChanged;
//               opening a link (app.cpp)
// Module.awscalcPage holds the canvas and the listeners, so JsUninstallPage can remove
// them. DOM events reach C++ through _AwscalcPlatformDomEvent(kind, value), with the
// kinds of platform.cpp's DomEvent: 0 resize, 1 pixel ratio, 2 intersection.
mergeInto(LibraryManager.library, {
  // -------------------------------------------------------------------------------
  // Page glue

  JsInstallPage: function(selector) {
    var canvas = document.querySelector(UTF8ToString(selector));
    if (!canvas) return 0;
    var page = Module["awscalcPage"] = {canvas: canvas, off: []};
    var notify = function(kind, value) { return _AwscalcPlatformDomEvent(kind, value); };
    // Until the app sets a height, keep the current one: with "height: auto" the
    // backing store's aspect ratio would feed back into the CSS size.
    if (!canvas.style.height) canvas.style.height = canvas.getBoundingClientRect().height + "px";

    if (window.ResizeObserver) {
      var resize = new ResizeObserver(function() { notify(0, 0); });
      resize.observe(canvas);
      page.off.push(function() { resize.disconnect(); });
    }
    if (window.IntersectionObserver) {
      var visible = new IntersectionObserver(function(entries) {
        notify(2, entries[entries.length - 1].isIntersecting ? 1 : 0);
      });
      visible.observe(canvas);
      page.off.push(function() { visible.disconnect(); });
    }
    // A query on the current ratio stops matching when it changes (zoom, moving the
    // window to another screen); then watch the new ratio.
    var unwatchRatio = function() {};
    var watchRatio = function() {
      var query = matchMedia("(resolution: " + devicePixelRatio + "dppx)");
      var onChange = function() {
        unwatchRatio();
        watchRatio();
        notify(1, devicePixelRatio);
      };
      query.addEventListener("change", onChange);
      unwatchRatio = function() { query.removeEventListener("change", onChange); };
    };
    if (window.matchMedia) watchRatio();
    page.off.push(function() { unwatchRatio(); });

    return 1;
  },

  JsUninstallPage: function() {
    var page = Module["awscalcPage"];
    if (!page) return;
    while (page.off.length) page.off.pop()();
    delete Module["awscalcPage"];
  },

  JsSetCanvasCssHeight: function(css_px) {
    Module["awscalcPage"].canvas.style.height = css_px + "px";
  },

  JsSetCursor: function(css_cursor) {
    Module["awscalcPage"].canvas.style.cursor = UTF8ToString(css_cursor);
  },

  // -------------------------------------------------------------------------------
  // App events (web/page.js passes these in as Module.onLinkChanged, ...)

  JsNotifyLinkChanged: function(link) {
    if (Module["onLinkChanged"]) Module["onLinkChanged"](UTF8ToString(link));
  },

  JsNotifyFirstFrame: function() {
    if (Module["onFirstFrame"]) Module["onFirstFrame"]();
  },

  JsNotifyAnalysisDone: function() {
    if (Module["onAnalysisDone"]) Module["onAnalysisDone"]();
  },

  // The semantic layer's description of what the frame drew (app.cpp), when it changed.
  JsNotifySemantics: function(json) {
    if (Module["onSemanticsChanged"]) Module["onSemanticsChanged"](UTF8ToString(json));
  },

  JsOpenUrl: function(url) {
    window.open(UTF8ToString(url), "_blank", "noopener,noreferrer");
  },
});
