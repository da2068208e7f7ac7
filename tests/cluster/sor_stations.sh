#!/usr/bin/env bash
# SOR split by bands over STATIONS joined stations (programs/sor), meeting at a plurix.Barrier
# after every sweep: each station relaxes a contiguous block of the sample's 8 bands; a further
# station then prints the size and the checksum, which must be what samples/sor prints under
# plurix run. Usage: sor_stations.sh PLURIX [STATIONS=2]
set -u
plurix=${1:?usage: sor_stations.sh PLURIX [STATIONS]}
stations=${2:-2}
here=$(cd "$(dirname "$0")" && pwd)
samples="$here/../../samples/sor"
source "$here/cluster_test_lib.sh"
start_creator "$plurix" "$here/programs/sor/SorJob.java" "$here/programs/sor/SorWorker.java" \
  "$here/programs/sor/SorChecksum.java" "$samples/Sor.java" "$samples/Band.java" -- "$stations"
grep -q "^job: sor 512x512, 100 iterations, 8 bands over $stations stations\$" "$tmp/creator.out" \
  || fail "the job was not built"

start_shares "$plurix" SorWorker "$stations"
wait_workers
[ "$(cat "$tmp"/worker*.out | grep -c ': [0-9]* bands, 200 sweeps done in ')" = "$stations" ] \
  || fail "not every worker went through the 200 sweeps"
run_main_station "$plurix" checksum SorChecksum
diff -u "$samples/expected_output.txt" "$tmp/checksum.out" >"$tmp/diff.err" || fail "not what samples/sor prints"
echo "sor on $stations stations: $(tail -n 1 "$tmp/checksum.out"), as under plurix run"
