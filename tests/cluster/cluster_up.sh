#!/usr/bin/env bash
# plurix cluster up|status|down: four stations on this host (station 0 serving the bank's heap,
# three workers waiting for work); a further station distributes transfers to the workers, which
# run them where they are registered; the bank's total is kept; down stops every station.
# Usage: cluster_up.sh PLURIX
set -u
plurix=${1:?usage: cluster_up.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs"
source "$here/cluster_up_lib.sh"

"$plurix" cluster up -n 4 --dir "$dir" "$programs/Bank.java" "$programs/Transfers.java" "$programs/Distribute.java" \
  "$programs/BankStatus.java" "$programs/Audit.java" >"$tmp/up.out" 2>&1 || fail "cluster up failed"
grep -q '^cluster of 4 stations at ' "$tmp/up.out" || fail "cluster up said something else"
"$plurix" cluster status --dir "$dir" >"$tmp/status.out" || fail "not every station runs after up"
grep -q '^4 of 4 running$' "$tmp/status.out" || fail "status does not count 4 running stations"
initial=$(sed -n 's/^bank: 64 accounts, total \([0-9]*\)$/\1/p' "$dir/station-0.log")
[ -n "$initial" ] || fail "station 0 did not build the bank"

join --main Distribute -- 3000 >"$tmp/distribute.out" 2>&1 || fail "distributing the work failed"
grep -q '^distributed to 3 stations$' "$tmp/distribute.out" || fail "the work did not reach three workers"
wait_for_bank "finished 3, total $initial"
for k in 1 2 3; do
  grep -q "^station $k: 3000 transfers done$" "$dir/station-$k.log" || fail "station $k did not run its transfers"
done

"$plurix" cluster down --dir "$dir" >"$tmp/down.out" || fail "cluster down failed"
grep -q '^stopped 4 stations$' "$tmp/down.out" || fail "down did not stop 4 stations"
if "$plurix" cluster status --dir "$dir" >"$tmp/status2.out"; then fail "status still reports a running cluster"; fi
grep -q '^0 of 4 running$' "$tmp/status2.out" || fail "status does not show every station stopped"
echo "cluster up -n 4: three workers ran 9000 transfers where they were registered; total $initial kept; down stopped all"
