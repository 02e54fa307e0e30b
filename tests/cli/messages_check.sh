#!/usr/bin/env bash
# messages_check.sh: the build's check of the message files (scripts/lib/languages.py)
# stops on a key missing or extra, on a placeholder that is not the English one's and on
# a plural case the language does not have, naming the file and the key; the project's
# own files pass.
#   tests/cli/messages_check.sh build/dev/english-messages.json   (ctest: messages_check)
set -euo pipefail
english=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
check() { python3 "$here/scripts/lib/languages.py" check "$english" "$1" 2>&1; }
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
CASES

echo "the message files pass; a missing, extra, misnamed or misplural key stops the build"
