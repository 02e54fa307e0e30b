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

mutate missing 'del data["explain.payback.covered"]'
out=$(check "$work/missing") && fail "a missing key passed"
grep -q 'de.json: the key "explain.payback.covered" is missing' <<<"$out" || fail "missing: $out"

mutate extra 'data["explain.nothing"] = "Nichts"'
out=$(check "$work/extra") && fail "an extra key passed"
grep -q 'de.json: the key "explain.nothing" is not one the core declares' <<<"$out" || fail "extra: $out"

mutate placeholder 'data["cli.link"] = "Link: {url}"'
out=$(check "$work/placeholder") && fail "a wrong placeholder passed"
grep -q '"cli.link" has the placeholders' <<<"$out" || fail "placeholder: $out"

mutate plural 'data["cli.link"] = "Link: {link, plural, few {#} other {#}}"'
out=$(check "$work/plural") && fail "a plural case German does not have passed"
grep -q '"cli.link" has the plural case "few"' <<<"$out" || fail "plural: $out"

echo "the message files pass; a missing, extra, misnamed or misplural key stops the build"
