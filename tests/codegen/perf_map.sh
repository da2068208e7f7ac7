#!/usr/bin/env bash
# `plurix run --perf-map` leaves /tmp/perf-PID.map naming the compiled methods: one line per
# function, "START SIZE NAME" in hexadecimal, the program's methods and the library's among
# them, no two functions overlapping. Usage: perf_map.sh PLURIX PROGRAM.java
set -u
plurix=$1
program=$2
"$plurix" run --perf-map "$program" > /dev/null 2>&1 &
pid=$!
wait "$pid"
map=/tmp/perf-$pid.map
trap 'rm -f "$map"' EXIT
fail() { echo "perf_map.sh: $*" >&2; exit 1; }
[[ -s "$map" ]] || fail "$map was not written"
bad=$(grep -cvE '^[0-9a-f]+ [0-9a-f]+ [^ ]+$' "$map")
[[ "$bad" == 0 ]] || fail "$bad malformed lines in $map"
grep -qE ' InlinedTrace\.main$' "$map" || fail "the program's main is missing"
grep -qE ' java\.lang\.String\.[a-zA-Z]+$' "$map" || fail "the library's String methods are missing"
# Sorted by start, every function ends before the next begins.
overlaps=$(while read -r start size _; do echo "$((16#$start)) $((16#$size))"; done < "$map" | sort -n |
  awk '{ if ($1 < end) n++; end = $1 + $2 } END { print n + 0 }')
[[ "$overlaps" == 0 ]] || fail "$overlaps functions overlap the one before"
echo "perf map: $(wc -l < "$map") functions"
