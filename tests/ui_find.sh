#!/bin/sh
# ui_find: F in the reader finds the stories kanbao has read or refreshed
# by their words (issue 17).  kanbao --refresh reads a loopback site of two
# fictional towns (tests/news, served by tests/news/serve.py); then, with
# the server gone, the reader runs with --offline:
#   F asks for words on the status line; a Chinese substring lists the
#   story that holds it with the match in context; a word held by several
#   lists them newest first; an English word matches in any case; Enter
#   opens a story from the cache, q goes back to the matches; words that
#   match nothing say so; a story saved from a file is found and opens
#   from kanbao.db; with --no-cache F says why it cannot search.
# Waits on the server's log and on the screen, never on a clock.  Speaks
# TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin find

start_news "$SRC/tests/news"

write_config "source 柳溪 $BASE/willow/rss.xml" "source 蕨山 $BASE/fern/rss.xml"
# shellcheck disable=SC2086
env $ENV "$KANBAO" --refresh > "$tmp/refresh.out" 2>&1
ok $? "kanbao --refresh reads the site"
stop_server

W1="柳溪镇新建社区图书室 藏书三千册"
F1="蕨山村试种高山蓝莓 首批果苗成活率九成"
F2="蕨山村开通直达县城的班车 每天往返六趟"
find() { keys "$1" F && wait_status "$1" "^Find stories: " && tm send-keys -t "$1" -l "$2" && keys "$1" Enter; }

start a 160 30 -- --offline
wait_row a 1 "Sources"
keys a F
wait_status a "^Find stories: "; ok $? "F asks for words on the status line"
tm send-keys -t a -l "图书室"; keys a Enter
wait_row a 1 "Stories with “图书室”: 1" &&
    wait_row_match a 3 "^  2024-05-06  $W1 — .*东街社区图书室昨天开放" && [ -z "$(row a 5)" ]
ok $? "a Chinese substring: the story that holds it, dated, the match in context"
keys a Enter
wait_row a 1 "$W1" && wait_for a "^柳溪镇东街社区图书室昨天开放"
ok $? "Enter opens the story from the cache, offline"
keys a q
wait_row a 1 "Stories with “图书室”: 1"; ok $? "q goes back to the matches"
find a "蕨山村"
wait_row a 1 "Stories with “蕨山村”: 2" && wait_row_match a 3 "^  2024-05-07  $F2" &&
    screen a | grep -q "^  2024-05-05  $F1"
ok $? "a word of several stories lists them newest first"
find a "LIGHTHOUSE"	# opened above: it carries the read mark
wait_row a 1 "Stories with “LIGHTHOUSE”: 1" && wait_row_match a 3 "^✓ 2024-05-06  $W1 — .*lighthouse"
ok $? "an English word matches in any case"
find a "火星基地"
wait_row a 1 "Stories with “火星基地”: 0"; ok $? "words that match nothing say so"
keys a q; keys a q; keys a q; keys a q; keys a q
wait_dead a && [ "$(cat "$tmp/a.status")" = 0 ]; ok $? "q back through the screens quits"

# a story read from a file is not in the cache, but once saved it is found
# and opens from kanbao.db, even with its file gone
mkdir "$tmp/copy"
sed 's/老码头/古渡口/g' "$SRC/tests/news/willow/w2.html" > "$tmp/copy/dock.html"
start s 160 30 -- --offline "file://$tmp/copy/dock.html"
wait_row s 1 "柳溪镇古渡口修缮完工 石阶恢复原貌" && keys s s
wait_status s "^Saved: "
rm -rf "$tmp/copy"
find s "古渡口"
wait_row s 1 "Stories with “古渡口”: 1" && wait_row_match s 3 "柳溪镇古渡口修缮完工 石阶恢复原貌 — " &&
    keys s Enter
wait_row s 1 "柳溪镇古渡口修缮完工 石阶恢复原貌" && wait_status s "^Saved copy"
ok $? "a saved story is found, and opens from kanbao.db with its file gone"
keys s q; keys s q; keys s q
wait_dead s

start b 100 24 -- --offline --no-cache
wait_row b 1 "Sources"
keys b F
wait_status b "^Cannot search: the cache is off this run"; ok $? "with --no-cache F says why it cannot search"
keys b q
wait_dead b

echo "1..$n"
[ "$failed" -eq 0 ]
