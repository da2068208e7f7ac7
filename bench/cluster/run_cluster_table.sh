#!/usr/bin/env bash
# The cluster table (docs/BENCHMARKS.md "Cluster table"), all stations on this host over loopback,
# using the cluster tests' harness (tests/cluster/cluster_test_lib.sh) and programs:
#  - boot: `station --create` until it prints that it serves: of the library alone (from the
#    boot image, and compiling it), and of samples/hello; join: a `station --join --main Hello`
#    from start to exit (its first transaction is Hello.main);
#  - commit latency and commits per second: STATIONS joined stations each run 8 Ticks
#    transactions of TICKS steps (bench/cluster/Ticks.java), which never conflict;
#  - speed-ups: the ray tracer (tests/cluster/programs/raytracer) and SOR (programs/sor) on 1, 2
#    and 4 joined stations, timed from starting the workers to the last one's exit; every run's
#    checksum is checked against `plurix run` of the sample.
# Prints best-of-REPETITIONS figures as Markdown tables, with each part's --stats counters.
# The paper measured images of 2048x1536 and more and SOR grids of 2048x2048 and more; SOR_SIZE
# and SOR_ITERATIONS choose the grid (the sample's own is 512 and 100).
# Usage: run_cluster_table.sh PLURIX [REPETITIONS=3] [RAYTRACER_SIZE=512] [TICKS=2000] [SOR_SIZE=512]
#        [SOR_ITERATIONS=100]
set -u
plurix=${1:?usage: run_cluster_table.sh PLURIX [REPETITIONS] [RAYTRACER_SIZE] [TICKS] [SOR_SIZE] [SOR_ITERATIONS]}
repetitions=${2:-3}
ray_size=${3:-512}
ticks=${4:-2000}
sor_size=${5:-512}
sor_iterations=${6:-100}
for number in "$repetitions" "$ray_size" "$ticks" "$sor_size" "$sor_iterations"; do
  [[ "$number" =~ ^[1-9][0-9]*$ ]] || { echo "run_cluster_table.sh: '$number' is not a positive number" >&2; exit 2; }
done
here=$(cd "$(dirname "$0")" && pwd)
tests="$here/../../tests/cluster"
samples="$here/../../samples"
source "$tests/cluster_test_lib.sh"

now_us() { local t=$EPOCHREALTIME; echo "${t/[.,]/}"; }
min() { awk '{ m = $1; for (i = 2; i <= NF; i++) if ($i < m) m = $i; print m }'; }
# stat_sum FIELD: the sum over the workers' --stats lines of the number before FIELD.
stat_sum() { cat "$tmp"/worker*.err | sed -n "s/.*[ ,;] *\([0-9.]*\) $1.*/\1/p" | awk '{ s += $1 } END { print s + 0 }'; }
fetch_us() { cat "$tmp"/worker*.err | sed -n 's/.* pages, \([0-9.]*\) us each.*/\1/p' | awk '{ s += $1; n++ } END { printf "%.0f", n ? s / n : 0 }'; }
# read_cpu: sets cpu_ms to the CPU time (user + system) of every process this shell has waited
# for so far; `times` must run in this shell, not in a command substitution's new process.
read_cpu() {
  times >"$tmp/times"
  cpu_ms=$(tail -n 1 "$tmp/times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] }
    printf "%d", t * 1000 }')
}
run_workers() {  # MAIN STATIONS: workers with SHARE STATIONS; prints their wall time in ms
  local start
  rm -f "$tmp"/worker*.out "$tmp"/worker*.err
  start=$(now_us)
  start_shares "$plurix" "$1" "$2"
  wait_workers
  workers=()
  echo $((($(now_us) - start) / 1000))
}

# boot_until_serving [OPTION...] [FILE...]: starts `station --create` with them; prints the ms
# until it says it serves; leaves it running as $creator with its address in $address.
boot_until_serving() {
  local start line
  start=$(now_us)
  coproc BOOT { exec "$plurix" station --create --key "$tmp/cluster.key" "$@" 2>/dev/null; }
  creator=$BOOT_PID
  address=""
  while [ -z "$address" ] && read -r line <&"${BOOT[0]}"; do
    address=$(sed -n 's/^station 0 serves the heap at \([^ ]*\) .*/\1/p' <<<"$line")
  done
  [ -n "$address" ] || fail "the creating station never served"
  local boot=$(($(now_us) - start))
  echo "$((boot / 1000)).$(printf %03d $((boot % 1000)))"
}
ms_since() { local t=$(($(now_us) - $1)); echo "$((t / 1000)).$(printf %03d $((t % 1000)))"; }

echo "| boot and join, best of $repetitions | ms | all runs |"
echo "|---|---:|---|"
declare -A runs=()
for ((r = 0; r < repetitions; r++)); do
  # Each boot runs in this shell (not a command substitution) so that its creator can be stopped.
  boot_until_serving >"$tmp/boot.ms"; runs[alone]+="$(cat "$tmp/boot.ms") "; stop_creator
  boot_until_serving --no-boot-image >"$tmp/boot.ms"; runs[compiled]+="$(cat "$tmp/boot.ms") "; stop_creator
  boot_until_serving "$samples/hello/Hello.java" >"$tmp/boot.ms"; runs[hello]+="$(cat "$tmp/boot.ms") "
  start=$(now_us)
  "$plurix" station --join "$address" --key "$tmp/cluster.key" --main Hello --stats >"$tmp/join.out" 2>"$tmp/join.err" \
    || fail "the joining station failed"
  runs[join]+="$(ms_since "$start") "
  [ "$(cat "$tmp/join.out")" = "Hello, Plurix!" ] || fail "the joined station did not run Hello"
  runs[joined]+="$(sed -n 's/.*joined as station [0-9]* in \([0-9.]*\) ms.*/\1/p' "$tmp/join.err") "
  stop_creator
done
echo "| boot: \`station --create\` (the library alone, from the boot image) until it serves | $(min <<<"${runs[alone]}") | ${runs[alone]}|"
echo "| the same compiling the library (\`--no-boot-image\`) | $(min <<<"${runs[compiled]}") | ${runs[compiled]}|"
echo "| boot with a program: \`station --create\` Hello (checked, compiled, run) until it serves | $(min <<<"${runs[hello]}") | ${runs[hello]}|"
echo "| join: \`station --join --main Hello\`, start to exit | $(min <<<"${runs[join]}") | ${runs[join]}|"
echo "| join as the joiner counts it (connect, geometry, adopt) | $(min <<<"${runs[joined]}") | ${runs[joined]}|"
echo

echo "| stations × 8 Ticks × $ticks steps | µs per step, each station | commits/s, cluster | commits | conflicts | pages fetched |"
echo "|---:|---:|---:|---:|---:|---:|"
for stations in 1 2 4; do
  best_step="" best_rate=""
  for ((r = 0; r < repetitions; r++)); do
    start_creator "$plurix" "$samples/hello/Hello.java" "$here/Ticks.java"
    rm -f "$tmp"/worker*
    for ((i = 0; i < stations; i++)); do start_worker "$plurix" "worker$i" Ticks 8 "$ticks"; done
    wait_workers
    workers=()
    stop_creator
    [ "$(cat "$tmp"/worker*.out | grep -c 'ticks done in')" = "$stations" ] \
      || fail "not every Ticks station finished"
    slowest=$(sed -n 's/.*ticks done in \([0-9]*\) us/\1/p' "$tmp"/worker*.out | sort -n | tail -n 1)
    step=$(awk -v t="$slowest" -v n="$((8 * ticks))" 'BEGIN { printf "%.1f", t / n }')
    rate=$(awk -v t="$slowest" -v c="$(stat_sum commits)" 'BEGIN { printf "%.0f", c / (t / 1e6) }')
    if [ -z "$best_step" ] || awk -v a="$step" -v b="$best_step" 'BEGIN { exit !(a < b) }'; then
      best_step=$step best_rate=$rate
      counters="$(stat_sum commits) | $(stat_sum conflicts) | $(stat_sum 'pages,')"
    fi
  done
  echo "| $stations | $best_step | $best_rate | $counters |"
done
echo

# speedup NAME MAIN JOB_ARGS EXPECTED FILES...: best worker wall time on 1, 2, 4 stations.
speedup() {
  local name=$1 main=$2 args=$3 expected=$4 one=""
  shift 4
  echo "| $name, best of $repetitions | stations | workers' wall ms | speed-up | its own ms | CPU ms, all processes | pages fetched | µs per fetch | commits | conflicts |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for stations in 1 2 4; do
    local best="" line=""
    for ((r = 0; r < repetitions; r++)); do
      read_cpu
      cpu=$cpu_ms
      # shellcheck disable=SC2086
      start_creator "$plurix" "$@" -- ${args//STATIONS/$stations}
      wall=$(run_workers "$main" "$stations")
      run_main_station "$plurix" checksum "${main/Worker/Checksum}"
      stop_creator
      read_cpu
      cpu=$((cpu_ms - cpu))
      [ "$(tail -n 1 "$tmp/checksum.out")" = "$expected" ] || fail "$name on $stations: $(cat "$tmp/checksum.out")"
      own=$(sed -n 's/.* done in \([0-9]*\) ms/\1/p' "$tmp"/worker*.out | sort -n | tail -n 1)
      if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then
        best=$wall
        line="${own:--} | $cpu | $(stat_sum 'pages,') | $(fetch_us) | $(stat_sum commits) | $(stat_sum conflicts)"
      fi
    done
    [ -n "$one" ] || one=$best
    echo "| | $stations | $best | $(awk -v a="$one" -v b="$best" 'BEGIN { printf "%.2f", a / b }') | $line |"
  done
  echo
}

ray_expected=$("$plurix" run "$samples"/raytracer/*.java -- "$ray_size" "$ray_size" | tail -n 1)
speedup "ray tracer ${ray_size}x$ray_size, 16-row bands" RayWorker "$ray_size $ray_size" "$ray_expected" \
  "$tests/programs/raytracer/RayJob.java" "$tests/programs/raytracer/RayWorker.java" \
  "$tests/programs/raytracer/RayChecksum.java" "$samples"/raytracer/*.java
sor_files=("$tests/programs/sor/SorJob.java" "$tests/programs/sor/SorWorker.java" "$tests/programs/sor/SorChecksum.java"
  "$samples/sor/Sor.java" "$samples/sor/Band.java")
sor_args="$sor_size $sor_size $sor_iterations 8"
sor_expected=$("$plurix" run "$samples"/sor/*.java -- $sor_args | tail -n 1)
speedup "SOR ${sor_size}x$sor_size, $sor_iterations iterations, 8 bands" SorWorker "STATIONS $sor_args" "$sor_expected" \
  "${sor_files[@]}"

# best_run LABEL COMMAND...: the best wall time of the command (compiling included), and the
# time the program reports itself if it does (" done in N ms" or " us").
best_run() {
  local label=$1 best="" own="" t start
  shift
  for ((r = 0; r < repetitions; r++)); do
    start=$(now_us)
    "$@" >"$tmp/run.out" || fail "$label failed"
    t=$((($(now_us) - start) / 1000))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then
      best=$t
      own=$(sed -n 's/.* done in \([0-9]* [mu]s\)$/\1/p' "$tmp/run.out")
    fi
  done
  echo "| $label | $best | ${own:--} |"
}
echo "| one station, \`plurix run\`, best of $repetitions | wall ms | its own time |"
echo "|---|---:|---:|"
best_run "samples/raytracer $ray_size $ray_size" "$plurix" run "$samples"/raytracer/*.java -- "$ray_size" "$ray_size"
best_run "samples/sor (main, one transaction)" "$plurix" run "$samples"/sor/*.java
best_run "SorSteps: SOR's cluster steps on one station" "$plurix" run "$here/SorSteps.java" "${sor_files[@]}"
best_run "SorSteps, --no-tracking" "$plurix" run --no-tracking "$here/SorSteps.java" "${sor_files[@]}"
best_run "Ticks 8 × $ticks steps" "$plurix" run "$here/Ticks.java" -- 8 "$ticks"
