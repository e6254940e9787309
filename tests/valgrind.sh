#!/bin/sh
# valgrind: `kanbao --dump` over a spread of the fixtures (and the
# hostile-shaped pages of the CLI test) under valgrind's memcheck: no leak,
# no invalid access, no use of uninitialised memory.  Skipped in a
# sanitizer build, where valgrind cannot run.  Speaks TAP.
#
# Every fixture already runs under ASan and UBSan (dump_fixtures.py in the
# sanitizer build); what memcheck adds is uninitialised reads, which do not
# need every page.  A run over all of them costs twenty minutes, so it takes
# every STRIDE-th fixture by name (VALGRIND_STRIDE, 10 unless set; 1 takes
# them all).  The stride walks the sorted names, so the sample spans every
# round, language and charset and is the same on every run.
KANBAO=${KANBAO:-src/kanbao}
DATA=${SRCDIR:-.}/tests/data
if [ "${SANITIZED:-no}" = yes ]; then echo "1..0 # SKIP sanitizer build"; exit 0; fi
if ! command -v valgrind > /dev/null; then echo "1..0 # SKIP no valgrind"; exit 0; fi
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }

printf '<p>\033]0;x\007<b>unclosed<a href="javascript:x">a' > "$tmp/broken.html"
: > "$tmp/empty.html"
stride=${VALGRIND_STRIDE:-10}
case $stride in ''|*[!0-9]*|0) echo "1..0 # SKIP VALGRIND_STRIDE must be a positive number"; exit 0 ;; esac
i=0
for f in "$DATA"/*.html "$tmp/broken.html" "$tmp/empty.html"; do
  [ -f "$f" ] || continue
  case $f in
    "$tmp"/*) ;;
    *) i=$((i + 1)); [ $(( (i - 1) % stride )) -eq 0 ] || continue ;;
  esac
  for fmt in json text; do
    valgrind -q --error-exitcode=42 --leak-check=full --errors-for-leak-kinds=definite,indirect \
      "$KANBAO" --dump --format=$fmt --base-url=http://fixture.test/a/page.html "$f" > /dev/null 2> "$tmp/vg"
    rc=$?
    [ $rc -eq 0 ]; ok $? "$(basename "$f") ($fmt): clean under memcheck"
    [ $rc -eq 0 ] || sed 's/^/# /' "$tmp/vg" | head -30
  done
done
valgrind -q --error-exitcode=42 --leak-check=full "$KANBAO" --dump "$tmp/missing.html" > /dev/null 2> "$tmp/vg"
[ $? -eq 2 ]; ok $? "a failing input: clean under memcheck, exit 2"
echo "1..$n"
[ $failed -eq 0 ]
