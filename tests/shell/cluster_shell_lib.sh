# shellcheck shell=bash
# Shared by the tests that run plurix shell joined to a cluster of `plurix cluster up` (sourced
# after tests/cluster/cluster_up_lib.sh, which gives $tmp, $dir and fail).

# in_shell NAME: runs a shell joined to the cluster on standard input, output in $tmp/NAME.out;
# fails if it fails.
in_shell() {
  timeout 30 "$plurix" shell --dir "$dir" --history "$tmp/history" >"$tmp/$1.out" 2>&1 \
    || fail "the shell $1 ended with status $?"
}

# expect_output NAME: fails unless $tmp/NAME.out is, line by line, the glob patterns on standard
# input (an object's default text, Class@hash, differs from run to run).
expect_output() {
  local line=0 pattern actual
  while IFS= read -r pattern; do
    line=$((line + 1))
    actual=$(sed -n "${line}p" "$tmp/$1.out")
    # shellcheck disable=SC2053  # the expected line is a glob pattern
    [[ $actual == $pattern ]] || fail "line $line of the shell $1: '$actual', expected '$pattern'"
  done
  [ "$(wc -l <"$tmp/$1.out")" -eq "$line" ] || fail "the shell $1 printed more than the $line lines expected"
}

# wait_for_output NAME TEXT: waits up to 20 s until $tmp/NAME.out has a line TEXT.
wait_for_output() {
  for _ in $(seq 200); do
    grep -qxF -- "$2" "$tmp/$1.out" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "the shell $1 never printed '$2'"
}
