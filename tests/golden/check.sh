#!/usr/bin/env bash
# check.sh: the CLI's `--json` output for every link in links.txt, byte for byte, against
# cli-json.golden (recorded before the refactoring into one table per fact, so a refactoring that
# changes any output fails here).
#   tests/golden/check.sh path/to/aws-calc            compare (ctest: golden_cli_json)
#   tests/golden/check.sh path/to/aws-calc --update   record anew (scripts/golden does it)
# Record anew only when an output changes on purpose, and say why in the commit.
set -euo pipefail
cli=$1
mode=${2:-check}
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/cli-json.golden"
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT

while IFS= read -r link; do
  status=0
  json=$("$cli" --json "$link" 2>/dev/null) || status=$?
  printf 'link: %s\nexit: %d\n%s\n' "$link" "$status" "$json" >>"$actual"
done <"$here/links.txt"

if [ "$mode" = "--update" ]; then
  cp "$actual" "$golden"
  echo "recorded $(grep -c '^link: ' "$golden") links in $golden"
  exit 0
fi
if ! cmp -s "$golden" "$actual"; then
  echo "the CLI's --json output differs from tests/golden/cli-json.golden:"
  diff "$golden" "$actual" | head -40
  echo "(if the change is on purpose: scripts/golden --update, and say why in the commit)"
  exit 1
fi
echo "all $(grep -c '^link: ' "$golden") links give the recorded output"
