#!/usr/bin/env bash
# Every conformance program (tests/conformance/programs/*.java) under
# `plurix run --inject-aborts SEED`, for each seed given: the first attempts
# of every transaction, main included, abort at random page faults and run
# again, and each program must still print its recorded Name.expected and
# end with its recorded Name.status. Programs run two at a time. Prints the
# total of injected aborts (from --stats) so that a run that injected
# nothing cannot pass unnoticed.
# None is skipped: the programs that use Random seed it, and
# DeclarationForms, the one that reads the clock, prints only comparisons of
# its readings, so every program is deterministic.
# Usage: run_conformance_injected.sh PLURIX_BINARY PROGRAMS_DIR SEED...
# Exit status: 0 pass, 1 mismatch, 2 bad usage.
set -u
limit=${PLURIX_TRANSACTIONS_TIMEOUT:-120}

# The worker: one program under one seed; writes its verdict to RESULTS.
if [ "${1:-}" = "--one" ]; then
  plurix=$2 results=$3 seed=$4 source=$5
  name=$(basename "$source" .java)
  base=${source%.java}
  work=$(mktemp -d)
  (cd "$work" && timeout -k 5 "$limit" "$plurix" run --stats --inject-aborts "$seed" "$source" \
     </dev/null >"$work/out" 2>"$work/err")
  status=$?
  expected_status=$(tr -d ' \r\n' <"$base.status")
  verdict="$results/$name.$seed"
  if [ "$status" = "$expected_status" ] && cmp -s "$base.expected" "$work/out"; then
    sed -n 's/^plurix run: \([0-9]\+\) aborts injected$/\1/p' "$work/err" >"$verdict.injected"
  else
    {
      echo "FAIL: $name with --inject-aborts $seed: exit status expected $expected_status, actual $status"
      diff -u --label "$name.expected" --label "$name (seed $seed)" "$base.expected" "$work/out" | head -n 30
      echo "stderr (first 10 lines):"
      head -n 10 "$work/err"
    } >"$verdict.failed"
  fi
  rm -rf "$work"
  exit 0
fi

if [ $# -lt 3 ]; then
  echo "usage: run_conformance_injected.sh PLURIX_BINARY PROGRAMS_DIR SEED..." >&2
  exit 2
fi
plurix=$1
programs=$(cd "$2" && pwd)
shift 2
if [ ! -x "$plurix" ]; then
  echo "run_conformance_injected.sh: not an executable: $plurix" >&2
  exit 2
fi
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

started=$(date +%s)
for seed in "$@"; do
  for source in "$programs"/*.java; do
    printf '%s\0%s\0' "$seed" "$source"
  done
done | xargs -0 -n 2 -P 2 "$0" --one "$plurix" "$results"

runs=$(( $# * $(ls "$programs"/*.java | wc -l) ))
passed=$(ls "$results" | grep -c '\.injected$')
failed=$(ls "$results" | grep -c '\.failed$')
total=$(cat "$results"/*.injected 2>/dev/null | awk '{ sum += $1 } END { print sum + 0 }')
unreported=$(find "$results" -name '*.injected' -empty | wc -l)
cat "$results"/*.failed 2>/dev/null
echo "$passed of $runs runs passed (seeds: $*) in $(( $(date +%s) - started ))s"
echo "$total aborts injected in all ($unreported runs ended by System.exit did not report theirs)"
if [ "$failed" -ne 0 ] || [ "$passed" -ne "$runs" ]; then
  exit 1
fi
if [ "$total" -eq 0 ]; then
  echo "FAIL: no abort was injected"
  exit 1
fi
exit 0
