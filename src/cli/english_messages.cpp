// english_messages.cpp: the `english-messages` build tool. Prints every English message
// of the core and the CLI (key and pattern, core/messages.h, cli/cli_messages.h) as one JSON
// object, sorted by key: the reference scripts/lib/languages.py checks each language's message file
// against.
#include <cstdio>

#include "cli/cli_messages.h"
#include "core/messages.h"
#include "core/report.h"

int main() {
  awscalc::cli::AddCliMessages();
  std::string json = "{\n";
  const std::vector<awscalc::Message> messages = awscalc::EnglishMessages();
  for (std::size_t i = 0; i < messages.size(); ++i) {
    json += "  " + awscalc::JsonString(messages[i].key) + ": " +
            awscalc::JsonString(messages[i].text) + (i + 1 < messages.size() ? ",\n" : "\n");
  }
  json += "}\n";
  std::fputs(json.c_str(), stdout);
  return 0;
}
