#!/bin/sh
# ui_progress: while a page loads and nothing else changes, the reader
# redraws its status line alone, not the whole screen (issue 18: it drew
# every row ten times a second to move the byte count).  Runs
# tests/httpd.py on loopback and the reader in tmux on its /notices.html,
# with KANBAO_TRACE naming a file that gets a line per key read and per
# frame drawn ("key T", "draw T full|status URL"); opens the second
# headline, /drip, which sends a byte a second and never ends.  While the
# count climbs the list stays on screen whole, and the trace has one whole
# frame after the key (the key's own) and status frames after it; Esc
# cancels, and the frame after it is whole again.  The trace also says
# which page each frame showed, for bench/prefetch.sh.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin progress

start_httpd

T0="便民通知"
H1="  2024-03-12  县自来水厂今晚检修 城西片区暂停供水八小时"
H2="  2024-03-12  公交三路临时改道 老街站暂停停靠"
list_stays() { [ "$(row c 1)" = "$T0" ] && [ "$(row c 3)" = "$H1" ] && [ "$(row c 4)" = "$H2" ]; }
TRACE=$tmp/trace
# the frames after the last key read: "full" and "status", one a line
after_key() { awk '$1 == "key" { n = 0; split("", f) } $1 == "draw" { f[++n] = $3 }
	END { for (i = 1; i <= n; i++) print f[i] }' "$TRACE"; }
# Until the trace has at least $1 frames after the last key.
frames_after_key() { [ "$(after_key | wc -l)" -ge "$1" ]; }

start c 80 24 KANBAO_TRACE="$TRACE" -- --timeout=600 "$BASE/notices.html"
wait_row c 1 "$T0" && list_stays; ok $? "the notices list opens over http"
grep -Eq "^draw [0-9]+ full $BASE/notices\.html\$" "$TRACE"
ok $? "the trace names each frame and the page it showed"

keys c j
wait_status c "^-> $BASE/drip +1/[0-9]+ 100%$"
keys c Enter
wait_status c "^$BASE/drip +([2-9]|[1-9][0-9]+) B +1/[0-9]+ 100%$"
ok $? "Enter on /drip: the status line counts the bytes as they come"
list_stays; ok $? "... and the list above it stays whole"
poll c "5 frames after the key" frames_after_key 5
first=$(after_key | head -n 1)
rest=$(after_key | sed 1d | sort -u)
[ "$first" = full ] && [ "$rest" = status ]
ok $? "... one whole frame after Enter, then the status line alone (frames: $(after_key | tr '\n' ' '))"

keys c Escape
wait_status c "^Loading cancelled +1/[0-9]+ 100%$" && list_stays
ok $? "Esc: Loading cancelled, the list on screen"
poll c "a frame after Esc" frames_after_key 1
[ "$(after_key | head -n 1)" = full ] &&
    [ "$(tail -n 1 "$TRACE" | cut -d' ' -f3-)" = "full $BASE/notices.html" ]
ok $? "... drawn whole, and the trace says so"
keys c q
wait_dead c && [ "$(cat "$tmp/c.status" 2>/dev/null)" = 0 ]; ok $? "q quits with exit status 0"

echo "1..$n"
[ "$failed" -eq 0 ]
