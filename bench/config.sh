#!/bin/sh
# bench/config.sh: the cost of a big config.  Times `kanbao --dump` of one
# page with 0, 2,000, 20,000 and 200,000 site rules (one host each, the
# page's host last) and with 16,000 bad lines, and prints the time per
# rule above the empty config's: flat when reading rules is linear (as it
# is now, each host found in a hash index), growing a hundredfold from
# 2,000 to 200,000 when it was quadratic (a list searched per rule: 50 s
# for 200,000 before).  Usage: bench/config.sh [KANBAO]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
kanbao=${1:-$top/src/kanbao}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
page=$top/tests/site/a1.html

# rules N: a config of N site rules, host h1 ... hN; hN's picks the page's h1
rules() {
	awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
		printf "site h%d.example.test title //h1\n", i }' > "$tmp/config"
}
# secs N: seconds of one dump with $tmp/config, the rule of host hN on
secs() {
	t0=$(date +%s%N)
	"$kanbao" --dump --config="$tmp/config" \
	    --base-url="http://www.h$1.example.test/a1.html" "$page" > /dev/null 2>&1
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

rules 0
base=$(secs 0)
printf '%-22s %8s %14s\n' config seconds us_per_line
printf '%-22s %8s %14s\n' "empty" "$base" -
for n in 2000 20000 200000; do
	rules $n
	s=$(secs $n)
	printf '%-22s %8s %14s\n' "$n rules" "$s" \
	    "$(awk -v s="$s" -v b="$base" -v n=$n 'BEGIN { printf "%.2f", (s - b) * 1e6 / n }')"
done
awk 'BEGIN { for (i = 1; i <= 16000; i++) print "bogus line " i }' > "$tmp/config"
s=$(secs 0)
printf '%-22s %8s %14s\n' "16000 bad lines" "$s" \
    "$(awk -v s="$s" -v b="$base" 'BEGIN { printf "%.2f", (s - b) * 1e6 / 16000 }')"
