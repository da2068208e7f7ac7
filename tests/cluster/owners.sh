#!/usr/bin/env bash
# Who keeps a committed page (docs/CLUSTER.md): a commit keeps long runs of pages (here a 64 KiB
# array written whole) and writes every other page through to the home. A station that leaves
# hands its runs back, and a later station reads what it wrote. A station that is killed cannot:
# what it wrote through survives, and a later station that needs one of its runs gets an error
# naming the page, never the stale copy the home still has.
# Usage: owners.sh PLURIX
set -u
plurix=${1:?usage: owners.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs/owners"
source "$here/cluster_test_lib.sh"

start_creator "$plurix" "$programs/Box.java" "$programs/SetAndLeave.java" "$programs/SetAndStay.java" \
  "$programs/ReadBox.java" "$programs/ReadBig.java"
timeout 60 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main SetAndLeave -- 41 \
  >"$tmp/leave.out" 2>"$tmp/leave.err" || fail "the station that sets and leaves failed"
run_main_station "$plurix" read1 ReadBig
[ "$(cat "$tmp/read1.out")" = "big: 41 41" ] || fail "a station that left did not hand its pages back: $(cat "$tmp/read1.out")"

start_worker "$plurix" stay SetAndStay 42
# Read from the staying station, the big value's owner now, until its commit shows.
for _ in $(seq 50); do
  run_main_station "$plurix" read2 ReadBig
  [ "$(cat "$tmp/read2.out")" = "big: 42 42" ] && break
  sleep 0.2
done
[ "$(cat "$tmp/read2.out")" = "big: 42 42" ] || fail "the staying station's write was not read from it: $(cat "$tmp/read2.out")"
pkill -9 -P "${workers[0]}"  # the station under start_worker's timeout
wait "${workers[0]}" 2>/dev/null
workers=()
sleep 0.5
run_main_station "$plurix" read3 ReadBox
[ "$(cat "$tmp/read3.out")" = "box: 42" ] || fail "a page written through to the home was lost with its writer: $(cat "$tmp/read3.out")"
if timeout 60 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main ReadBig \
  >"$tmp/read4.out" 2>"$tmp/read4.err"; then
  fail "pages whose owner was killed were read as if nothing happened: $(cat "$tmp/read4.out")"
fi
grep -q 'big: 4' "$tmp/read4.out" && fail "a stale copy of a lost page was served"
grep -q 'page 0x[0-9a-f]* is lost' "$tmp/read4.err" || fail "the failed read did not name the lost page"
grep -q 'left without handing back' "$tmp/creator.err" || fail "the home did not log the lost pages"
echo "owners: a leaving station handed its pages back (41 read later); a killed one kept what it wrote through (42) and lost its run, whose read failed naming the page"
