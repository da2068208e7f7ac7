#!/usr/bin/env bash
# What the transaction machinery costs a real program: the ray tracer of samples/raytracer run
# (a) as the sample's main, one transaction, and (b) as one registered transaction per band of
# 16 rows (RayTracerSteps.java), each both with page tracking (plain `plurix run`) and without
# (`--no-tracking`). Prints the best wall time of REPETITIONS runs per mode, side by side; every
# run compiles the same program, so the differences are the machinery's.
# Usage: run_raytracer_steps.sh PLURIX [SIZE=512] [REPETITIONS=3]
set -euo pipefail
plurix=${1:?usage: run_raytracer_steps.sh PLURIX [SIZE] [REPETITIONS]}
size=${2:-512}
repetitions=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
samples="$here/../../samples/raytracer"
mapfile -t sample_files < <(ls "$samples"/*.java)

best() {  # best wall seconds of REPETITIONS runs of the command; checks every run's checksum
  local best_seconds="" expected
  expected=$("$plurix" run --no-tracking "${sample_files[@]}" -- "$size" "$size" | tail -n 1)
  for ((i = 0; i < repetitions; i++)); do
    local start end out
    start=$(date +%s.%N)
    out=$("$@" | tail -n 1)
    end=$(date +%s.%N)
    if [ "$out" != "$expected" ]; then
      echo "wrong checksum from: $* ($out, expected $expected)" >&2
      exit 1
    fi
    best_seconds=$(awk -v a="$start" -v b="$end" -v best="$best_seconds" \
      'BEGIN { t = b - a; if (best == "" || t < best) print t; else print best }')
  done
  echo "$best_seconds"
}

main_tracked=$(best "$plurix" run "${sample_files[@]}" -- "$size" "$size")
main_untracked=$(best "$plurix" run --no-tracking "${sample_files[@]}" -- "$size" "$size")
steps_tracked=$(best "$plurix" run "$here/RayTracerSteps.java" "${sample_files[@]}" -- "$size" "$size")
steps_untracked=$(best "$plurix" run --no-tracking "$here/RayTracerSteps.java" "${sample_files[@]}" -- "$size" "$size")
printf '| ray tracer %sx%s, best of %s | tracked s | untracked s | tracked/untracked |\n' "$size" "$size" "$repetitions"
printf '|---|---:|---:|---:|\n'
awk -v t="$main_tracked" -v u="$main_untracked" 'BEGIN { printf "| main as one transaction | %.3f | %.3f | %.3f |\n", t, u, t / u }'
awk -v t="$steps_tracked" -v u="$steps_untracked" -v n="$(( (size + 15) / 16 ))" \
  'BEGIN { printf "| %d band transactions + checksum | %.3f | %.3f | %.3f |\n", n, t, u, t / u }'
awk -v s="$steps_tracked" -v m="$main_untracked" 'BEGIN { printf "| bands tracked / plain main untracked | | | %.3f |\n", s / m }'
