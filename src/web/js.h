// js.h: the JavaScript functions the page module calls, defined in
// src/web/library_awscalc.js (an Emscripten JS library; see its banner).
#pragma once

extern "C" {

// Page glue (platform.cpp).
int JsInstallPage(const char* selector);  // 0: no such canvas
void JsUninstallPage();
int JsIsMac();
void JsFocusCanvas();
void JsRevealCanvasRect(float x0, float y0, float x1, float y1);
void JsSetCanvasCssHeight(float css_px);
void JsSetCursor(const char* css_cursor);
int JsPastedTextBytes();
void JsCopyPastedText(char* buffer, int capacity);
void JsWriteClipboard(const char* text);

// App events (app.cpp).
void JsNotifyLinkChanged(const char* link);
void JsNotifyFirstFrame();
void JsNotifyAnalysisDone();
void JsOpenUrl(const char* url);

}  // extern "C"
