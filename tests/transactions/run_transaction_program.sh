#!/usr/bin/env bash
# One transactions test: runs a dialect program (Name.java, or a folder
# Name/ of .java files) under `plurix run` twice, once as it is and once
# with --inject-aborts, and compares each run with the files beside it:
#   Name.expected      standard output, byte for byte (required)
#   Name.status        exit status (required)
#   Name.expected_err  standard error (optional), compared after every
#                      address 0x<hex> is replaced by 0x… (fault addresses
#                      and program counters change from run to run)
# Injected aborts must change nothing a program prints: a correct runtime
# reruns every aborted attempt and shows only committed steps' output.
# Every source file must start with `// plurix: extension`: the programs use
# package plurix, which java cannot run.
# Usage: run_transaction_program.sh PLURIX_BINARY PROGRAM [SEED]
#   SEED defaults to a number derived from the program's name.
# Exit status: 0 pass, 1 mismatch, 2 bad usage or missing files.
set -u
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: run_transaction_program.sh PLURIX_BINARY PROGRAM [SEED]" >&2
  exit 2
fi
plurix=$1
program=${2%/}
limit=${PLURIX_TRANSACTIONS_TIMEOUT:-60}

if [ ! -x "$plurix" ]; then
  echo "run_transaction_program.sh: not an executable: $plurix" >&2
  exit 2
fi
if [ -d "$program" ]; then
  base=$(cd "$program" && pwd)
  sources=("$base"/*.java)
elif [ -f "$program" ] && [ "${program%.java}" != "$program" ]; then
  base=$(cd "$(dirname "$program")" && pwd)/$(basename "$program" .java)
  sources=("$base.java")
else
  echo "run_transaction_program.sh: not a .java file or a folder: $program" >&2
  exit 2
fi
name=$(basename "$base")
seed=${3:-$(( $(printf '%s' "$name" | cksum | cut -d' ' -f1) % 1000000 ))}
for f in "$base.expected" "$base.status"; do
  if [ ! -f "$f" ]; then
    echo "run_transaction_program.sh: missing $f" >&2
    exit 2
  fi
done
for f in "${sources[@]}"; do
  if [ "$(head -n 1 "$f")" != "// plurix: extension" ]; then
    echo "FAIL: $f does not start with '// plurix: extension'"
    exit 1
  fi
done
expected_status=$(tr -d ' \r\n' <"$base.status")
expected_err=""
[ -f "$base.expected_err" ] && expected_err="$base.expected_err"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Addresses differ between runs; the statistics --stats adds (lines
# `plurix run: ...`) differ too. An error of plurix itself would change the
# exit status as well, so dropping those lines hides no failure.
normalize_err() {
  sed -e 's/0x[0-9a-f]\+/0x…/g' "$1" | grep -v '^plurix run: '
}

describe() {
  case "$1" in
    124) echo "124 (timed out after ${limit}s)" ;;
    13[0-9]|14[0-9]|15[0-9]) echo "$1 (killed by signal $(($1 - 128)))" ;;
    *) echo "$1" ;;
  esac
}

# check WHO: compares run WHO's files in $tmp with the expected ones.
check() {
  local who=$1 ok=0 status
  status=$(cat "$tmp/$who.status")
  if [ "$status" != "$expected_status" ]; then
    echo "FAIL: $name ($who): exit status expected $expected_status, actual $(describe "$status")"
    ok=1
  fi
  if ! cmp -s "$base.expected" "$tmp/$who.out"; then
    echo "FAIL: $name ($who): stdout differs (diff -u expected actual, first 40 lines):"
    diff -u --label "$name.expected" --label "$name ($who)" "$base.expected" "$tmp/$who.out" | head -n 40
    ok=1
  fi
  if [ -n "$expected_err" ]; then
    normalize_err "$tmp/$who.err" >"$tmp/$who.err.normal"
    if ! cmp -s "$expected_err" "$tmp/$who.err.normal"; then
      echo "FAIL: $name ($who): stderr differs (diff -u expected actual, first 40 lines):"
      diff -u --label "$name.expected_err" --label "$name ($who)" "$expected_err" "$tmp/$who.err.normal" |
        head -n 40
      ok=1
    fi
  elif [ "$ok" -ne 0 ] && [ -s "$tmp/$who.err" ]; then
    echo "stderr (first 20 lines):"
    head -n 20 "$tmp/$who.err"
  fi
  return $ok
}

# run WHO OPTIONS...: runs the program from an empty folder, no stdin.
run() {
  local who=$1
  shift
  mkdir "$tmp/$who.cwd"
  (cd "$tmp/$who.cwd" && timeout -k 5 "$limit" "$plurix" run "$@" "${sources[@]}" \
     </dev/null >"$tmp/$who.out" 2>"$tmp/$who.err")
  echo $? >"$tmp/$who.status"
}

result=0
run plain
check plain || result=1
run injected --stats --inject-aborts "$seed"
check injected || result=1
injected=$(sed -n 's/^plurix run: \([0-9]\+\) aborts injected$/\1/p' "$tmp/injected.err")
if [ -z "$injected" ]; then
  # System.exit ends the process before plurix prints its statistics.
  echo "note: $name: the number of injected aborts was not reported (seed $seed)"
elif [ "$injected" -eq 0 ]; then
  echo "FAIL: $name: --inject-aborts $seed injected no abort"
  result=1
else
  echo "note: $name: $injected aborts injected (seed $seed)"
fi
if [ "$result" -eq 0 ]; then
  echo "PASS: $name"
fi
exit $result
