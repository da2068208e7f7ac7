#!/usr/bin/env bash
# Invariant 7 (DESIGN.md): the dialect is Java. javac must accept every valid
# golden program that uses no extension (extension programs start with the
# line "// plurix: extension"), and every sample must compile and print its
# expected_output.txt under java (a sample using the extensions is only compiled by plurix).
# Usage: javac_accepts.sh VALID_DIR SAMPLES_DIR
set -u
valid_dir=${1:?usage: javac_accepts.sh VALID_DIR SAMPLES_DIR}
samples_dir=${2:?usage: javac_accepts.sh VALID_DIR SAMPLES_DIR}

if ! command -v javac >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "skipped: javac not installed"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One JVM compiles every program (JavacEach.java, run as a source file):
# a javac process per program costs about a second each.
here=$(cd "$(dirname "$0")" && pwd)
status=0
java "$here/JavacEach.java" "$tmp/valid" "$valid_dir"/* || status=1
# samples/cluster/ holds programs for a cluster made of other samples' classes (and the station
# API, which java lacks): the submit tests and scripts/demo.sh check them.
samples=()
for sample in "$samples_dir"/*/; do
  [ "$(basename "$sample")" = cluster ] || samples+=("$sample")
done
java "$here/JavacEach.java" "$tmp/samples" "${samples[@]}" || status=1

# Each sample: run its main class with no arguments, compare.
for sample in "${samples[@]}"; do
  name=$(basename "$sample")
  out="$tmp/samples/$name"
  if grep -q '^// plurix: extension' "$sample"*.java; then
    echo "sample $name: uses the plurix extensions, so java cannot run it (plurix run checks it)"
    continue
  fi
  main_file=$(grep -l 'public static void main' "$sample"*.java | head -n 1)
  main_class=$(basename "$main_file" .java)
  if [ ! -f "$sample/expected_output.txt" ]; then
    echo "FAIL: sample $name has no expected_output.txt"
    status=1
    continue
  fi
  if ! java -cp "$out" "$main_class" >"$out.actual" 2>&1; then
    echo "FAIL: sample $name exited with an error:"
    cat "$out.actual"
    status=1
    continue
  fi
  if ! diff -u "$sample/expected_output.txt" "$out.actual"; then
    echo "FAIL: sample $name printed something else than expected_output.txt"
    status=1
    continue
  fi
  echo "sample $name: output as expected"
done
exit $status
