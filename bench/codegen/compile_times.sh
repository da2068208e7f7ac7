#!/usr/bin/env bash
# Compile times of `plurix run`: the standard library (quick, as plurix run compiles it, and
# optimised), each sample (optimised, as plurix run compiles programs), and a one-line method
# at the quick level the shell uses. Each row is the best of N runs of `plurix run --stats`,
# which reports the library's and the program's module apart; the program runs too, but its
# run time is not counted. Usage: compile_times.sh PLURIX_BINARY [RUNS]
set -euo pipefail
plurix=${1:?usage: compile_times.sh PLURIX_BINARY [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
[[ -x "$plurix" ]] || { echo "compile_times.sh: not an executable: $plurix" >&2; exit 2; }

# best_of PART ARGS...: the smallest emit+optimize+codegen of PART (library|program) over the runs.
best_of() {
  local part=$1
  shift
  local best=""
  for ((i = 0; i < runs; i++)); do
    local line
    line=$("$plurix" run --stats "$@" 2>&1 >/dev/null | grep "plurix run: $part:" || true)
    [[ -n "$line" ]] || { echo "n/a"; return; }
    local total
    total=$(echo "$line" | awk '{for (i = 1; i <= NF; i++) { if ($i == "emit" || $i == "optimize" || $i == "codegen") s += $(i + 1) } } END { printf "%.1f", s }')
    if [[ -z "$best" ]] || awk -v a="$total" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$total; fi
  done
  echo "$best"
}

echo "# Compile times, $(date -u +%Y-%m-%d), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| unit | level | ms (emit + optimize + codegen, best of $runs) |"
echo "|---|---|---:|"
echo "| standard library | quick (plurix run's default) | $(best_of library "$root/samples/hello/Hello.java") |"
echo "| standard library | optimised (--optimize-library) | $(best_of library --optimize-library "$root/samples/hello/Hello.java") |"
for sample in hello bank sor raytracer; do
  echo "| samples/$sample | optimised | $(best_of program "$root"/samples/$sample/*.java) |"
done
echo "| one-line method (bench/codegen/OneLine.java) | quick | $(best_of program --quick "$root/bench/codegen/OneLine.java") |"
echo "| one-line method (bench/codegen/OneLine.java) | optimised | $(best_of program "$root/bench/codegen/OneLine.java") |"
