#!/usr/bin/env bash
# The main job: installs what is missing, builds, then compiles every sample program into an
# embedded one-station heap and runs it with `plurix run`, comparing what it prints with the
# sample's expected output. The ray tracer's picture goes to build/raytracer.ppm.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/build.sh" >/dev/null
BUILD_DIR="${PLURIX_BUILD_DIR:-$ROOT/build}"
PLURIX="$BUILD_DIR/cli/plurix"
cd "$ROOT"
status=0
printf '%-18s %-8s %6s %6s  %s\n' sample result files lines seconds
# The distributed samples under samples/cluster/ run here on one station (their header comments
# say how to submit them to a cluster); each reuses the classes of a one-station sample.
reused_files() {
  case "$1" in
    cluster/bank) echo samples/bank/Account.java samples/bank/Transfer.java samples/cluster/Workers.java ;;
    cluster/raytracer) echo samples/cluster/Workers.java samples/raytracer/*.java ;;
  esac
}
for sample in $(ls -d samples/*/ | grep -v '^samples/cluster/$') samples/cluster/*/; do
  name="${sample#samples/}"
  name="${name%/}"
  mapfile -t files < <(find "$sample" -name '*.java' | sort)
  # shellcheck disable=SC2207 # the file names hold no spaces
  files+=($(reused_files "$name"))
  lines=$(cat "${files[@]}" | wc -l)
  output="$BUILD_DIR/demo-${name//\//-}.out"
  start=$(date +%s.%N)
  if "$PLURIX" run "${files[@]}" > "$output" 2> "$output.err" && cmp -s "$output" "$sample/expected_output.txt"; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  printf '%-18s %-8s %6d %6d  %.2f\n' "$name" "$result" "${#files[@]}" "$lines" "$seconds"
done
echo
echo "samples/hello prints:"
"$PLURIX" run samples/hello/Hello.java
"$PLURIX" run samples/raytracer/*.java -- ppm > "$BUILD_DIR/raytracer.ppm"
echo "the ray tracer's picture: $BUILD_DIR/raytracer.ppm ($(head -c 2 "$BUILD_DIR/raytracer.ppm") $(sed -n 2p "$BUILD_DIR/raytracer.ppm"))"
exit $status
