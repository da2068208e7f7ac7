#!/usr/bin/env bash
# The bank on several stations: the creating station builds 64 accounts (one static array, so
# every transfer of every station touches the same pages), STATIONS joined stations each run
# TRANSFERS random transfers, ten per transaction, all at once, with real conflicts; then a
# further station audits: the total must be what the bank started with, and every worker must
# have finished. Usage: bank_stations.sh PLURIX [STATIONS=4] [TRANSFERS=3000]
set -u
plurix=${1:?usage: bank_stations.sh PLURIX [STATIONS] [TRANSFERS]}
stations=${2:-4}
transfers=${3:-3000}
here=$(cd "$(dirname "$0")" && pwd)
programs=("$here/programs/Bank.java" "$here/programs/Transfers.java" "$here/programs/Worker.java" \
  "$here/programs/Census.java" \
  "$here/programs/Audit.java")
source "$here/cluster_test_lib.sh"
start_creator "$plurix" "${programs[@]}"
initial=$(sed -n 's/^bank: 64 accounts, total \([0-9]*\)$/\1/p' "$tmp/creator.out")
[ -n "$initial" ] || fail "the bank was not built"

for i in $(seq "$stations"); do
  start_worker "$plurix" "worker$i" Worker "$transfers"
done
wait_workers
done_lines=$(cat "$tmp"/worker*.out | grep -c "transfers done")
[ "$done_lines" = "$stations" ] || fail "$done_lines of $stations workers finished"
ids=$(cat "$tmp"/worker*.out | sed -n 's/^station \([0-9]*\): .*/\1/p' | sort -n | uniq | wc -l)
[ "$ids" = "$stations" ] || fail "the workers did not each see their own STATION.id"

timeout 60 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main Audit >"$tmp/audit.out" 2>"$tmp/audit.err" \
  || fail "the audit failed"
[ "$(cat "$tmp/audit.out")" = "audit: total $initial" ] || fail "the total changed: $(cat "$tmp/audit.out"), expected $initial"
conflicts=$(cat "$tmp"/worker*.err | sed -n 's/.* \([0-9]*\) conflicts,.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
commits=$(cat "$tmp"/worker*.err | sed -n 's/.*; \([0-9]*\) commits,.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
echo "bank on $stations stations: $((stations * transfers)) transfers in $commits commits, $conflicts conflicts; total $initial kept"
