// imconfig_awscalc.h: the project's Dear ImGui configuration (IMGUI_USER_CONFIG),
// the same natively and in WebAssembly so the UI tests exercise what ships.
//
// Everything a reader never sees is compiled out: demo and debug windows, file I/O
// (no .ini: the state lives in the share link), APIs marked obsolete, and the built-in
// pixel font (the UI embeds its own, src/ui/fonts.cpp) and the software mouse cursors'
// picture (the browser draws the cursor). IMGUI_DISABLE_DEFAULT_FONT arrived in Dear
// ImGui 1.91.0; scripts/setup backports it to the 1.90.1 sources, and adds
// IMGUI_DISABLE_DEFAULT_MOUSE_CURSORS (scripts/lib/patch-imgui.mjs).
#pragma once

#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_DEFAULT_FONT
#define IMGUI_DISABLE_DEFAULT_MOUSE_CURSORS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_WIN32_FUNCTIONS
