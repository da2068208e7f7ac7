#!/usr/bin/env bash
# Objects built by inlined callees that may throw become scalars: in the optimised IR that
# `plurix run --emit-optimized-llvm` prints, the named methods of PROGRAM keep no stack object
# (no alloca) although each inlines a `new` whose callee returns null on its throwing path.
# Also checks that the option prints the program's module and does not run it.
# Usage: scalars_across_throws.sh PLURIX PROGRAM.java CLASS METHOD...
set -u
plurix=$1
program=$2
class=$3
shift 3
fail() { echo "scalars_across_throws.sh: $*" >&2; exit 1; }
ir=$("$plurix" run --emit-optimized-llvm "$program") || fail "plurix run --emit-optimized-llvm failed"
[[ "$ir" == *"; ModuleID = 'plurix.program'"* ]] || fail "no program module in the output"
[[ "$ir" != *"null point refused"* ]] || fail "the program ran"
for method in "$@"; do
  body=$(awk -v name="@\"$class.$method(" 'index($0, "define ") == 1 && index($0, name) { on = 1 } on { print } on && /^}/ { exit }' <<< "$ir")
  [[ -n "$body" ]] || fail "$class.$method is not in the optimised IR"
  allocas=$(grep -c ' = alloca ' <<< "$body")
  [[ "$allocas" == 0 ]] || fail "$class.$method keeps $allocas stack objects:"$'\n'"$body"
  echo "$class.$method: no stack object"
done
