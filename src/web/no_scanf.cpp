// no_scanf.cpp: the page module's sscanf, which reads nothing. Dear ImGui calls sscanf in
// one place the page can reach: parsing its .ini settings (window positions and sizes),
// which the page never loads (io.IniFilename is null: app.cpp). Linking this definition
// keeps the C library's scanf machinery out of the download (measured: see
// bench/budgets.json). Any other caller would get "nothing read" (0), never a crash;
// the core reads numbers itself (core/decimal.cpp), with neither scanf nor strtod.
#include <cstdarg>

extern "C" int sscanf(const char*, const char*, ...) {
  return 0;
}
