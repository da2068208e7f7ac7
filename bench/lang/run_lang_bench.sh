#!/usr/bin/env bash
# Runs the language benchmarks: each program in C++ (g++ -O2), on HotSpot
# (javac + java) and on Plurix (`PLURIX_BINARY run`), checks that the three
# print the same standard output byte for byte, and prints a Markdown table of
# the fastest repetition of each. Usage:
#
#   bench/lang/run_lang_bench.sh [PLURIX_BINARY]
#
# Without PLURIX_BINARY, or when it is missing or fails on a program, the
# Plurix column says n/a. LANG_BENCH_REPETITIONS (default 10) sets how many
# times each program runs its kernel in one process; the minimum is the steady
# state (HotSpot's first repetitions include its JIT warm-up). LANG_BENCH_ROUNDS
# (default 1) runs the three implementations of each benchmark that many times
# in turn and keeps the fastest round of each: on a shared, noisy machine a slow
# spell then falls on all three instead of one.
# LANG_BENCH_QUICK=1 uses small sizes and one repetition: a check in seconds
# that the three implementations agree, not a measurement.
# Exit status: 0, or 1 if any output differs or a C++ or Java run fails.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
plurix=${1:-}
quick=${LANG_BENCH_QUICK:-0}
if [[ "$quick" == 1 ]]; then
  repetitions=${LANG_BENCH_REPETITIONS:-1}
else
  repetitions=${LANG_BENCH_REPETITIONS:-10}
fi
rounds=${LANG_BENCH_ROUNDS:-1}
run_timeout=600  # seconds for one process; a hang counts as a failure

# name | size | quick size | Java main class | Java sources besides the harness (relative to
# the repository) | C++ source. Sizes are chosen so that one C++ repetition
# takes 0.2-1 s on the project machine (docs/BENCHMARKS.md).
benchmarks=(
  "nbody|5000000|1000|NBody|bench/lang/nbody/NBody.java|bench/lang/nbody/nbody.cpp"
  "spectralnorm|3000|100|SpectralNorm|bench/lang/spectralnorm/SpectralNorm.java|bench/lang/spectralnorm/spectralnorm.cpp"
  "fannkuch-redux|10|7|FannkuchRedux|bench/lang/fannkuchredux/FannkuchRedux.java|bench/lang/fannkuchredux/fannkuchredux.cpp"
  "binarytrees|16|10|BinaryTrees|bench/lang/binarytrees/BinaryTrees.java|bench/lang/binarytrees/binarytrees.cpp"
  "raytracer|512|64|RayTracerBench|bench/lang/raytracer/RayTracerBench.java samples/raytracer/*.java|bench/lang/raytracer/raytracer.cpp"
  "sor|1400|64|SorBench|bench/lang/sor/SorBench.java samples/sor/*.java|bench/lang/sor/sor.cpp"
)

fail() {
  echo "run_lang_bench: $*" >&2
  exit 1
}

for tool in g++ javac java; do
  command -v "$tool" > /dev/null || fail "$tool not found; run scripts/setup.sh first"
done
[[ "$repetitions" =~ ^[1-9][0-9]*$ ]] || fail "LANG_BENCH_REPETITIONS must be a positive integer, not '$repetitions'"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || fail "LANG_BENCH_ROUNDS must be a positive integer, not '$rounds'"

plurix_note=""
if [[ -z "$plurix" ]]; then
  plurix_note="no Plurix binary given"
elif [[ ! -x "$plurix" ]]; then
  plurix_note="Plurix binary $plurix is missing or not executable"
  plurix=""
fi

work=$(mktemp -d -t lang_bench.XXXXXX) || fail "cannot create a temporary directory"
trap 'rm -rf "$work"' EXIT

# The Java sources of one benchmark, the shared harness first, as absolute paths.
java_sources() {
  local files=("$here/harness/LangBench.java") pattern
  for pattern in $1; do
    files+=("$root"/$pattern)
  done
  printf '%s\n' "${files[@]}"
}

# Runs one program; stdout goes to $2.out, stderr to $2.err. Prints the fastest
# repetition's milliseconds, or nothing if the program failed.
timed_run() {
  local out=$1
  shift
  if ! timeout "$run_timeout" "$@" > "$out.out" 2> "$out.err"; then
    return 1
  fi
  grep -m1 '^time-ms ' "$out.err" | cut -d' ' -f2
}

# The smaller of two millisecond figures; the second alone when the first is empty.
fastest() {
  if [[ -z "$1" ]]; then
    echo "$2"
  else
    awk -v a="$1" -v b="$2" 'BEGIN { print (b < a) ? b : a }'
  fi
}

ratio() {
  if [[ -z "$1" || -z "$2" ]]; then
    echo "n/a"
  else
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
  fi
}

cpu=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "Machine: ${cpu:-unknown CPU}, $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Compilers: $(g++ --version | head -n1); $(java -version 2>&1 | head -n1)"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); repetitions per process: $repetitions; rounds: $rounds"
if commit=$(git -C "$root" rev-parse --short HEAD 2> /dev/null); then
  echo "Commit: $commit"
fi
echo

status=0
plurix_failed=""
notes=()
rows=()
for entry in "${benchmarks[@]}"; do
  IFS='|' read -r name size quick_size main java_files cpp_file <<< "$entry"
  [[ "$quick" != 1 ]] || size=$quick_size
  dir="$work/$name"
  mkdir -p "$dir/classes"
  mapfile -t sources < <(java_sources "$java_files")

  cpp_ms="" java_ms="" plurix_ms="" mark=""
  have_cpp=0 have_java=0
  if g++ -O2 -std=c++17 -ffp-contract=off -I"$here/harness" -o "$dir/cpp" "$root/$cpp_file" 2> "$dir/gcc.err"; then
    have_cpp=1
  else
    notes+=("$name: g++ failed: $(head -n1 "$dir/gcc.err")")
  fi
  if javac -d "$dir/classes" "${sources[@]}" 2> "$dir/javac.err"; then
    have_java=1
  else
    notes+=("$name: javac failed: $(head -n1 "$dir/javac.err")")
  fi
  # The three take turns, round after round, so that a slow spell of the machine falls on
  # all of them; each keeps its fastest round.
  for ((round = 1; round <= rounds; round++)); do
    if [[ "$have_cpp" == 1 ]]; then
      if ms=$(timed_run "$dir/cpp" "$dir/cpp" "$size" "$repetitions") && [[ -n "$ms" ]]; then
        cpp_ms=$(fastest "$cpp_ms" "$ms")
      else
        have_cpp=0 cpp_ms=""
        notes+=("$name: the C++ program failed: $(head -n1 "$dir/cpp.err")")
      fi
    fi
    if [[ "$have_java" == 1 ]]; then
      if ms=$(timed_run "$dir/java" java -cp "$dir/classes" "$main" "$size" "$repetitions") && [[ -n "$ms" ]]; then
        java_ms=$(fastest "$java_ms" "$ms")
      else
        have_java=0 java_ms=""
        notes+=("$name: java failed: $(head -n1 "$dir/java.err")")
      fi
    fi
    if [[ -n "$plurix" && "$plurix_failed" != "$name" ]]; then
      if ms=$(timed_run "$dir/plurix" "$plurix" run "${sources[@]}" -- "$size" "$repetitions") && [[ -n "$ms" ]]; then
        plurix_ms=$(fastest "$plurix_ms" "$ms")
        if [[ -n "$cpp_ms" ]] && ! cmp -s "$dir/cpp.out" "$dir/plurix.out"; then
          mark=" MISMATCH"
          notes+=("$name: MISMATCH between Plurix and C++ output")
          status=1
        fi
      else
        plurix_failed=$name plurix_ms=""
        notes+=("$name: plurix run failed: $(head -n1 "$dir/plurix.err")")
      fi
    fi
  done
  [[ -n "$cpp_ms" && -n "$java_ms" ]] || status=1
  if [[ -n "$cpp_ms" && -n "$java_ms" ]] && ! cmp -s "$dir/cpp.out" "$dir/java.out"; then
    mark=" MISMATCH"
    notes+=("$name: MISMATCH between C++ and HotSpot output")
    status=1
  fi
  rows+=("| $name$mark | $size | ${plurix_ms:-n/a} | ${cpp_ms:-n/a} | ${java_ms:-n/a} | $(ratio "$plurix_ms" "$cpp_ms") | $(ratio "$plurix_ms" "$java_ms") |")
done

echo "| benchmark | size | plurix ms | g++ -O2 ms | HotSpot ms | plurix/g++ | plurix/HotSpot |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -z "$plurix_note" ]] || echo "Plurix: n/a ($plurix_note)."
for note in "${notes[@]}"; do
  echo "- $note"
done
exit "$status"
