#!/bin/sh
# ui_hostile: the reader on every hostile page of tests/hostile_inputs.py
# (each up to 16 MiB): it shows the page, moves to its end with G and
# quits with q, exit status 0, within a bound far above the benchmark's
# figures, so a hang or a quadratic path fails while a slow machine does
# not.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
if ! command -v tmux > /dev/null 2>&1; then echo "1..0 # SKIP tmux is not installed"; exit 0; fi
tmp=$(mktemp -d) || exit 99
sock=kanbao-hostile-$$
tm() { tmux -f /dev/null -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
unset TMUX NO_COLOR
LIMIT=$([ "${SANITIZED:-no}" = yes ] && echo 1200 || echo 300)	# tenths of a second
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }
python3 "${SRCDIR:-.}/tests/hostile_inputs.py" "$tmp/pages" || exit 99
mkdir -p "$tmp/home"
for page in "$tmp/pages"/*.html; do
  name=$(basename "$page" .html)
  tm new-session -d -s "$name" -x 80 -y 24 sh -c '"$@"; echo $? > "$0"' "$tmp/$name.status" \
    env TERM=screen-256color LC_ALL=C.UTF-8 HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home" \
    XDG_CACHE_HOME="$tmp/home" XDG_DATA_HOME="$tmp/home" "$KANBAO" "$page" \; \
    set-option -t "$name" remain-on-exit on
  i=0
  until tm capture-pane -p -t "$name" | tail -n 1 | grep -q '%$' || [ $i -ge "$LIMIT" ]; do sleep 0.1; i=$((i + 1)); done
  [ $i -lt "$LIMIT" ]; ok $? "$name: the reader shows the page"
  tm send-keys -t "$name" G
  i=0
  until tm capture-pane -p -t "$name" | tail -n 1 | grep -q '100%$' || [ $i -ge "$LIMIT" ]; do sleep 0.1; i=$((i + 1)); done
  [ $i -lt "$LIMIT" ]; ok $? "$name: G reaches the end"
  tm send-keys -t "$name" q q
  i=0
  until [ -s "$tmp/$name.status" ] || [ $i -ge "$LIMIT" ]; do sleep 0.1; i=$((i + 1)); done
  [ "$(cat "$tmp/$name.status" 2>/dev/null)" = 0 ]; ok $? "$name: q quits with status 0"
  tm kill-session -t "$name" 2>/dev/null
done
echo "1..$n"
[ $failed -eq 0 ]
