#!/usr/bin/env bash
# The balancer: a cluster of 4 stations; another station piles 6 transfer transactions on worker
# station 1; the workers' balancers must move some of them to the idle workers 2 and 3, where they
# finish; the bank's total is kept. MODE=off starts the workers with --no-balance and only
# reports where the work finished (all on station 1).
# Usage: balance.sh PLURIX [on|off]
set -u
plurix=${1:?usage: balance.sh PLURIX [on|off]}
mode=${2:-on}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs"
source "$here/cluster_up_lib.sh"

flags=()
[ "$mode" = off ] && flags=(--no-balance)
"$plurix" cluster up -n 4 --dir "$dir" "${flags[@]}" "$programs/Bank.java" "$programs/Transfers.java" \
  "$programs/Pile.java" "$programs/BankStatus.java" "$programs/Audit.java" >/dev/null 2>&1 || fail "cluster up failed"
[ "$(join --main Pile -- 6 3000 2>/dev/null)" = "piled 6 on station 1" ] || fail "piling the work failed"
wait_for_bank "finished 6, total 64000000"
"$plurix" cluster down --dir "$dir" >/dev/null  # flushes every station's log
spread=()
for k in 1 2 3; do spread+=("$(grep -c 'transfers done' "$dir/station-$k.log")"); done
if [ "$mode" = on ]; then
  [ "${spread[0]}" -lt 6 ] || fail "nothing moved off station 1"
  [ $((spread[1] + spread[2])) -gt 0 ] || fail "the idle stations got nothing"
fi
echo "balancer $mode: transactions finished on stations 1/2/3: ${spread[0]}/${spread[1]}/${spread[2]}; total kept"
