#!/bin/sh
# ui_story_pages: a story in three pages (tests/story/content_3071*.html,
# served by tests/httpd.py) reads in one go: opened, its further pages are
# fetched before it shows, and after G page 3's last paragraph is on the
# story's screen, the server having been asked for pages 2 and 3.  A story
# whose 下一篇 is that story has it fetched ahead whole, further pages and
# all, with no key pressed; ] then shows it whole without asking the
# server again.  Saved with s, it opens whole from kanbao.db, offline
# and with no cache.  Waits on screen states and the server's log, never a
# clock.  Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
PY=${PYTHON3:-python3}
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin storypages
start_httpd

# srvlog and wait_log: tests/tmux.sh
asked() { srvlog | grep -cxF -- "$1"; }

TITLE="桐溪老街改造三年记：青石板路重新热闹起来"
LAST="一路走到古桥。"	# the end of page 3's last paragraph
P2="/story/content_3071_2.html"
P3="/story/content_3071_3.html"

# ---- open the story: whole ----
start a 100 30 -- "$BASE/story/content_3071.html"
wait_row a 1 "$TITLE"; ok $? "the story in three pages opens"
wait_log "$P2" && wait_log "$P3"; ok $? "the server was asked for pages 2 and 3"
keys a G
wait_for a "$LAST"; ok $? "G: page 3's last paragraph is on the story's screen"
! screen_has a "第1页 2 3 下一页"; ok $? "... and no pager line"
keys a g
wait_row a 1 "$TITLE"; ok $? "g: back at the top, the story shown once"

# ---- saved whole: s keeps every page ----
keys a s
wait_status a "^Saved: $TITLE"; ok $? "s saves the story"
keys a q
wait_dead a
# No network, and a cache of its own, empty: kanbao.db alone has the story.
start c 100 30 XDG_CACHE_HOME="$tmp/nocache" -- --offline "file://$SRC/tests/story/index.html"
keys c S
wait_row c 1 "Saved stories" && wait_for c "  $TITLE\$" && keys c Enter
wait_row c 1 "$TITLE"; ok $? "the saved story opens offline, from kanbao.db"
keys c G
wait_for c "$LAST"; ok $? "... whole: page 3's last paragraph after G"
keys c q; keys c q; keys c q
wait_dead c

# ---- fetched ahead whole: ] shows it without the server ----
before=$(asked "$P3")
start b 100 30 -- "$BASE/story/content_3070.html"
wait_row b 1 "桐溪县举办首届青石板路摄影展"; ok $? "a story whose 下一篇 is the three-page one"
i=0
while [ $i -lt "$LIMIT" ] && [ "$(asked "$P3")" -le "$before" ]; do sleep 0.1; i=$((i + 1)); done
[ "$(asked "$P3")" -gt "$before" ]; ok $? "its 下一篇 is fetched ahead, page 3 too, with no key pressed"
n2=$(asked "$P2") n3=$(asked "$P3") n1=$(asked /story/content_3071.html)
keys b "]"
wait_row b 1 "$TITLE"; ok $? "]: the three-page story"
keys b G
wait_for b "$LAST"; ok $? "... whole: page 3's last paragraph after G"
[ "$(asked "$P2")" = "$n2" ] && [ "$(asked "$P3")" = "$n3" ] && [ "$(asked /story/content_3071.html)" = "$n1" ]
ok $? "... and the server was not asked again"
keys b q
wait_dead b; ok $? "q quits"

echo "1..$n"
[ "$failed" -eq 0 ]
