#!/usr/bin/env bash
# Code compiled by plurix submit on one station runs on another: a submit compiles Counter and
# runs its main on the submitting station; a second program, submitted without Counter.java and
# so compiled against the Counter in the heap, runs on worker station 2 (--on 2) and sees the
# same static counter; submitting Counter.java again compiles nothing and counts on.
# Usage: submit_shared_code.sh PLURIX
set -u
plurix=${1:?usage: submit_shared_code.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/programs/submit"
source "$here/cluster_up_lib.sh"

"$plurix" cluster up -n 3 --dir "$dir" >"$tmp/up.out" 2>&1 || fail "cluster up with no files failed"
submit() { timeout 30 "$plurix" submit --dir "$dir" "$@"; }

submit "$programs/Counter.java" >"$tmp/first.out" 2>&1 || fail "the first submit failed"
[ "$(cat "$tmp/first.out")" = "counter 1" ] || fail "the first submit printed '$(cat "$tmp/first.out")'"
submit --on 2 "$programs/CounterUser.java" >"$tmp/on2.out" 2>&1 || fail "the submit --on 2 failed"
[ "$(cat "$tmp/on2.out")" = "counter 2 on station 2" ] || fail "station 2 printed '$(cat "$tmp/on2.out")'"
submit --stats "$programs/Counter.java" >"$tmp/again.out" 2>"$tmp/again-stderr.out" || fail "submitting again failed"
[ "$(cat "$tmp/again.out")" = "counter 3" ] || fail "the counter did not count on: '$(cat "$tmp/again.out")'"
grep -q 'every file was there already' "$tmp/again-stderr.out" || fail "an identical file was compiled again"
echo "Counter compiled by one submit: counted 1 on its station, 2 on station 2, 3 on resubmitting it unchanged"
