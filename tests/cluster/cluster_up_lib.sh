# Shared by the scripts that start a whole cluster with `plurix cluster up` (sourced, not run):
# a scratch folder and cluster folder $dir stopped and removed at exit, a failure report with
# every station's log, joining the running cluster, and waiting for the bank's status.
# Requires $plurix set before sourcing.

tmp=$(mktemp -d)
dir="$tmp/cluster"
cleanup() { "$plurix" cluster down --dir "$dir" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$dir"/*.log "$tmp"/*.out; do [ -f "$f" ] && { echo "--- $f"; cat "$f"; }; done; exit 1; }

# join ARGS...: a station joined to the cluster in $dir, with ARGS (--main CLASS -- ...).
join() { "$plurix" station --join "$(cat "$dir/address")" --key "$dir/cluster.key" "$@"; }

# wait_for_bank EXPECTED: polls BankStatus until it prints EXPECTED (up to a minute).
wait_for_bank() {
  local status=""
  for _ in $(seq 120); do
    status=$(join --main BankStatus 2>/dev/null)
    [ "$status" = "$1" ] && return 0
    sleep 0.5
  done
  fail "the work did not finish with the total kept: '$status', expected '$1'"
}
