#!/bin/sh
# ui_allnews: a in the reader lists every unread headline of all the
# sources at once, newest first, each with its source's name (issue 17).
# A loopback site of two fictional towns (tests/news, served by
# tests/news/serve.py) and the reader in tmux:
#   a lists the four headlines of both towns by date, each with its
#   town; Enter opens one; q comes back to the list without it, as it
#   is read; with a single source (no sources screen) a lists it too;
#   with no sources a says why there is nothing to list.
# Waits on the screen, never on a clock.  Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin allnews

start_news "$SRC/tests/news"

write_config "source 柳溪 $BASE/willow/rss.xml" "source 蕨山 $BASE/fern/rss.xml"
W1="柳溪镇新建社区图书室 藏书三千册"
W2="柳溪镇老码头修缮完工 石阶恢复原貌"
F1="蕨山村试种高山蓝莓 首批果苗成活率九成"
F2="蕨山村开通直达县城的班车 每天往返六趟"

start a 100 24 --
wait_row a 3 "  柳溪  (2 unread)" && wait_row a 4 "  蕨山  (2 unread)"
keys a a
wait_row a 1 "All the news: 4 unread" &&
    row_is a 3 "  2024-05-07  $F2  [蕨山]" && row_is a 4 "  2024-05-06  $W1  [柳溪]" &&
    row_is a 5 "  2024-05-05  $F1  [蕨山]" && row_is a 6 "  2024-05-04  $W2  [柳溪]"
ok $? "a: the headlines of both sources, newest first, each with its source"
keys a Enter
wait_row a 1 "$F2" && wait_for a "^从下周一起，蕨山村有了直达县城的班车"
ok $? "Enter opens the newest story"
keys a q
wait_row a 1 "All the news: 3 unread" && row_is a 3 "  2024-05-06  $W1  [柳溪]"
ok $? "q: back to the list, without the story just read"
keys a q
wait_row a 1 "Sources"; ok $? "q again: back to where a was pressed"
keys a q
wait_dead a && [ "$(cat "$tmp/a.status")" = 0 ]; ok $? "q quits"

write_config "source 柳溪 $BASE/willow/rss.xml"
start b 100 24 XDG_DATA_HOME=$tmp/data2 --
wait_row_match b 3 "^  2024-05-06  $W1\$"
keys b a
wait_row b 1 "All the news: 2 unread" && wait_row b 3 "  2024-05-06  $W1  [柳溪]" &&
    row_is b 4 "  2024-05-04  $W2  [柳溪]"
ok $? "with one source (no sources screen) a lists its headlines too"
keys b q; keys b q
wait_dead b

start c 100 24 XDG_CONFIG_HOME=$tmp/none -- "$BASE/willow/w1.html"
wait_row c 1 "$W1"
keys c a
wait_status c "^No news to list: the config lists no sources"
ok $? "with no sources a says why there is nothing to list"
keys c q
wait_dead c

echo "1..$n"
[ "$failed" -eq 0 ]
