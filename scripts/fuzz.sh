#!/usr/bin/env bash
# Fuzzes the whole front end (parse + check) with libFuzzer under ASan/UBSan.
#   scripts/fuzz.sh [SECONDS] [TARGET]   (default 600 s, front_end_fuzzer;
#                                        parser_fuzzer fuzzes the parser alone)
# The seed corpus is every sample and test program; new inputs the fuzzer
# finds go to build-fuzz/corpus, crashes to build-fuzz/crash-*.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_TO_RUN="${1:-600}"
TARGET="${2:-front_end_fuzzer}"
case "$TARGET" in
  front_end_fuzzer|parser_fuzzer) ;;
  *) echo "fuzz.sh: unknown target '$TARGET' (front_end_fuzzer or parser_fuzzer)" >&2; exit 2 ;;
esac
"$ROOT/scripts/setup.sh"
BUILD="$ROOT/build-fuzz"
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  # The whole front end (and the ANTLR runtime's headers) is instrumented;
  # sanitizer flags go on every target so coverage reaches the parser.
  CC=clang-16 CXX=clang++-16 cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLURIX_FUZZ=ON -DPLURIX_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
fi
cmake --build "$BUILD" -j2 --target "$TARGET"
mkdir -p "$BUILD/corpus-$TARGET" "$BUILD/seeds"
# Seeds are named by their path, since several programs share a file name.
while IFS= read -r -d '' source; do
  relative="${source#"$ROOT"/}"
  cp "$source" "$BUILD/seeds/${relative//\//_}"
done < <(find "$ROOT/samples" "$ROOT/tests/programs" -name '*.java' -print0)
cd "$BUILD"
./tests/fuzz/"$TARGET" -max_total_time="$SECONDS_TO_RUN" -max_len=16384 -timeout=10 \
  -rss_limit_mb=4096 -print_final_stats=1 "corpus-$TARGET" seeds
