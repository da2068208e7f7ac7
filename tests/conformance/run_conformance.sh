#!/usr/bin/env bash
# One conformance test: runs PROGRAM.java under plurix and compares its
# standard output and exit status, byte for byte, with the recorded
# Name.expected and Name.status beside it. When javac and java are on PATH
# the program is also compiled and run under java and must give the same
# output and status, so the recorded files cannot go stale unnoticed.
# Standard error is not compared.
# Usage: run_conformance.sh PLURIX_BINARY PROGRAM.java
# Exit status: 0 pass, 1 mismatch, 2 bad usage or missing files.
set -u
if [ $# -ne 2 ]; then
  echo "usage: run_conformance.sh PLURIX_BINARY PROGRAM.java" >&2
  exit 2
fi
plurix=$1
source=$2
limit=${PLURIX_CONFORMANCE_TIMEOUT:-60}

case "$source" in
  *.java) ;;
  *) echo "run_conformance.sh: $source is not a .java file" >&2; exit 2 ;;
esac
if [ ! -f "$source" ]; then
  echo "run_conformance.sh: no such program: $source" >&2
  exit 2
fi
if [ ! -x "$plurix" ]; then
  echo "run_conformance.sh: not an executable: $plurix" >&2
  exit 2
fi
source=$(cd "$(dirname "$source")" && pwd)/$(basename "$source")
name=$(basename "$source" .java)
expected_out="${source%.java}.expected"
expected_status_file="${source%.java}.status"
for f in "$expected_out" "$expected_status_file"; do
  if [ ! -f "$f" ]; then
    echo "run_conformance.sh: missing $f (run record_expected.sh)" >&2
    exit 2
  fi
done
expected_status=$(tr -d ' \r\n' <"$expected_status_file")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# describe STATUS: the status, and what it means when the run was killed.
describe() {
  case "$1" in
    124) echo "124 (timed out after ${limit}s)" ;;
    13[0-9]|14[0-9]|15[0-9]) echo "$1 (killed by signal $(($1 - 128)))" ;;
    *) echo "$1" ;;
  esac
}

# compare WHO ACTUAL_OUT ACTUAL_STATUS: 0 when both match the recorded ones.
compare() {
  local who=$1 out=$2 status=$3
  if cmp -s "$expected_out" "$out" && [ "$status" = "$expected_status" ]; then
    return 0
  fi
  echo "FAIL: $name under $who"
  echo "exit status: expected $expected_status, actual $(describe "$status")"
  if ! cmp -s "$expected_out" "$out"; then
    echo "stdout differs (diff -u expected actual, first 40 lines):"
    diff -u --label "$name.expected" --label "$name ($who)" "$expected_out" "$out" | head -n 40
  else
    echo "stdout matches"
  fi
  return 1
}

result=0

# Under plurix, from an empty working directory, with no standard input.
mkdir "$tmp/plurix"
(cd "$tmp/plurix" && timeout -k 5 "$limit" "$plurix" run "$source" \
   </dev/null >"$tmp/plurix.out" 2>"$tmp/plurix.err")
plurix_status=$?
if ! compare plurix "$tmp/plurix.out" "$plurix_status"; then
  if [ -s "$tmp/plurix.err" ]; then
    echo "plurix stderr (first 20 lines):"
    head -n 20 "$tmp/plurix.err"
  fi
  result=1
fi

# Under java, when JDK 17 is installed: the recorded files must still be
# what java prints. Other versions print some values differently (float
# digits since 19, index messages since 21), so they are not asked.
java_version=""
if command -v javac >/dev/null 2>&1 && command -v java >/dev/null 2>&1; then
  java_version=$(java -version 2>&1 | head -n 1)
fi
case "$java_version" in
  *'"17.'*) java_ok=1 ;;
  *) java_ok=0 ;;
esac
if [ "$java_ok" -eq 1 ]; then
  mkdir "$tmp/classes"
  if ! javac -encoding UTF-8 -nowarn -d "$tmp/classes" "$source" >"$tmp/javac.err" 2>&1; then
    echo "FAIL: javac rejects $name.java:"
    head -n 20 "$tmp/javac.err"
    result=1
  else
    (cd "$tmp/classes" && timeout -k 5 "$limit" java -cp "$tmp/classes" "$name" \
       </dev/null >"$tmp/java.out" 2>"$tmp/java.err")
    java_status=$?
    if ! compare java "$tmp/java.out" "$java_status"; then
      echo "(the recorded files are stale: re-record with record_expected.sh)"
      result=1
    fi
  fi
elif [ -n "$java_version" ]; then
  echo "note: java is not JDK 17 ($java_version); compared with the recorded files only"
else
  echo "note: java not on PATH; compared with the recorded files only"
fi

if [ "$result" -eq 0 ]; then
  echo "PASS: $name"
fi
exit $result
