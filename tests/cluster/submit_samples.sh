#!/usr/bin/env bash
# plurix submit of the distributed samples (samples/cluster/SAMPLE) into a cluster of 4 stations
# started with no files: each prints its expected_output.txt on the submitter's standard output,
# with its work spread over the three workers, and down stops the cluster.
# Usage: submit_samples.sh PLURIX SAMPLE... (bank, raytracer)
set -u
plurix=${1:?usage: submit_samples.sh PLURIX SAMPLE...}
shift
here=$(cd "$(dirname "$0")" && pwd)
samples=$(cd "$here/../../samples" && pwd)
source "$here/cluster_up_lib.sh"

# The files of each sample: its own first (main is taken from the first file that has one), then
# the one-station sample's classes it reuses.
sample_files() {
  case $1 in
    bank) echo "$samples"/cluster/bank/*.java "$samples"/bank/{Account,Transfer}.java "$samples/cluster/Workers.java" ;;
    raytracer) echo "$samples"/cluster/raytracer/*.java "$samples/cluster/Workers.java" "$samples"/raytracer/*.java ;;
    *) fail "no sample $1" ;;
  esac
}

"$plurix" cluster up -n 4 --dir "$dir" >"$tmp/up.out" 2>&1 || fail "cluster up with no files failed"
grep -q '^cluster of 4 stations at ' "$tmp/up.out" || fail "cluster up said something else"
for sample in "$@"; do
  # shellcheck disable=SC2046 # the file names hold no spaces
  timeout 50 "$plurix" submit --dir "$dir" $(sample_files "$sample") >"$tmp/$sample.out" 2>"$tmp/$sample-stderr.out" \
    || fail "submitting $sample failed (status $?)"
  diff -u "$samples/cluster/$sample/expected_output.txt" "$tmp/$sample.out" >"$tmp/$sample-diff.out" \
    || fail "$sample printed something else than its expected_output.txt"
  grep -q ' on 3 stations$' "$tmp/$sample-stderr.out" || fail "$sample did not spread its work over the 3 workers"
  echo "$sample: $(tail -n 1 "$tmp/$sample.out")"
done
"$plurix" cluster down --dir "$dir" >"$tmp/down.out" || fail "cluster down failed"
grep -q '^stopped 4 stations$' "$tmp/down.out" || fail "down did not stop 4 stations"
echo "plurix submit into a cluster of the library alone: $* as expected"
