#!/usr/bin/env bash
# Migration between stations: two worker stations join and wait for work; a third station
# registers a Migrant transaction with worker station 1; after 5 of its 10 steps it moves itself
# to station 2 (Cluster.migrate, between two of its runs) and finishes there. The counts of its
# steps per station, kept in the shared heap, must show exactly that.
# Usage: migration.sh PLURIX
set -u
plurix=${1:?usage: migration.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs/migration"
source "$here/cluster_test_lib.sh"
start_creator "$plurix" "$programs/Start.java" "$programs/Migrant.java" "$programs/Launch.java" "$programs/Report.java"

idle=()
for name in station1 station2; do
  "$plurix" station --join "$address" --key "$tmp/cluster.key" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  idle+=($!)
  for _ in $(seq 100); do
    grep -q 'joined the cluster' "$tmp/$name.out" && break
    sleep 0.1
  done
  grep -q 'joined the cluster' "$tmp/$name.out" || fail "$name did not join"
done
stop_idle() { kill "${idle[@]}" 2>/dev/null; wait "${idle[@]}" 2>/dev/null; }
grep -q '^station 1 joined' "$tmp/station1.out" && grep -q '^station 2 joined' "$tmp/station2.out" \
  || { stop_idle; fail "the worker stations did not get ids 1 and 2"; }

"$plurix" station --join "$address" --key "$tmp/cluster.key" --main Launch -- 1 2 >"$tmp/launch.out" 2>"$tmp/launch.err" \
  || { stop_idle; fail "launching the migrant failed"; }
report=""
for _ in $(seq 60); do
  report=$("$plurix" station --join "$address" --key "$tmp/cluster.key" --main Report -- 1 2 2>>"$tmp/report.err")
  [ "$report" != running ] && break
  sleep 0.5
done
stop_idle
expected="migrant: 10 steps, 5 on station 1, 5 on station 2, finished on station 2"
[ "$report" = "$expected" ] || fail "the migrant reported '$report', expected '$expected'"
echo "migration: $report"
