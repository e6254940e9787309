#!/bin/sh
# ui_refresh: R in the reader refreshes every source and its stories in
# the background (issue 17).  A loopback site of two fictional towns
# (tests/news: RSS feeds and their stories, served by tests/news/serve.py,
# one story held until the test releases it) and the reader in tmux on
# its sources screen:
#   R starts the refresh and the status line says how far it is; while a
#   story hangs the reader still answers keys (the help opens, and shows
#   R); at the end the status line has the summary; with the server gone,
#   kanbao --offline opens a story the reader never opened; R there says
#   why it cannot refresh; a config's bind line moves refresh to another
#   key.
# Waits on the server's log and on the screen, never on a clock.  Speaks
# TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin refresh

start_news "$SRC/tests/news" --hold /fern/f2.html

write_config "source 柳溪 $BASE/willow/rss.xml" "source 蕨山 $BASE/fern/rss.xml"
F2="蕨山村开通直达县城的班车 每天往返六趟"
F2_BODY="^从下周一起，蕨山村有了直达县城的班车"

start a 160 40 --
wait_row a 3 "  柳溪  (2 unread)" && wait_row a 4 "  蕨山  (2 unread)"
ok $? "the sources screen counts each source's headlines"
keys a R
wait_news_log a "GET /fern/f2.html"
wait_status a "^refreshing: sources 2/2, stories 3/4"
ok $? "R: the refresh runs, its progress on the status line"
keys a '?'
wait_for a "^ *R +refresh every source and its stories in the background"
ok $? "... the reader answers keys while a story hangs: ? shows the help, with R"
keys a q
wait_row a 1 "Sources" && keys a R
wait_status a "^refreshing: sources 2/2, stories 3/4"
ok $? "... R again says where the refresh stands"
"${PYTHON3:-python3}" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1]).read()' \
    "$BASE/_release"
wait_status a "^Refresh done: sources: 2 read, 0 failed.*stories: 4 fetched, 0 failed"
ok $? "at the end the status line has the summary"
keys a q
wait_dead a && [ "$(cat "$tmp/a.status")" = 0 ]; ok $? "q quits"

stop_server
start b 100 24 -- --offline
wait_row b 1 "Sources"
keys b R
wait_status b "^Cannot refresh with --offline: a refresh needs the network"
ok $? "with --offline R says why it does not refresh"
keys b j; keys b Enter
wait_row b 3 "  2024-05-07  $F2" && keys b Enter
wait_row b 1 "$F2" && wait_for b "$F2_BODY"
ok $? "with the server gone a story never opened reads from the cache (--offline)"
keys b q; keys b q; keys b q
wait_dead b

cat >> "$tmp/config/kanbao/config" <<CONF
bind Z refresh
CONF
start c 100 24 -- --offline
wait_row c 1 "Sources"
keys c Z
wait_status c "^Cannot refresh with --offline"
ok $? "bind Z refresh: Z refreshes"
keys c q
wait_dead c

echo "1..$n"
[ "$failed" -eq 0 ]
