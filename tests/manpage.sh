#!/bin/sh
# manpage: doc/kanbao.1 renders without a groff warning, and documents
# every option that --help lists (and, once the reader is in, every action
# of its table).  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
MAN=${SRCDIR:-.}/doc/kanbao.1
command -v groff > /dev/null || { echo "1..0 # SKIP no groff"; exit 0; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }

groff -man -ww -z "$MAN" > "$tmp/warn" 2>&1
[ ! -s "$tmp/warn" ]; ok $? "groff -man -ww -z: no warnings"
sed 's/^/# /' "$tmp/warn" | head -5
groff -man -Tutf8 -ww -z "$MAN" > "$tmp/warn" 2>&1
[ ! -s "$tmp/warn" ]; ok $? "groff -man -Tutf8 -ww -z: no warnings"
LC_ALL=C.UTF-8 MANWIDTH=200 groff -man -Tutf8 -P-cbou "$MAN" 2>/dev/null > "$tmp/page"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS FILES ENVIRONMENT "EXIT STATUS" EXAMPLES; do
  grep -q "^$section" "$tmp/page"; ok $? "section $section"
done
LC_ALL=C "$KANBAO" --help | grep -o -- '--[a-z][a-z-]*' | sort -u > "$tmp/options"
[ -s "$tmp/options" ]; ok $? "--help lists options"
while read -r opt; do
  grep -q -- "$opt" "$tmp/page"; ok $? "the man page documents $opt"
done < "$tmp/options"
# every action of the reader's table (src/actions.h) has its line in KEYS
actions=${SRCDIR:-.}/src/actions.h
if [ -f "$actions" ]; then
  sed -n 's/.*ACTION([A-Z_]*, "\([a-z-]*\)".*/\1/p' "$actions" > "$tmp/actions"
  [ -s "$tmp/actions" ]; ok $? "the action table lists actions"
  grep -q "^KEYS" "$tmp/page"; ok $? "section KEYS"
  while read -r act; do
    grep -q "\[$act\]" "$tmp/page"; ok $? "KEYS documents the action $act"
  done < "$tmp/actions"
fi
for kw in source bind color timeout cache-size browser ambiguous-width site; do
  grep -q "^ *$kw " "$tmp/page"; ok $? "CONFIGURATION documents $kw"
done
echo "1..$n"
[ $failed -eq 0 ]
