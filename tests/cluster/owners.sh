#!/usr/bin/env bash
# Pages stay with the station that committed them (docs/CLUSTER.md): a station that leaves hands
# them back to the home, and a later station reads what it wrote; a station that is killed
# cannot, and a later station that needs its page gets an error naming the page, never the stale
# copy the home still has.
# Usage: owners.sh PLURIX
set -u
plurix=${1:?usage: owners.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs/owners"
source "$here/cluster_test_lib.sh"

start_creator "$plurix" "$programs/Box.java" "$programs/SetAndLeave.java" "$programs/SetAndStay.java" \
  "$programs/ReadBox.java"
timeout 60 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main SetAndLeave -- 41 \
  >"$tmp/leave.out" 2>"$tmp/leave.err" || fail "the station that sets and leaves failed"
run_main_station "$plurix" read1 ReadBox
[ "$(cat "$tmp/read1.out")" = "box: 41" ] || fail "a station that left did not hand its page back: $(cat "$tmp/read1.out")"

start_worker "$plurix" stay SetAndStay 42
# Read from the staying station, the page's owner now, until its commit shows.
for _ in $(seq 50); do
  run_main_station "$plurix" read2 ReadBox
  [ "$(cat "$tmp/read2.out")" = "box: 42" ] && break
  sleep 0.2
done
[ "$(cat "$tmp/read2.out")" = "box: 42" ] || fail "the staying station's write was not read from it: $(cat "$tmp/read2.out")"
pkill -9 -P "${workers[0]}"  # the station under start_worker's timeout
wait "${workers[0]}" 2>/dev/null
workers=()
sleep 0.5
if timeout 60 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main ReadBox \
  >"$tmp/read3.out" 2>"$tmp/read3.err"; then
  fail "a page whose owner was killed was read as if nothing happened: $(cat "$tmp/read3.out")"
fi
grep -q 'box: 4' "$tmp/read3.out" && fail "a stale copy of a lost page was served"
grep -q 'page 0x[0-9a-f]* is lost' "$tmp/read3.err" || fail "the failed read did not name the lost page"
grep -q 'left without handing back' "$tmp/creator.err" || fail "the home did not log the lost pages"
echo "owners: a station that left handed its page back (41 read later); one killed after its write (42, read from it) lost the page, and the read failed naming it"
