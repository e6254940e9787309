#!/bin/sh
# ui_mouse: the wheel scrolls and a press on a headline or a link follows
# it (a link inside a paragraph only where its words are).  tmux's send-keys -M only replays a mouse event tmux itself received,
# so the events are written to the pane as the bytes a terminal sends in
# X10 mouse mode (ESC [ M Cb Cx Cy: TERM=screen-256color's kmous).  With
# KANBAO_NO_MOUSE=1 the reader leaves the mouse alone.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin mouse

# mouse SESSION BUTTON ROW [COL]: an X10 event (button 0: press, then the
# release a terminal sends; 64 / 65: wheel up / down) at column COL (0-based,
# 5 unless told) of screen row ROW (1-based, as row() counts)
mouse() {
	m_x=$(printf %x $((33 + ${4:-5})))
	tm send-keys -t "$1" -H 1b 5b 4d "$(printf %x $((32 + $2)))" "$m_x" "$(printf %x $((32 + $3)))"
	[ "$2" = 0 ] && tm send-keys -t "$1" -H 1b 5b 4d 23 "$m_x" "$(printf %x $((32 + $3)))"
	return 0
}

T1="白鹭大桥今日正式通车 两岸居民出行时间缩短一半"
T2="青禾县春季茶叶开采 茶农忙碌采摘新茶"
P2="连日来，青禾县南山茶园的春茶陆续开采，漫山遍野的茶树吐出新芽，茶农们背着竹篓穿行"

start m 80 24 -- "file://$SITE/index.html"
wait_row m 1 "本地新闻"
[ "$(info m '#{mouse_any_flag}#{mouse_standard_flag}')" != 00 ]
ok $? "the reader asks the terminal for mouse events"
mouse m 0 4
wait_row m 1 "$T2"; ok $? "a press on the second headline opens it"
mouse m 0 5
keys m Z	# no action: once its message shows, the press before it was taken
wait_status m "^That key does nothing here" && [ "$(row m 1)" = "$T2" ]
ok $? "a press on text that is no link does nothing"
mouse m 65 1
wait_row m 1 "$P2"; ok $? "the wheel scrolls down"
mouse m 64 1
wait_row m 1 "$T2"; ok $? "... and up"
keys m G
wait_for m "^Previous: $T1"
r=$(screen m | grep -n "^Previous: $T1" | cut -d: -f1)
[ -n "$r" ] && mouse m 0 "$r"
wait_row m 1 "$T1"; ok $? "a press on 上一篇 follows it"
r2=$(row m 2)
keys m j
wait_row m 1 "$r2"; ok $? "keys work as before (j scrolls a line)"

# a link inside a paragraph: the press must be on its words (春 of 春茶开采
# is at column 34, after 17 CJK characters and commas)
start in 80 24 -- "file://$SITE/inline.html"
wait_row in 4 "青禾县城乡公交夜班线路今晚开通，自春茶开采以来天天晚归的茶农从此有车可坐。"
mouse in 0 4 33
keys in Z
wait_status in "^That key does nothing here" && [ "$(row in 1)" = "青禾县开通城乡公交夜班线路 晚归茶农有车可坐" ]
ok $? "a press beside a link in a paragraph does nothing"
mouse in 0 4 34
wait_row in 1 "$T2"; ok $? "a press on the words of a link in a paragraph follows it"

start off 80 24 KANBAO_NO_MOUSE=1 -- "file://$SITE/index.html"
wait_row off 1 "本地新闻"
[ "$(info off '#{mouse_any_flag}#{mouse_standard_flag}')" = 00 ]
ok $? "KANBAO_NO_MOUSE=1: the mouse is left to the terminal"

echo "1..$n"
[ "$failed" -eq 0 ]
