#!/usr/bin/env bash
# Records what Java prints for each conformance program: compiles it with
# javac and runs it with java (JDK 17), then writes programs/Name.expected
# (stdout, byte for byte) and programs/Name.status (the exit status as one
# decimal line). The recorded files are java's output, never edited by hand.
# Usage: record_expected.sh [Name.java...]   (default: every program)
set -u
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs"

for tool in javac java timeout; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "record_expected.sh: $tool is not on PATH" >&2
    exit 2
  fi
done
version=$(java -version 2>&1 | head -n 1)
case "$version" in
  *'"17.'*) ;;
  *) echo "record_expected.sh: warning: expected JDK 17, found: $version" >&2 ;;
esac

if [ $# -eq 0 ]; then
  set -- "$programs"/*.java
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
for source in "$@"; do
  name=$(basename "$source" .java)
  source="$programs/$name.java"
  if [ ! -f "$source" ]; then
    echo "record_expected.sh: no program $source" >&2
    failures=$((failures + 1))
    continue
  fi
  classes="$tmp/$name"
  mkdir -p "$classes"
  if ! javac -encoding UTF-8 -d "$classes" "$source" 2>"$tmp/$name.javac"; then
    cat "$tmp/$name.javac" >&2
    echo "record_expected.sh: javac rejected $name.java" >&2
    failures=$((failures + 1))
    continue
  fi
  timeout 60 java -cp "$classes" "$name" >"$tmp/$name.out" 2>"$tmp/$name.err"
  status=$?
  if [ "$status" -eq 124 ]; then
    echo "record_expected.sh: $name timed out under java" >&2
    failures=$((failures + 1))
    continue
  fi
  # Only ASCII: how java encodes other characters depends on the locale.
  if [ -n "$(LC_ALL=C tr -d '\000-\177' <"$tmp/$name.out" | head -c 1)" ]; then
    echo "record_expected.sh: $name prints non-ASCII bytes; print char codes instead" >&2
    failures=$((failures + 1))
    continue
  fi
  cp "$tmp/$name.out" "$programs/$name.expected"
  echo "$status" >"$programs/$name.status"
  echo "$name: status $status, $(wc -c <"$programs/$name.expected") bytes"
done
exit $((failures > 0))
