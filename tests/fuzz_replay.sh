#!/bin/sh
# fuzz_replay: each fuzz target, built without libFuzzer (fuzz/replay.c),
# replays the inputs that once crashed or over-read (fuzz/regressions) and
# its seeds (fuzz/seeds, the fixtures), so that `make check` and its ASan+UBSan run catch a return
# of those faults with any compiler.  Speaks TAP.
SRC=${SRCDIR:-.}
B=${BUILDDIR:-$(dirname "$KANBAO")/..}
n=0 failed=0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
for t in extract layout config opml; do
	for f in "$SRC"/fuzz/regressions/$t/*; do
		[ -f "$f" ] || continue
		"$B/fuzz/replay_$t" "$f"; ok $? "fuzz_$t replays regressions/$t/$(basename "$f")"
	done
done
"$B/fuzz/replay_layout" "$SRC"/fuzz/seeds/layout/*
ok $? "fuzz_layout replays its seeds (stories of blocks: links, tables)"
"$B/fuzz/replay_extract" "$SRC"/tests/data/*.html "$SRC"/tests/data/*.xml "$SRC"/tests/site/*.html
ok $? "fuzz_extract replays the fixtures and the test site"
"$B/fuzz/replay_opml" "$SRC"/tests/data/*.opml
ok $? "fuzz_opml replays the OPML fixtures"
"$B/fuzz/replay_picture" "$SRC"/fuzz/seeds/picture/*
ok $? "fuzz_picture replays its seeds (PNG, JPEG, WebP, GIF; a bomb, a truncated JPEG and GIF, a PNG named .jpg)"
echo "1..$n"
[ "$failed" -eq 0 ]
