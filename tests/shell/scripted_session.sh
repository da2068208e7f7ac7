#!/bin/bash
# A shell session read from a pipe: runs sessions/NAME.jsh through `plurix shell` on an embedded
# heap and compares what it printed (standard output and error together, in order) with
# sessions/NAME.expected, and its exit status with STATUS (1 when any input failed, else 0).
# Stack trace frames and some messages name the shell's generated classes ($S<station>_<n>); they
# are shown as "at ..." and "$S_" so that the expected output does not depend on that numbering.
#   scripted_session.sh PLURIX NAME STATUS
set -u
plurix=$1
name=$2
expected_status=$3
sessions=$(cd "$(dirname "$0")/sessions" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# /open names files relative to the shell's working folder: run it where the session's files are.
cp "$sessions"/*.java "$sessions"/*.jsh "$tmp"/
cd "$tmp" || exit 1
cat "$name.jsh" | timeout 25 "$plurix" shell --history "$tmp/history" >raw.out 2>&1
status=$?
sed -e 's/^\tat .*/\tat .../' -e 's/\$S[0-9]*_[0-9]*/$S_/g' raw.out >actual.out
if ! diff -u "$sessions/$name.expected" actual.out; then
  echo "FAIL: the session $name printed something else (above: - expected, + printed)"
  exit 1
fi
if [ "$status" != "$expected_status" ]; then
  echo "FAIL: the session $name ended with status $status, expected $expected_status"
  exit 1
fi
echo "the session $name printed what was expected and ended with status $status"
