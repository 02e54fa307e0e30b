// english_messages.cpp: the `english-messages` build tool. Prints every English message
// of the core (key and pattern, core/messages.h) as one JSON object, sorted by key: the
// reference scripts/lib/languages.py checks each language's message file against.
#include <cstdio>

#include "core/messages.h"
#include "core/report.h"

int main() {
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
