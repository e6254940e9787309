#!/bin/sh
# ui_hostile: the reader on every hostile page of tests/hostile_inputs.py
# (each up to 16 MiB): it shows the page, moves to its end with G and
# quits with q, exit status 0, within a bound far above the benchmark's
# figures, so a hang or a quadratic path fails while a slow machine does
# not.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin hostile
LIMIT=$([ "${SANITIZED:-no}" = yes ] && echo 1200 || echo 300)	# tenths of a second

python3 "${SRCDIR:-.}/tests/hostile_inputs.py" "$tmp/pages" || exit 99
mkdir -p "$tmp/home"
for page in "$tmp/pages"/*.html; do
  name=$(basename "$page" .html)
  start "$name" 80 24 -- "$page"
  wait_status "$name" '%$'; ok $? "$name: the reader shows the page"
  keys "$name" G
  wait_status "$name" '100%$'; ok $? "$name: G reaches the end"
  keys "$name" q; keys "$name" q
  wait_dead "$name"
  [ "$(cat "$tmp/$name.status" 2>/dev/null)" = 0 ]; ok $? "$name: q quits with status 0"
  tm kill-session -t "$name" 2>/dev/null
done
echo "1..$n"
[ $failed -eq 0 ]
