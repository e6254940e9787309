#!/bin/sh
# bench/hostile.sh: time and peak memory of `kanbao --dump` on each hostile
# page of tests/hostile_inputs.py (each up to 16 MiB), beside the time of
# bare libxml2 parsing of the same page (xmllint --html), so the figures
# read as ratios on any machine.  Usage: bench/hostile.sh [KANBAO]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
kanbao=${1:-$top/src/kanbao}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$top/tests/hostile_inputs.py" "$tmp"
printf '%-22s %9s %10s %12s\n' case kanbao_s peak_MiB xmllint_s
for f in "$tmp"/*.html; do
  /usr/bin/time -o "$tmp/t" -f '%e %M' "$kanbao" --dump "$f" > /dev/null 2>&1 || true
  k=$(tail -1 "$tmp/t")
  x=-
  if command -v xmllint > /dev/null; then
    /usr/bin/time -o "$tmp/t" -f '%e' timeout 60 xmllint --html --noout --nowarning "$f" > /dev/null 2>&1 || true
    x=$(tail -1 "$tmp/t")
  fi
  set -- $k
  printf '%-22s %9s %10d %12s\n' "$(basename "$f" .html)" "$1" $(( $2 / 1024 )) "$x"
done
