#!/usr/bin/env bash
# The main job: installs what is missing, builds, then checks every sample
# program with the Plurix front end and lists them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/build.sh" >/dev/null
BUILD_DIR="${PLURIX_BUILD_DIR:-$ROOT/build}"
PLURIX="$BUILD_DIR/cli/plurix"
cd "$ROOT"
status=0
for sample in samples/*/; do
  name="$(basename "$sample")"
  mapfile -t files < <(find "$sample" -name '*.java' | sort)
  lines=$(cat "${files[@]}" | wc -l)
  if "$PLURIX" check --quiet "${files[@]}"; then
    printf '%-14s ok     %2d files %5d lines\n' "$name" "${#files[@]}" "$lines"
  else
    printf '%-14s FAILED\n' "$name"
    status=1
  fi
done
exit $status
