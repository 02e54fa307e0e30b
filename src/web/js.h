// js.h: the JavaScript functions the page module calls, defined in
// src/web/library_awscalc.js (an Emscripten JS library; see its banner).
#pragma once

extern "C" {

// Page glue (platform.cpp).
int JsInstallPage(const char* selector);  // 0: no such canvas
void JsUninstallPage();
void JsSetCanvasCssHeight(float css_px);
void JsSetCursor(const char* css_cursor);

// App events (app.cpp).
void JsNotifyLinkChanged(const char* link);
void JsNotifyFirstFrame();
void JsNotifyAnalysisDone();
void JsNotifySemantics(const char* json);
void JsOpenUrl(const char* url);

}  // extern "C"
