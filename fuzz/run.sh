#!/bin/sh
# fuzz/run.sh SECONDS: runs each libFuzzer target for SECONDS over a seed
# corpus from tests/data (and fuzz/regressions, the inputs that once
# crashed).  Needs a build configured with CC=clang --enable-fuzzing.
set -eu
secs=${1:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-.}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts=${FUZZ_ARTIFACTS:-$build/fuzz-found}
mkdir -p "$artifacts"
status=0
# GLib's lifelong data under libchafa is no finding (fuzz/lsan.supp)
LSAN_OPTIONS="suppressions=$top/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
for t in extract layout config opml picture; do
  mkdir -p "$work/$t"
  case $t in
    extract)
      # the fixtures, the test site, the demo edition, and the real pages
      # of ../shared/corpus where this checkout has them beside it
      for f in "$top"/tests/data/*.html "$top"/tests/data/*.xml "$top"/tests/site/*.html \
          "$top"/tests/site/*.xml "$top"/demo/*.html "$top"/demo/stories/*.html \
          "$top"/../shared/corpus/pages/*.html; do
        [ -f "$f" ] && cp "$f" "$work/$t/$(echo "$f" | tr / _)"
      done ;;
    layout)
      printf '\024%s' '青禾县新建的白鹭大桥今天正式通车，全长八百米。' > "$work/$t/seed1"
      cp "$top"/fuzz/seeds/layout/* "$work/$t/"
      python3 "$top/fuzz/unicode_seeds.py" "$work/$t" ;;
    config) printf 'site example.test title //h1\nsite a.test body //p\n' > "$work/$t/seed1" ;;
    opml) cp "$top"/tests/data/*.opml "$work/$t/" ;;
    picture) cp "$top"/fuzz/seeds/picture/* "$top"/demo/images/* "$work/$t/" ;;
  esac
  [ -d "$top/fuzz/regressions/$t" ] && cp "$top/fuzz/regressions/$t"/* "$work/$t/" 2>/dev/null || true
  if [ ! -x "$build/fuzz/fuzz_$t" ]; then	# not a finding: say what is missing
    echo "fuzz_$t: not built (make fuzz/fuzz_$t in a CC=clang --enable-fuzzing build)"
    status=1
    continue
  fi
  echo "fuzz_$t: $secs s"
  # a finding fails the run (a pipe into tail hid the fuzzer's status);
  # the input that found it is kept in $artifacts for fuzz/regressions
  if "$build/fuzz/fuzz_$t" -max_total_time="$secs" -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/$t-" "$work/$t" > "$work/$t.log" 2>&1; then
    tail -n 6 "$work/$t.log"
  else
    grep -E -A 12 '^==[0-9]+==ERROR|runtime error|Assertion|deadly signal' "$work/$t.log" | head -n 40
    echo "fuzz_$t: FOUND A FAULT; the input is in $artifacts"
    status=1
  fi
done
exit $status
