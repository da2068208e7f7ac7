#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/build.sh"
BUILD_DIR="${PLURIX_BUILD_DIR:-$ROOT/build}"
cd "$BUILD_DIR"
status=0
ctest --output-on-failure -j2 "$@" 2>&1 | tee ctest.log || status=$?
# ctest prints its count of tests before its time summary per label: repeated, it closes the run.
grep -E "tests passed|tests failed|No tests were found" ctest.log | tail -1 || true
exit "$status"
