#!/bin/sh
# ui_feeds: feeds as newsboat users expect, in the reader (issue 16).  A
# loopback site of two fictional towns (tests/feeds, served by
# tests/news/serve.py): 芦苇 is a feed, 桦林 a list page that offers its
# feed with <link rel="alternate">.  In tmux:
#   the feed's headlines show their dates, newest first; i shows each
#   summary under its headline and hides them again; u past the last unread
#   of 芦苇 crosses to 桦林, whose first unread (its first headline was
#   read) is selected (Enter opens it); A on the sources screen marks 芦苇 read (its count goes to 0) and
#   A in a list marks the list read; 桦林's page says its feed is offered,
#   + appends it to the config file (every line kept) and the sources
#   screen lists it; with one source, u in a story opens the next unread
#   story of its list, and u in a list passes over read headlines.
# Waits on the screen, never on a clock.  Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin feeds

start_news "$SRC/tests/feeds"

conf=$tmp/config/kanbao/config
mkdir -p "$tmp/config/kanbao"
cat > "$conf" <<CONF
# two towns
source 芦苇 $BASE/reed/rss.xml
source 桦林 $BASE/birch/index.html
timeout 20
CONF
cp "$conf" "$tmp/before"
R1="芦苇荡观鸟步道开放"
R2="芦苇乡渡口换上新渡船"
R3="芦苇乡小学举办端午包粽子比赛"
B1="桦林镇卫生院新添一台救护车"
B2="桦林镇中学新操场铺上塑胶跑道"

start a 100 30 --
wait_row a 3 "  芦苇  (3 unread)" && wait_row a 4 "  桦林  (6 unread)"
ok $? "the sources screen counts the unread headlines of a feed and of a list page alike"
keys a j; keys a Enter
wait_row a 1 "桦林镇新闻"; keys a Enter
wait_row a 1 "$B1"; keys a q
wait_row a 1 "桦林镇新闻"; keys a q
wait_row a 4 "  桦林  (5 unread)"; keys a g; keys a Enter
wait_row a 1 "芦苇乡广播站" && row_is a 3 "  2024-06-09  $R1" &&
    row_is a 4 "  2024-06-07  $R2" && row_is a 5 "  2024-06-02  $R3"
ok $? "a feed's headlines show their dates, newest first"
keys a i
wait_row_match a 4 "^ +步道长两公里，沿途有三座观鸟亭。\$" && row_is a 5 "  2024-06-07  $R2" &&
    row_matches a 6 "^ +新渡船能坐三十人，每半小时一班。\$" &&
    row_matches a 8 "^ +四年级二班包了一百二十个粽子，得了第一。\$"
ok $? "i shows each headline's summary under it, as text"
keys a i
wait_row a 4 "  2024-06-07  $R2"
ok $? "i again hides them"
keys a G; keys a u
wait_row a 1 "桦林镇新闻" && wait_status a "Next unread: 桦林"
ok $? "u past the last unread of a source opens the next source with unread headlines"
keys a Enter
wait_row a 1 "$B2"
ok $? "there its first unread headline is selected (the first was read): Enter opens it"
keys a q
wait_row a 1 "桦林镇新闻"
wait_status a "feed: \\+ adds it"
ok $? "the list page offers its feed on the status line, with the key that adds it"
keys a A
wait_status a "^4 headlines marked read"
ok $? "A in a list marks its unread headlines read"
keys a q
wait_row a 3 "  芦苇  (3 unread)" && wait_row a 4 "  桦林  (0 unread)"
ok $? "the sources screen counts the list read"
keys a g; keys a A
wait_row a 3 "  芦苇  (0 unread)" && row_is a 4 "  桦林  (0 unread)"
ok $? "A on the sources screen marks the selected source read: its count goes to 0"
keys a u
wait_status a "^No unread headlines left"
ok $? "u with nothing unread says so"
keys a j; keys a Enter
wait_row a 1 "桦林镇新闻" && wait_status a "feed: \\+ adds it"
keys a +
wait_status a "^Added to the sources as 桦林镇新闻: $BASE/birch/rss.xml"
ok $? "+ adds the feed offered"
{ cat "$tmp/before"; echo "source 桦林镇新闻 $BASE/birch/rss.xml"; } > "$tmp/want"
cmp -s "$conf" "$tmp/want"; ok $? "the config file keeps its lines and gains the source"
diff "$tmp/want" "$conf" | sed 's/^/# /'
keys a q
wait_row a 5 "  桦林镇新闻  (0 unread)"
ok $? "the sources screen lists the new source, counted (its stories were read in the list page)"
keys a q
wait_dead a

start b 100 30 --
wait_row b 3 "  芦苇  (0 unread)" && wait_row b 5 "  桦林镇新闻  (0 unread)"
ok $? "the marks and the new source last: kanbao.db and the config file keep them"
keys b q
wait_dead b

# u from a story and in a list, with one source (its list opens first)
echo "source 芦苇 $BASE/reed/rss.xml" > "$tmp/one"
start c 100 30 XDG_DATA_HOME=$tmp/data3 -- -c "$tmp/one"
wait_row c 3 "  2024-06-09  $R1"
keys c Enter
wait_row c 1 "$R1"; keys c u
wait_row c 1 "$R2"
ok $? "u in a story opens the next unread headline of its list"
keys c q
wait_row c 1 "芦苇乡广播站"; keys c g; keys c u; keys c Enter
wait_row c 1 "$R3"
ok $? "u in a list selects the next unread headline below, past the read ones"
keys c u
wait_status c "^No unread headlines left"
ok $? "u after the last unread of the only source says none is left"
keys c q; keys c q
wait_dead c

echo "1..$n"
[ "$failed" -eq 0 ]
