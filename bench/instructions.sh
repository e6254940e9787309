#!/bin/sh
# bench/instructions.sh BENCH PAGE...: the extraction/parse ratio counted
# in instructions (valgrind's callgrind), which, unlike wall time, does not
# move with the machine's load: the same binary and pages give the same
# figures.  BENCH is bench/bench_extract.
set -eu
bench=$1; shift
command -v valgrind > /dev/null || { echo "instructions: no valgrind; skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() {
  fn=$1; shift
  BENCH_ROUNDS=1 valgrind -q --tool=callgrind --toggle-collect="$fn" \
    --callgrind-out-file="$tmp/out" "$bench" "$@" > /dev/null 2>&1 || true
  callgrind_annotate "$tmp/out" 2>/dev/null | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,
}
parse=$(count bench_parse "$@")
extract=$(count bench_extract "$@")
# bench_parse runs twice (a warm-up round, then the measured one)
awk -v p="$parse" -v e="$extract" 'BEGIN {
  p = p / 2
  printf "instructions: parse %.0f M, extract %.0f M, ratio %.2f (extraction adds %.0f%%)\n",
    p / 1e6, e / 1e6, e / p, (e / p - 1) * 100 }'
