#!/bin/sh
# bench/same_output.sh OLD NEW [CORPUS]: do two kanbao binaries print the
# same bytes?  Every page of CORPUS (../shared/corpus), its -readability
# sibling, tests/data, tests/story, tests/site and tests/news is dumped
# with --dump, --dump --format=text and --dump --whole-page by each; the
# differences are listed and the exit status is diff's.  For changes
# meant to be speed alone (issue #18): run it with main's binary as OLD.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
old=$1 new=$2
corpus=${3:-$top/../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -d "$corpus/pages" ] || echo "same_output: no corpus at $corpus; the tests' pages only" >&2
dump_all() {
  mkdir -p "$2"
  for f in "$corpus"/pages/*.html "$corpus"-readability/pages/* "$top"/tests/data/*.htm* \
      "$top"/tests/story/*.htm* "$top"/tests/site/*.htm* "$top"/tests/site/*.xml \
      "$top"/tests/news/*/*.htm* "$top"/tests/news/*/*.xml; do
    [ -f "$f" ] || continue
    n=$(printf '%s' "$f" | tr / _)
    "$1" --dump "$f" > "$2/$n.json" 2>&1 || true
    "$1" --dump --format=text "$f" > "$2/$n.txt" 2>&1 || true
    "$1" --dump --whole-page "$f" > "$2/$n.whole" 2>&1 || true
  done
}
dump_all "$old" "$tmp/old"
dump_all "$new" "$tmp/new"
echo "same_output: $(ls "$tmp/old" | wc -l) dumps compared"
diff -r "$tmp/old" "$tmp/new"
