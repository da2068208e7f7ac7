#!/bin/bash
# Two shells joined to one cluster of `plurix cluster up -n 3` (no program): what the first
# declares, a class and variables, the second uses by name while the first still runs, and the
# first then sees what the second declared. `$N` names are each shell's own.
#   two_shells.sh PLURIX
set -u
plurix=$1
source "$(dirname "$0")/../cluster/cluster_up_lib.sh"
source "$(dirname "$0")/cluster_shell_lib.sh"

timeout 30 "$plurix" cluster up -n 3 --dir "$dir" >"$tmp/up.out" 2>&1 || fail "plurix cluster up failed"

# The first shell reads from a pipe kept open until the end, so it stays joined meanwhile.
mkfifo "$tmp/first.in"
timeout 40 "$plurix" shell --dir "$dir" --history "$tmp/history" <"$tmp/first.in" >"$tmp/first.out" 2>&1 &
first=$!
exec 3>"$tmp/first.in"
cat >&3 <<'INPUT'
class Account {
    int balance;
    Account(int balance) { this.balance = balance; }
    int withInterest() { return balance + balance / 10; }
}
Account savings = new Account(200);
int x = 5;
"first " + x
INPUT
wait_for_output first '$1 ==> "first 5"'

in_shell second <<'INPUT'
savings.withInterest()
x * 3
new Account(50).withInterest()
int fromSecond = x + savings.balance;
INPUT
expect_output second <<'OUTPUT'
$1 ==> 220
$2 ==> 15
$3 ==> 55
fromSecond ==> 205
OUTPUT

# The first shell, idle meanwhile, must see the second's commit in its next input (a second
# lets the server's write set reach it).
sleep 1
cat >&3 <<'INPUT'
fromSecond + 1
INPUT
exec 3>&-
wait "$first" || fail "the first shell ended with status $?"
expect_output first <<'OUTPUT'
created class Account
savings ==> Account@*
x ==> 5
$1 ==> "first 5"
$2 ==> 206
OUTPUT
echo "the second shell used the first one's class and variables, and the first saw the second's"
