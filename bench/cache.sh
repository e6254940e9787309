#!/bin/sh
# cache: what a write to the page cache costs at 25 and at 10,000 pages
# (their ratio is about 1 when a write does not grow with the cache),
# with the default bound (200 MiB: the pages, deflated, all fit) and with
# a small one (20 MiB) that makes every late write evict; and the size of
# cache.db against the bytes of the pages it keeps.  The pages are slices
# of ../shared/corpus when it is there, else of the test fixtures.
#   bench/cache.sh [BENCH_CACHE] [N]        (make bench runs it)
BENCH=${1:-bench/bench_cache}
N=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS="$HERE/../../shared/corpus/pages"
if [ -d "$CORPUS" ]; then
	set -- "$CORPUS"/*
else
	set -- "$HERE"/../tests/data/*.html
fi
"$BENCH" -n "$N" "$@" || exit 1
"$BENCH" -n "$N" -m 20 "$@"
