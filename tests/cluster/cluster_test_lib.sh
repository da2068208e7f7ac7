# Shared by the cluster test scripts (sourced, not run): a scratch folder removed at exit with
# the creating station stopped, a failure report that shows every station's output, and
# starting the creating station.

tmp=$(mktemp -d)
creator=""
# stop_creator: stops the creating station, if one runs (its --stats line goes to creator.err).
stop_creator() {
  if [ -n "$creator" ]; then kill "$creator" 2>/dev/null; wait "$creator" 2>/dev/null; fi
  creator=""
}
cleanup() {
  stop_creator
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$tmp"/*.out "$tmp"/*.err; do echo "--- $f"; cat "$f"; done; exit 1; }

# start_creator PLURIX FILE...: starts `plurix station --create` on the files with the key
# $tmp/cluster.key; sets creator (its pid) and address (where it serves) once it serves.
start_creator() {
  local plurix=$1
  shift
  "$plurix" station --create --key "$tmp/cluster.key" --stats "$@" >"$tmp/creator.out" 2>"$tmp/creator.err" &
  creator=$!
  address=""
  for _ in $(seq 100); do
    address=$(sed -n 's/^station 0 serves the heap at \([^ ]*\) .*/\1/p' "$tmp/creator.out")
    [ -n "$address" ] && return 0
    kill -0 "$creator" 2>/dev/null || fail "the creating station ended early"
    sleep 0.1
  done
  fail "the creating station never started serving"
}

# start_worker PLURIX NAME MAIN [ARG...]: joins a station that runs MAIN's main with the ARGs,
# in the background, output in $tmp/NAME.out and .err; wait_workers waits for all and fails on
# the first that failed.
workers=()
start_worker() {
  local plurix=$1 name=$2 main=$3
  shift 3
  timeout 300 "$plurix" station --join "$address" --key "$tmp/cluster.key" --main "$main" --stats -- "$@" \
    >"$tmp/$name.out" 2>"$tmp/$name.err" &
  workers+=($!)
}
# start_shares PLURIX MAIN STATIONS: starts STATIONS workers running MAIN with the arguments
# SHARE STATIONS, SHARE from 0, named worker0, worker1, ...
start_shares() {
  local share
  for ((share = 0; share < $3; share++)); do
    start_worker "$1" "worker$share" "$2" "$share" "$3"
  done
}
wait_workers() {
  for i in "${!workers[@]}"; do
    wait "${workers[$i]}" || fail "worker $((i + 1)) failed (status $?)"
  done
}

# run_main_station PLURIX NAME MAIN: joins a station that runs MAIN's main to its end, output in
# $tmp/NAME.out and .err; fails if it fails.
run_main_station() {
  timeout 60 "$1" station --join "$address" --key "$tmp/cluster.key" --main "$3" >"$tmp/$2.out" 2>"$tmp/$2.err" \
    || fail "the $2 station failed"
}
