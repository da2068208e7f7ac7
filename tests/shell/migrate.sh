#!/bin/bash
# /ps and /migrate from shells joined to a cluster of `plurix cluster up -n 3`: a transaction the
# shell registers with worker station 1 is listed there, runs there, is moved to station 2 with
# /migrate, is listed there, and finishes there (its last step records the station it ran on).
#   migrate.sh PLURIX
set -u
plurix=$1
source "$(dirname "$0")/../cluster/cluster_up_lib.sh"
source "$(dirname "$0")/cluster_shell_lib.sh"

timeout 30 "$plurix" cluster up -n 3 --dir "$dir" >"$tmp/up.out" 2>&1 || fail "plurix cluster up failed"

# Spin steps until told to finish; it counts its steps on every station.
in_shell register <<'INPUT'
class Spin extends plurix.Transaction {
    static boolean finish;
    static int finishedOn = -1;
    static int[] stepsOn = new int[16];
    public void run() {
        stepsOn[plurix.STATION.id]++;
        if (finish) {
            finishedOn = plurix.STATION.id;
            plurix.STATION.unregister(this);
        }
    }
}
Spin spin = new Spin();
plurix.Cluster.stations()[1].accepting()
plurix.Cluster.stations()[1].register(spin);
spin.id()
INPUT
expect_output register <<'OUTPUT'
created class Spin
spin ==> Spin@*
$1 ==> true
$2 ==> *
OUTPUT
id=$(sed -n 's/^\$2 ==> \([0-9][0-9]*\)$/\1/p' "$tmp/register.out")
[ -n "$id" ] || fail "spin.id() is no number"

# listed_on NAME: runs /ps in a new shell; sets station to the station it lists Spin on, or "",
# and runs to the steps it lists (published by the running station about once a second).
listed_on() {
  in_shell "$1" <<<"/ps"
  station=$(sed -n -E "s/^$id +Spin +([0-9]+) .*/\1/p" "$tmp/$1.out")
  runs=$(sed -n -E "s/^$id +Spin +[0-9]+ +[0-9]+ +([0-9]+) .*/\1/p" "$tmp/$1.out")
}
# wait_for_steps STATION: waits up to 10 s until Spin has run steps on STATION.
wait_for_steps() {
  for attempt in $(seq 20); do
    in_shell "steps$1_$attempt" <<<"Spin.stepsOn[$1] > 0"
    grep -qx '$1 ==> true' "$tmp/steps$1_$attempt.out" && return 0
    sleep 0.5
  done
  fail "Spin ran no step on station $1"
}

wait_for_steps 1
listed_on before
[ "$station" = 1 ] || fail "/ps lists transaction $id on station '$station', not 1"

printf '/migrate %s 2\n/migrate %s 2\n' "$id" "$id" | timeout 30 "$plurix" shell --dir "$dir" \
  --history "$tmp/history" >"$tmp/migrate.out" 2>&1
[ $? = 1 ] || fail "a /migrate to the station the transaction is on already did not fail"
expect_output migrate <<OUTPUT
moved transaction $id (Spin) from station 1 to station 2
transaction $id is on station 2 already
OUTPUT

# Runs are published by the station that ran them about once a second: allow a few publications.
for attempt in $(seq 10); do
  listed_on "after_$attempt"
  [ "$station" = 2 ] || fail "/ps lists transaction $id on station '$station' after /migrate, not 2"
  [ "${runs:-0}" -gt 0 ] && break
  [ "$attempt" = 10 ] && fail "/ps lists no runs of transaction $id, seconds after it started"
  sleep 0.5
done
wait_for_steps 2

in_shell finish <<'INPUT'
Spin.finish = true;
INPUT
for attempt in $(seq 20); do
  in_shell "finished_$attempt" <<<"Spin.finishedOn"
  grep -qx '$1 ==> 2' "$tmp/finished_$attempt.out" && break
  [ "$attempt" = 20 ] && fail "Spin did not finish on station 2"
  sleep 0.5
done
listed_on finished
[ -z "$station" ] || fail "/ps still lists transaction $id, on station $station, after it finished"
echo "transaction $id ran on station 1, moved to station 2 with /migrate, and finished there"
