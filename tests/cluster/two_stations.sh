#!/usr/bin/env bash
# Two stations on loopback: the first compiles programs/Shared.java and Reader.java into a new
# heap, runs Shared.main (which builds data in static fields) and serves its heap; the second
# joins with no page present, fetches every page it touches, and runs Reader.main there, which
# the first compiled but never ran: the joiner must print what the creator built. A third
# station with another cluster key must be refused, and the creator must say so.
# Usage: two_stations.sh PLURIX
set -u
plurix=${1:?usage: two_stations.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/cluster_test_lib.sh"
start_creator "$plurix" "$here/programs/Shared.java" "$here/programs/Reader.java"
grep -q '^creator: built 1000 squares$' "$tmp/creator.out" || fail "the creator's main did not run"
[ "$(stat -c %a "$tmp/cluster.key")" = 600 ] || fail "the key file is not private (mode $(stat -c %a "$tmp/cluster.key"))"

timeout 30 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main Reader --stats \
  >"$tmp/joiner.out" 2>"$tmp/joiner.err" || fail "the joining station failed (status $?)"
expected="joiner: built on the creating station, sum of squares 332833500"
[ "$(cat "$tmp/joiner.out")" = "$expected" ] || fail "the joiner printed something else"
grep -q 'joined as station 1 in .* fetched [1-9][0-9]* pages' "$tmp/joiner.err" || fail "the joiner fetched no pages"

head -c 32 /dev/urandom >"$tmp/other.key"
chmod 600 "$tmp/other.key"
if timeout 30 "$plurix" station --join "$address" --key "$tmp/other.key" --main Reader \
  >"$tmp/intruder.out" 2>"$tmp/intruder.err"; then
  fail "a station with another key was let in"
fi
grep -q 'cannot join' "$tmp/intruder.err" || fail "the refused station did not say why"
[ ! -s "$tmp/intruder.out" ] || fail "the refused station ran the program"

kill "$creator"
wait "$creator"
creator=""
grep -q 'served [1-9][0-9]* pages' "$tmp/creator.err" || fail "the creator served no pages"
grep -qi 'refus\|key\|handshake' "$tmp/creator.err" || fail "the creator did not log the refused station"
echo "two stations: joiner ran the creator's code on fetched pages; a foreign key was refused"
