// library_awscalc.js: the JavaScript the page module calls (an Emscripten JS library,
// linked with --js-library; declared for C++ in src/web/js.h). Two parts:
//   page glue   what emscripten/html5.h lacks: resize, intersection and pixel-ratio
//               observers, paste, keyboard focus, scrolling a control into view, the
//               canvas's CSS height and cursor, the clipboard (src/web/platform.cpp)
//   app events  what the page script (web/page.js) listens to through its Module:
//               onLinkChanged, onFirstFrame, onAnalysisDone; opening a link (app.cpp)
// Module.awscalcPage holds the canvas and the listeners, so JsUninstallPage can remove
// them. DOM events reach C++ through _AwscalcPlatformDomEvent(kind, value), with the
// kinds of platform.cpp's DomEvent: 0 resize, 1 pixel ratio, 2 intersection, 3 paste,
// 4 keyboard focus.
mergeInto(LibraryManager.library, {
  // -------------------------------------------------------------------------------
  // Page glue

  JsInstallPage: function(selector) {
    var canvas = document.querySelector(UTF8ToString(selector));
    if (!canvas) return 0;
    var page = Module["awscalcPage"] = {canvas: canvas, paste: "", off: []};
    var notify = function(kind, value) { return _AwscalcPlatformDomEvent(kind, value); };
    var listen = function(target, type, fn) {
      target.addEventListener(type, fn);
      page.off.push(function() { target.removeEventListener(type, fn); });
    };
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

    listen(canvas, "paste", function(e) {
      page.paste = (e.clipboardData && e.clipboardData.getData("text/plain")) || "";
      if (notify(3, 0)) e.preventDefault();
    });
    listen(canvas, "blur", function() { delete canvas.dataset.pointerFocus; });
    // Keyboard focus (":focus-visible") entering the canvas, and from which side.
    listen(canvas, "focus", function(e) {
      var keyboard = false;
      try { keyboard = canvas.matches(":focus-visible"); } catch (err) {}
      if (!keyboard) return;
      var from = e.relatedTarget;
      notify(4, from && (from.compareDocumentPosition(canvas) & Node.DOCUMENT_POSITION_PRECEDING) ? -1 : 1);
    });
    return 1;
  },

  JsUninstallPage: function() {
    var page = Module["awscalcPage"];
    if (!page) return;
    while (page.off.length) page.off.pop()();
    delete Module["awscalcPage"];
  },

  JsIsMac: function() { return /Mac|iPhone|iPad|iPod/.test(navigator.platform) ? 1 : 0; },

  // Focus for a click or a touch: marked, so the page's CSS shows no keyboard ring (a
  // focus() after a cancelled mousedown counts as keyboard focus for :focus-visible).
  JsFocusCanvas: function() {
    var canvas = Module["awscalcPage"].canvas;
    canvas.dataset.pointerFocus = "";
    canvas.focus({preventScroll: true});
  },

  // Scrolls the page (and any page embedding it) the least that brings a rectangle of
  // the canvas (CSS px) into view, through a hidden probe element at that place: the
  // canvas is one tall element, so the browser cannot know where ImGui's focus is.
  JsRevealCanvasRect: function(x0, y0, x1, y1) {
    var canvas = Module["awscalcPage"].canvas;
    var probe = document.createElement("div");
    var style = probe.style;
    style.position = "absolute";
    style.visibility = "hidden";
    style.pointerEvents = "none";
    style.left = "0px";
    style.top = "0px";
    style.width = (x1 - x0) + "px";
    style.height = (y1 - y0) + "px";
    canvas.parentNode.insertBefore(probe, canvas.nextSibling);
    var at = canvas.getBoundingClientRect();
    var origin = probe.getBoundingClientRect();
    style.left = (at.left - origin.left + x0) + "px";
    style.top = (at.top - origin.top + y0) + "px";
    probe.scrollIntoView({block: "nearest", inline: "nearest"});
    probe.remove();
  },

  JsSetCanvasCssHeight: function(css_px) {
    Module["awscalcPage"].canvas.style.height = css_px + "px";
  },

  JsSetCursor: function(css_cursor) {
    Module["awscalcPage"].canvas.style.cursor = UTF8ToString(css_cursor);
  },

  JsPastedTextBytes: function() { return lengthBytesUTF8(Module["awscalcPage"].paste); },

  JsCopyPastedText: function(buffer, capacity) {
    stringToUTF8(Module["awscalcPage"].paste, buffer, capacity);
  },

  // Needs a secure context and, in an iframe, allow="clipboard-write". Without them
  // there is no system clipboard; ImGui's own copy/paste still works.
  JsWriteClipboard: function(text) {
    try {
      navigator.clipboard.writeText(UTF8ToString(text)).catch(function() {});
    } catch (e) {}
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

  JsOpenUrl: function(url) {
    window.open(UTF8ToString(url), "_blank", "noopener,noreferrer");
  },
});
