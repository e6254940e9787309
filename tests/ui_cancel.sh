#!/bin/sh
# ui_cancel: Esc cancels a load that hangs.  Runs tests/httpd.py on
# loopback and the reader in tmux on its /notices.html (tests/site), a list
# whose first headline links to /stall (the server holds the connection and
# sends nothing) and whose second links to /drip (a byte a second, never
# done).  For each: Enter shows the URL and the bytes so far on the status
# line while the list stays; Esc says "Loading cancelled", the list is
# still there, and the server sees kanbao close the connection (httpd.py
# marks the request "gone"), so the load really stopped rather than just
# left the screen.  Then keys work: j moves, another headline opens, q q
# quits with status 0.  kanbao runs with --timeout=600 so that its own
# stall timeout cannot be what closes the connection.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin cancel

start_httpd

T0="便民通知"
H1="  2024-03-12  县自来水厂今晚检修 城西片区暂停供水八小时"
H2="  2024-03-12  公交三路临时改道 老街站暂停停靠"
TP="没有验证信息的页面"	# the title of httpd.py's /plain.html
ESC=$(printf '\033')
# list_stays: the notices list is on screen, unchanged
list_stays() { [ "$(row c 1)" = "$T0" ] && [ "$(row c 3)" = "$H1" ] && [ "$(row c 4)" = "$H2" ]; }

start c 80 24 -- --timeout=600 "$BASE/notices.html"
wait_row c 1 "$T0" && list_stays; ok $? "the notices list opens over http"

# ---- a load that hangs: /stall sends nothing ----
keys c Enter
wait_status c "^$BASE/stall +0 B +1/[0-9]+ 100%$"
ok $? "Enter on a headline that stalls: the status line shows its URL, 0 B loaded"
wait_log /stall && status c | grep -Eq "/stall +0 B " && list_stays
ok $? "... the server holds the request, it is still loading, the list stays on screen"
keys c Escape
wait_status c "^Loading cancelled +1/[0-9]+ 100%$"
ok $? "Esc: the status line says Loading cancelled, no bytes counted any more"
wait_log "gone /stall"; ok $? "... and kanbao closed the connection: the server saw it go"
list_stays; ok $? "... the list is still on screen"
keys c j
wait_status c "^-> $BASE/drip +1/[0-9]+ 100%$" &&
    tm capture-pane -e -p -t c | sed -n 4p | grep -q "${ESC}\[7m"
ok $? "keys work after: j selects the next headline, the status line shows where it goes"

# ---- a load that trickles: /drip sends a byte a second ----
keys c Enter
wait_status c "^$BASE/drip +[1-9][0-9]* B +1/[0-9]+ 100%$"
ok $? "Enter on a headline that trickles in: the status line counts the bytes"
wait_log /drip && list_stays; ok $? "... the list stays on screen while it loads"
keys c Escape
wait_status c "^Loading cancelled +1/[0-9]+ 100%$"; ok $? "Esc: Loading cancelled"
wait_log "gone /drip"; ok $? "... and the server's writes fail: kanbao closed the connection"
list_stays; ok $? "... the list is still on screen"

# ---- afterwards ----
keys c j; keys c Enter
wait_row c 1 "$TP"; ok $? "the next headline opens: loading works after a cancel"
keys c q
wait_row c 1 "$T0" && list_stays; ok $? "q goes back to the list"
keys c q
wait_dead c && [ "$(cat "$tmp/c.status" 2>/dev/null)" = 0 ]; ok $? "q on the list quits with exit status 0"

echo "1..$n"
[ "$failed" -eq 0 ]
