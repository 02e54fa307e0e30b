// catalogs.h: the messages of every language but English, compiled in (the native
// doors: the CLI, the tools, the tests; library awscalc_catalogs). The page carries
// English only and loads another language's pack on demand.
#pragma once

#include <string_view>

#include "core/messages.h"

namespace awscalc {

// The catalog of a language code ("de"), or nullptr (English, or unknown).
const Catalog* FindCatalog(std::string_view code);

// Sets the current language by its code ("de", "de-AT"); false, and nothing changed,
// for a language the calculator does not have.
bool UseLanguage(std::string_view code);

}  // namespace awscalc
