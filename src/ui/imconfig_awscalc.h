// imconfig_awscalc.h: the project's Dear ImGui configuration (IMGUI_USER_CONFIG),
// the same natively and in WebAssembly so the UI tests exercise what ships.
//
// Everything a reader never sees is compiled out: demo and debug windows, file I/O
// (no .ini: the state lives in the share link) and APIs marked obsolete. The UI
// embeds its own font (src/ui/fonts.cpp); 1.90.1 has no switch to drop the built-in
// pixel font's data (IMGUI_DISABLE_DEFAULT_FONT arrived in a later release).
#pragma once

#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_WIN32_FUNCTIONS
