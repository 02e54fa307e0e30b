// cli_messages.h: the command line's own words (its table's title and section heads), in
// English, keyed like the core's messages (core/messages.h) and translated in the same
// message files (data/messages): only the CLI carries them.
#pragma once

namespace awscalc::cli {

// Adds them to the core's English messages (once, before any output).
void AddCliMessages();

}  // namespace awscalc::cli
