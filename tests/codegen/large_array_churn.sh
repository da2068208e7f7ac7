#!/usr/bin/env bash
# A main allocating 64 MiB in 1 MiB arrays, one live at a time, must reuse the pages of the
# arrays it dropped: the transaction may write at most MAX_PAGES pages (the 64 MiB would be
# 16,384; collecting every 4 MiB keeps it near 1,600). Usage: large_array_churn.sh PLURIX PROGRAM MAX_PAGES
set -u
plurix=$1
program=$2
max_pages=$3
output=$("$plurix" run --stats "$program" 2>&1) || { echo "large_array_churn.sh: plurix run failed:"; echo "$output"; exit 1; }
grep -qx 'sum 4196256 last 563' <<<"$output" || { echo "large_array_churn.sh: wrong result:"; echo "$output"; exit 1; }
written=$(sed -n 's/.*pages read [0-9]*, written \([0-9]*\);.*/\1/p' <<<"$output" | head -n1)
[[ -n "$written" ]] || { echo "large_array_churn.sh: no page counts in --stats:"; echo "$output"; exit 1; }
echo "pages written by the transaction: $written (at most $max_pages)"
(( written <= max_pages )) || { echo "large_array_churn.sh: the dropped arrays' pages were not reused"; exit 1; }
