#!/bin/bash
# plurix shell through a real pseudo-terminal: plays terminal.pty with pty_driver.
#   terminal.sh PLURIX PTY_DRIVER
# Ctrl-C must reach the shell while the input runs, not while it is still being compiled, and a
# running transaction shows nothing until it ends. So the shell runs under this script again
# (--mark-running), which writes "[running]" on the terminal a second after the shell's history
# file first holds an input with "while": the pty script waits for that mark before Ctrl-C.
set -u
if [ "${1:-}" = --mark-running ]; then
  history=$2
  shift 3  # --mark-running HISTORY --
  (
    for _ in $(seq 300); do
      if grep -q while "$history" 2>/dev/null; then
        sleep 1
        printf '[running]'
        exit 0
      fi
      sleep 0.1
    done
  ) &
  exec "$@"
fi

plurix=$1
pty_driver=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! timeout 50 "$pty_driver" "$here/terminal.pty" -- \
    "$here/terminal.sh" --mark-running "$tmp/history" -- "$plurix" shell --history "$tmp/history"; then
  echo "FAIL: the terminal session did not go as terminal.pty expects (the failed step is above)"
  exit 1
fi
echo "the terminal session went as terminal.pty expects"
