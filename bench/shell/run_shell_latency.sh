#!/bin/bash
# The shell's figures for docs/BENCHMARKS.md ("Shell"): a one-line statement and a one-line
# expression on the embedded heap, from Enter to the result on the terminal, median of N inputs,
# with plurix shell --timing's breakdown; then the same inputs in jshell when it is installed.
#   run_shell_latency.sh SHELL_LATENCY PLURIX [N]
set -eu
latency=$1
plurix=$2
repeat=${3:-51}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
statement='counter = %d; System.out.println("count " + counter);'
expression='%d + 0'

measure() {  # NAME PROMPT COMMAND...
  local name=$1 prompt=$2
  shift 2
  echo "== $name: statement: $statement"
  "$latency" --repeat "$repeat" --setup 'int counter = 0;' "$prompt" "$statement" 'count %d' -- "$@" | grep -E "^(median|--timing)"
  echo "== $name: expression: $expression"
  "$latency" --repeat "$repeat" "$prompt" "$expression" '==> %d' -- "$@" | grep -E "^(median|--timing)"
}

measure "plurix shell" 'plurix> ' "$plurix" shell --timing --history "$tmp/history"
if command -v jshell >/dev/null; then
  measure jshell 'jshell> ' jshell
fi
