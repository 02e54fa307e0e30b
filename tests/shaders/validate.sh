#!/usr/bin/env bash
# validate.sh: checks every file in shaders/ with glslangValidator (Debian's glslang-tools)
# as the GLSL ES 3.00 that WebGL2 compiles; fails on any error.
#
#   tests/shaders/validate.sh [SHADER_DIR]     (default: the repository's shaders/)
#
# The stage comes from the name: NAME.vert.glsl or NAME.frag.glsl. A file of any other
# name fails (every file in the folder is a shader the renderer may embed). The first
# line must be "#version 300 es": glslang also accepts later ES versions and desktop
# GLSL, which WebGL2 does not.
set -euo pipefail
dir=${1:-"$(dirname "$0")/../../shaders"}
command -v glslangValidator >/dev/null || { echo "validate.sh: glslangValidator missing (apt-get install glslang-tools)" >&2; exit 2; }

shopt -s nullglob
files=("$dir"/*)
[ ${#files[@]} -gt 0 ] || { echo "validate.sh: no shaders in $dir" >&2; exit 1; }

failed=0
for file in "${files[@]}"; do
  name=$(basename "$file")
  case $name in
    *.vert.glsl) stage=vert ;;
    *.frag.glsl) stage=frag ;;
    *) echo "FAIL $name: not NAME.vert.glsl or NAME.frag.glsl"; failed=1; continue ;;
  esac
  if [ "$(head -n 1 "$file" | tr -d '\r')" != "#version 300 es" ]; then
    echo "FAIL $name: the first line is not \"#version 300 es\""
    failed=1
    continue
  fi
  if output=$(glslangValidator -S "$stage" "$file" 2>&1); then
    echo "ok   $name ($stage)"
  else
    echo "FAIL $name ($stage)"
    printf '%s\n' "$output" | sed 's/^/     /'
    failed=1
  fi
done
exit "$failed"
