#!/bin/sh
# oom: memory that runs out ends kanbao one way.  tests/failmalloc.so,
# preloaded, makes the Nth allocation fail; for a page and a feed, every
# 13th allocation of a whole dump is made to fail in turn (libxml2's among
# them, which kanbao routes through its own allocator).  Each run must end
# with the dump done (exit 0), "out of memory" (exit 1) or the C library's
# "Cannot allocate memory" for the input it could not open (exit 2): never
# a signal, never a hang, never a misleading message.  `timeout` is only a
# guard, so that a hang fails the test instead of stopping the suite.
# Skipped under the sanitizers, whose runtime must come first.  TAP.
SRC=${SRCDIR:-.}
B=$(dirname "$KANBAO")/..
if [ "${SANITIZED:-no}" = yes ]; then
	echo "1..0 # SKIP the sanitizers' allocator cannot be preloaded over"
	exit 0
fi
PRELOAD=$(cd "$B/tests" && pwd)/failmalloc.so
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
for f in tests/data/cards-utf8.html tests/data/feed-gbk.xml tests/data/gov-nocharset-gbk.html; do
	FAIL_COUNT=$tmp/count LD_PRELOAD=$PRELOAD "$KANBAO" --dump "$SRC/$f" >/dev/null 2>&1
	total=$(cat "$tmp/count" 2>/dev/null || echo 0)
	[ "$total" -gt 100 ]; ok $? "$f: a dump makes allocations to fail ($total)"
	bad=
	i=1
	while [ "$i" -le "$total" ]; do
		FAIL_AT=$i LD_PRELOAD=$PRELOAD timeout 60 "$KANBAO" --dump "$SRC/$f" >/dev/null 2>"$tmp/err"
		rc=$?
		case $rc in
		0) ;;
		1) grep -q "^kanbao: out of memory$" "$tmp/err" || bad="$bad $i:1" ;;
		2) grep -q "Cannot allocate memory" "$tmp/err" || bad="$bad $i:2" ;;
		*) bad="$bad $i:$rc" ;;
		esac
		i=$((i + 13))
	done
	[ -z "$bad" ]; ok $? "$f: the allocation that fails ends the dump cleanly, one in 13 of them tried"
	[ -n "$bad" ] && echo "# failing allocation:exit status:$bad" && head -3 "$tmp/err" | sed 's/^/#   /'
done
echo "1..$n"
[ "$failed" -eq 0 ]
