#!/usr/bin/env bash
# plurix submit on bad input, into a running cluster of 2 stations: a compile error (file:line:col
# on standard error, status 1, nothing of the submit reaches the heap, and the corrected file then
# submits), a missing file (status 2), an address where no station listens and a wrong key
# (refused at once, status 1), --on a station that does not exist or that takes no work (status
# 1), main throwing (its stack trace, status 1), and a class clashing with one already in the
# heap (an error naming it).
# Usage: submit_errors.sh PLURIX
set -u
plurix=${1:?usage: submit_errors.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs/submit"
source "$here/cluster_up_lib.sh"

"$plurix" cluster up -n 2 --dir "$dir" >"$tmp/up.out" 2>&1 || fail "cluster up with no files failed"
# expect_status STATUS NAME ARGS...: plurix submit ARGS must end with STATUS; its standard output
# goes to $tmp/NAME.out, its standard error to $tmp/NAME-stderr.out.
expect_status() {
  local expected=$1 name=$2 status
  shift 2
  timeout 30 "$plurix" submit "$@" >"$tmp/$name.out" 2>"$tmp/$name-stderr.out"
  status=$?
  [ "$status" = "$expected" ] || fail "$name: status $status, expected $expected"
}
expect_stderr() { grep -q -- "$2" "$tmp/$1-stderr.out" || fail "$1: no '$2' on standard error"; }

expect_status 1 broken --dir "$dir" "$programs/Helper.java" "$programs/Broken.java"
expect_stderr broken "Broken.java:4:17: error: incompatible types"
# Helper compiled fine, but nothing of a submit that failed may reach the heap.
expect_status 1 uses-helper --dir "$dir" "$programs/UsesHelper.java"
expect_stderr uses-helper "UsesHelper.java:4:40: error: cannot find symbol"
expect_status 0 fixed --dir "$dir" "$programs/Helper.java" "$programs/fixed/Broken.java"
[ "$(cat "$tmp/fixed.out")" = "broken 3 6" ] || fail "the corrected program printed '$(cat "$tmp/fixed.out")'"

expect_status 2 missing --dir "$dir" "$programs/Missing.java"
expect_stderr missing "cannot read .*Missing.java"

start=$(date +%s)
expect_status 1 no-station --join 127.0.0.1:1 --key "$dir/cluster.key" "$programs/Counter.java"
expect_stderr no-station "cannot join 127.0.0.1:1: .*Connection refused"
[ $(($(date +%s) - start)) -le 5 ] || fail "a wrong address took over 5 s to report"
head -c 32 /dev/urandom >"$tmp/wrong.key"
chmod 600 "$tmp/wrong.key"
expect_status 1 wrong-key --join "$(cat "$dir/address")" --key "$tmp/wrong.key" "$programs/Counter.java"
expect_stderr wrong-key "does not match the cluster key"

expect_status 1 on-77 --dir "$dir" --on 77 "$programs/Counter.java"
expect_stderr on-77 "no station 77 that takes work"
expect_status 1 on-0 --dir "$dir" --on 0 "$programs/Counter.java"
expect_stderr on-0 "no station 0 that takes work"

expect_status 1 thrower --dir "$dir" "$programs/Thrower.java"
[ "$(cat "$tmp/thrower.out")" = "before the throw" ] || fail "main's output before the throw is missing"
expect_stderr thrower 'IllegalStateException: thrown on purpose'
expect_stderr thrower 'at Thrower.main(Thrower.java:12)'
# On a worker, what main printed there comes back on standard output, its trace included.
expect_status 1 thrower-on-1 --dir "$dir" --on 1 "$programs/Thrower.java"
grep -q 'at Thrower.fail(Thrower.java:5)' "$tmp/thrower-on-1.out" || fail "no stack trace from station 1"

# System.exit in a main run on a worker ends that main with its status; the worker stays.
expect_status 3 exits-on-1 --dir "$dir" --on 1 "$programs/Exits.java"
[ "$(cat "$tmp/exits-on-1.out")" = "leaving with 3" ] || fail "main's output before System.exit is missing"
expect_status 1 thrower-again-on-1 --dir "$dir" --on 1 "$programs/Thrower.java"

# Another class named as one in the heap is refused.
expect_status 0 counter --dir "$dir" "$programs/Counter.java"
expect_status 1 clash --dir "$dir" "$programs/clash/Counter.java"
expect_stderr clash "clash/Counter.java:2:14: error: duplicate class: Counter"
echo "plurix submit refused bad input with the right status and message, and left the heap as it was"
