#!/usr/bin/env bash
# messages_check.sh: the build's check of the message files (scripts/lib/languages.py)
# stops on a key missing or extra, on a placeholder that is not the English one's, on
# a plural case the language does not have, on the interface's words (T("...") in src/,
# tr('...') in web/) missing or with other printf conversions, and on a character the
# page's fonts do not draw, naming the file and the key; the project's own files pass.
#   tests/cli/messages_check.sh build/dev/english-messages.json   (ctest: messages_check)
set -euo pipefail
english=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
# The fonts' characters as the build passes them (cmake/assets.cmake).
glyphs=$(sed -n 's/^  "\(U+0020-007E,[^"]*\)")$/\1/p; s/^  "\(U+00A1,[^"]*\)")$/\1/p' "$here/cmake/assets.cmake" | paste -sd,)
check() { python3 "$here/scripts/lib/languages.py" check "$english" "$1" --glyphs "$glyphs" 2>&1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

check "$here/data/messages" >/dev/null || fail "the project's message files do not pass"

mutate() {  # mutate NAME PYTHON: a copy of data/messages with de.json changed
  rm -rf "$work/$1" && cp -r "$here/data/messages" "$work/$1"
  python3 - "$work/$1/de.json" "$2" <<'PY'
import json, sys
path, change = sys.argv[1], sys.argv[2]
data = json.load(open(path, encoding='utf-8'))
exec(change)
json.dump(data, open(path, 'w', encoding='utf-8'), ensure_ascii=False)
PY
}

# Each case: a name, the change to de.json (Python), and what the refusal must say.
while IFS='|' read -r name change expected; do
  mutate "$name" "$change"
  out=$(check "$work/$name") && fail "$name: the change passed ($change)"
  grep -qF "$expected" <<<"$out" || fail "$name: the refusal does not say '$expected': $out"
done <<'CASES'
missing|del data["explain.payback.covered"]|de.json: the key "explain.payback.covered" is missing
extra|data["explain.nothing"] = "Nichts"|de.json: the key "explain.nothing" is not one the core declares
placeholder|data["cli.link"] = "Link: {url}"|"cli.link" has the placeholders
plural|data["cli.link"] = "Link: {link, plural, few {#} other {#}}"|"cli.link" has the plural case "few"
word|del data["Years projected"]|de.json: the key "Years projected" is missing
page word|del data["Copy link"]|de.json: the key "Copy link" is missing
conversions|data["In %d"] = "Im Jahr %s"|"In %d" has the conversions ['s'], the English ['d']
numbered|data["%s: %s to %s"] = "%2$s bis %3$s: %s"|"%s: %s to %s" has the conversions
glyph|data["Year"] = "Jahr ☃"|"Year" has the character ☃ (U+2603)
CASES
# Numbered conversions that keep the English arguments pass.
mutate reordered 'data["%s: %s to %s"] = "%3$s bis %2$s: %1$s"'
check "$work/reordered" >/dev/null || fail "numbered conversions in another order were refused"


echo "the message files pass; a missing, extra, misnamed or misplural key, a missing word, other conversions or an undrawable character stops the build"
