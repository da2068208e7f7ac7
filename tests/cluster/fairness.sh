#!/usr/bin/env bash
# The fairness policy (runtime/launch/transaction_loop.h): three stations make transfers while a
# fourth runs one long census step that reads every balance. Every commit of a transfer dooms
# the census; with the policy, after 3 conflicts in a row its next step runs holding the right to
# commit and must succeed, so it takes at most 4 attempts. The census must also see a consistent
# bank: the total the bank started with. With MODE=unfair (--no-fairness on the census's
# station) the script only reports the attempts, to measure what the policy prevents.
# Usage: fairness.sh PLURIX [fair|unfair] [TRANSFERS=20000]
set -u
plurix=${1:?usage: fairness.sh PLURIX [fair|unfair] [TRANSFERS]}
mode=${2:-fair}
transfers=${3:-20000}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/cluster_test_lib.sh"
start_creator "$plurix" "$here/programs/Bank.java" "$here/programs/Transfers.java" "$here/programs/Worker.java" \
  "$here/programs/Census.java" "$here/programs/Audit.java"
initial=$(sed -n 's/^bank: 64 accounts, total \([0-9]*\)$/\1/p' "$tmp/creator.out")
[ -n "$initial" ] || fail "the bank was not built"

for i in 1 2 3; do
  start_worker "$plurix" "worker$i" Worker "$transfers"
done
sleep 0.5  # the transfers are under way
flags=()
[ "$mode" = unfair ] && flags=(--no-fairness)
timeout 300 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main Census --stats "${flags[@]}" \
  >"$tmp/census.out" 2>"$tmp/census.err" || fail "the census station failed"
still_running=0
for pid in "${workers[@]}"; do kill -0 "$pid" 2>/dev/null && still_running=$((still_running + 1)); done
wait_workers
line=$(cat "$tmp/census.out")
total=$(echo "$line" | sed -n 's/^census: total \([0-9]*\) after .*/\1/p')
attempts=$(echo "$line" | sed -n 's/.* after \([0-9]*\) attempts.*/\1/p')
[ "$total" = "$initial" ] || fail "the census saw an inconsistent bank: $line (expected total $initial)"
[ "$still_running" -gt 0 ] || echo "note: the transfers had ended before the census finished"
if [ "$mode" = fair ] && [ "$attempts" -gt 4 ]; then
  fail "the census needed $attempts attempts despite the fairness policy"
fi
echo "census ($mode): $attempts attempts, total $total kept; transfers still running at its end on $still_running stations"
