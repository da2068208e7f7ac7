#!/usr/bin/env bash
# The ray tracer split by bands over STATIONS joined stations (programs/raytracer): each claims
# bands and renders them as transactions; the image's checksum must be the one samples/raytracer
# prints under plurix run; the workers read the band arrays ahead from the home. Usage: raytracer_stations.sh PLURIX [STATIONS=2]
set -u
plurix=${1:?usage: raytracer_stations.sh PLURIX [STATIONS]}
stations=${2:-2}
here=$(cd "$(dirname "$0")" && pwd)
samples="$here/../../samples/raytracer"
source "$here/cluster_test_lib.sh"
start_creator "$plurix" "$here/programs/raytracer/RayJob.java" "$here/programs/raytracer/RayWorker.java" \
  "$here/programs/raytracer/RayChecksum.java" "$samples"/*.java
grep -q '^job: 256x256 in 16 bands$' "$tmp/creator.out" || fail "the job was not built"

start_shares "$plurix" RayWorker "$stations"
wait_workers
[ "$(cat "$tmp"/worker*.out | grep -c 'bands done')" = "$stations" ] || fail "not every worker finished its bands"
# Each band array (a page and more, written in address order) is read ahead from the home.
read_ahead=$(sed -n 's/.* \([0-9]*\) more read ahead;.*/\1/p' "$tmp"/worker*.err | awk '{ s += $1 } END { print s + 0 }')
[ "$read_ahead" -gt 0 ] || fail "no worker read a page ahead"
run_main_station "$plurix" checksum RayChecksum
expected=$(grep '^checksum:' "$samples/expected_output.txt")
[ "$(cat "$tmp/checksum.out")" = "$expected" ] || fail "checksum $(cat "$tmp/checksum.out"), expected $expected"
echo "ray tracer on $stations stations: $expected, as under plurix run"
