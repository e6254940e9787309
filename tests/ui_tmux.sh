#!/bin/sh
# ui_tmux: golden screen tests of the reader.  Runs the real binary in a
# private tmux server over the site in tests/site, served on loopback by
# Python's http.server (the signal and colour sessions read it as files),
# drives it with send-keys and compares capture-pane output with lines
# written by hand from the pages:
#   headlines -> story -> [ (none) -> ] -> [ -> h -> l -> a dead link ->
#   the GBK page -> the hostile page -> search -> ? -> resize -> q q,
# then SIGTERM, SIGHUP and NO_COLOR in sessions of their own.
# Speaks TAP.  Without tmux there is nothing to drive: the plan says skip
# (the TAP driver reads "1..0 # SKIP"; an exit status of 77 would be an
# error to it).
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin test
start_static "$SITE"	# the loopback site


T1="白鹭大桥今日正式通车 两岸居民出行时间缩短一半"
T2="青禾县春季茶叶开采 茶农忙碌采摘新茶"
TG="老街菜市场完成改造 摊位整齐通道宽敞"
TH="]2;PWNED-TITLE\\乡村少年足球赛开幕 十六支队伍参加比赛"
M1="青禾县融媒体中心 · 2024-03-06 09:30 · 林小溪 / 王编辑"
ESC=$(printf '\033')

# ---- headlines ----
start main 80 24 -- "$BASE/index.html"
wait_row main 1 "本地新闻"; ok $? "the list page opens with its title"
title0=$(info main '#{pane_title}')
[ "$(row main 3)" = "  2024-03-06  $T1" ] && [ "$(row main 8)" = "  2024-03-11  城东公园将举办春季花展 展期持续一个月" ]
ok $? "headlines: date and title, one a line"
st=$(status main)
case "$st" in "-> $BASE/a1.html "*|"-> "*":$port/a1.html "*) : ;; *) st= ;; esac
printf '%s\n' "$st" | grep -Eq "a1\.html +\? help · q quit  1/8 100%$"
ok $? "status line: where the selected headline goes (its tail when long), the keys of help and quit, line of lines, percent"
tm capture-pane -e -p -t main | sed -n 3p | grep -q "${ESC}\[7m"; ok $? "the first headline is selected (reverse video)"

# ---- a story ----
keys main Enter
wait_row main 1 "$T1"; ok $? "Enter opens the selected headline as a story"
[ "$(row main 2)" = "$M1" ]; ok $? "meta line: source · time · author / editor"
screen main | grep -qx "\[Image: 通车当天的白鹭大桥\]"; ok $? "an image is an [Image: alt] line"
keys main G
wait_for main "^Next: $T2$"; ok $? "上一篇 / 下一篇 follow the body as links"
screen main | grep -qx "Previous: (none)"; ok $? "a story without 上一篇 says (none)"
wait_for main "^  城东公园将举办春季花展 展期持续一个月  2024-03-11$"; ok $? "related stories are listed with their dates"
keys main g
keys main '['
wait_for main "no previous story \(上一篇\)"; ok $? "[ without 上一篇: the status line says so"
[ "$(row main 1)" = "$T1" ]; ok $? "... and the story stays"

# ---- ] [ h l ----
keys main ']'
wait_row main 1 "$T2"; ok $? "] opens 下一篇"
keys main j; keys main j; keys main j
wait_row_match main 1 "^连日来"; ok $? "j scrolls the story"
keys main '['
wait_row main 1 "$T1"; ok $? "[ opens 上一篇"
keys main h
wait_row main 1 "连日来，青禾县南山茶园的春茶陆续开采，漫山遍野的茶树吐出新芽，茶农们背着竹篓穿行"
ok $? "h goes back to the page at the place it was left"
keys main l
wait_row main 1 "$T1"; ok $? "l goes forward again"

# ---- a dead link, then the GBK page ----
# the picture in the story is a link too: 下一篇 and the first related come after it
keys main Tab; keys main Tab; keys main Tab; keys main Tab
i=0
until tm capture-pane -e -p -t main | grep "城东公园" | grep -q "${ESC}\[7m" || [ $i -ge "$LIMIT" ]; do sleep 0.1; i=$((i + 1)); done
[ $i -lt "$LIMIT" ]; ok $? "Tab moves a visible focus to the fourth link"
keys main Enter
i=0
until screen main | tr '\n' ' ' | grep -Eq "a9\.html: +HTTP +status +404" || [ $i -ge "$LIMIT" ]; do
	sleep 0.1
	i=$((i + 1))
done
[ $i -lt "$LIMIT" ] || screen main | sed 's/^/#   |/'
[ $i -lt "$LIMIT" ]; ok $? "a dead link: the status line shows the error"
screen main | grep -qx "Next: $T2"; ok $? "... and the story stays on screen"
keys main Tab; keys main Enter
wait_row main 1 "$TG"; ok $? "the GBK page opens with its title decoded"
[ "$(row main 2)" = "青禾县融媒体中心 · 2024-03-09 10:05 · 赵明理 / 王编辑" ] &&
    screen main | grep -q "^经过三个月的改造，老街菜市场昨天重新开门迎客。"
ok $? "... its meta line and body too"

# ---- the hostile page ----
keys main ']'
wait_row main 1 "$TH"; ok $? "the hostile page opens; its title is text"
screen main | grep -q "第二段：比赛\[31m想变红\[0m的文字" &&
    screen main | grep -q "^\[2J\[Hc第一段：乡村少年足球赛"
ok $? "escape sequences are shown as harmless text, nothing is cleared"
! tm capture-pane -e -p -t main | grep -q "${ESC}\[31m\|${ESC}\[2J\|${ESC}\]"
ok $? "no escape from the page reached the pane (capture-pane -e)"
[ "$(info main '#{pane_title}')" = "$title0" ]; ok $? "the window title is unchanged"
screen main | grep -q "作者\|孙小勇"; ok $? "a bidi override is removed from the byline"

# ---- search ----
keys main h; keys main h
wait_row main 1 "青禾县新建的白鹭大桥今天上午正式通车，大桥全长八百米，连接青禾河两岸的东西两个城"
ok $? "h h: back to the story, scrolled as Tab left it"
keys main g
wait_row main 1 "$T1"
tm send-keys -t main /; tm send-keys -t main -l "白鹭"
wait_for main "^/白鹭"; ok $? "/ opens a prompt that takes Chinese"
keys main Enter
wait_for main "^Match 1 of 5 for \"白鹭\""; ok $? "Enter searches: the status line counts the matches"
tm capture-pane -e -p -t main | grep "来自每年春天" | grep -q "${ESC}\[43m白鹭"
ok $? "matches are highlighted"
keys main n
wait_for main "^Match 2 of 5"; ok $? "n goes to the next match"
keys main N; keys main N
wait_for main "^Match 5 of 5 for \"白鹭\" \(wrapped\)"; ok $? "N goes back and wraps around"

# ---- help ----
keys main '?'
wait_row main 1 "kanbao keys"; ok $? "? shows the help"
screen main | grep -qx "Tab          focus the next link  \[next-link\]" &&
    screen main | grep -qx "\]            go to the next story (下一篇)  \[next-story\]" &&
    screen main | grep -qx "h Backspace  go back in history  \[back\]"
ok $? "help lines: keys, what they do, config name"
keys main j
wait_row main 1 "q, Esc or ? closes this help. The names in brackets are the ones a config file"
ok $? "j scrolls the help, not the page beneath"
keys main G
wait_row main 23 "q            go back one screen; quit from the top  [quit]"
ok $? "G shows the help's last line, above the status line"
keys main q
wait_row main 1 "$T1"; ok $? "q closes the help"

# ---- resize ----
P3="据介绍，大桥于去年三月动工"
tm resize-window -t main -x 40 -y 12
wait_for main "^.{0,40}$" >/dev/null
# j, a line at a time (each waited for), until P3 is the top line
i=0
while ! row main 1 | grep -q "^$P3" && [ $i -lt 40 ]; do
	r2=$(row main 2)
	keys main j
	wait_row main 1 "$r2" >/dev/null || break
	i=$((i + 1))
done
row main 1 | grep -q "^$P3"; ok $? "at 40x12 the story reflows and scrolls"
tm resize-window -t main -x 30 -y 8
wait_for main "^$P3" && row main 1 | grep -q "^$P3"; ok $? "resized to 30x8: the top line is the same paragraph"
[ "$(screen main | wc -l)" -eq 8 ] && status main | grep -q "a1.html"; ok $? "... with the status line at the bottom"
# at 1x1 there is no status line; Z, a key with no action, leaves its
# message for the 2x2 screen to show: then 1x1 was taken before it
tm resize-window -t main -x 1 -y 1
keys main Z
tm resize-window -t main -x 2 -y 2
wait_row main 2 "Th" && wait_row main 1 "据"; ok $? "through 1x1 to 2x2: the place's first character, the message's first two"
keys main C-l	# clears the message
wait_row main 2 "ml"; ok $? "... and Ctrl-L there: the tail of the URL, a1.html"
tm resize-window -t main -x 40 -y 12
wait_for main "^$P3" && row main 1 | grep -q "^$P3"; ok $? "through 1x1 and back: the place is kept"
tm resize-window -t main -x 80 -y 24
wait_for main "(a1|gbk)\.html +4/26 100%$" &&
    [ "$(row main 1)" = "青禾县新建的白鹭大桥今天上午正式通车，大桥全长八百米，连接青禾河两岸的东西两个城" ]
ok $? "back at 80x24: a full screen, as near the place as the story allows"
keys main g
keys main C-l
wait_row main 1 "$T1"; ok $? "g goes to the top; Ctrl-L redraws"

# ---- q ----
keys main q
wait_row main 1 "本地新闻"; ok $? "q in a story goes back to the headlines"
[ "$(row main 3)" = "✓ 2024-03-06  $T1" ] && [ "$(row main 6)" = "✓ 2024-03-09  $TG" ] &&
    [ "$(row main 8)" = "  2024-03-11  城东公园将举办春季花展 展期持续一个月" ]
ok $? "opened headlines are marked, the dead one is not"
keys main q
wait_dead main; ok $? "q on the headlines quits"
st=$(cat "$tmp/main.status" 2>/dev/null)
[ "$st" = 0 ]; ok $? "... with exit status 0 (got '$st')"
[ "$(info main '#{alternate_on}')" = 0 ] && ! screen main | grep -q "本地新闻"
ok $? "... and the terminal is restored (alternate screen left)"
[ "$(info main '#{pane_title}')" = "$title0" ]; ok $? "the window title never changed"

# ---- signals ----
for sig in TERM HUP; do
	EXEC=1
	start "sig$sig" 80 24 -- "$SITE/a1.html"
	EXEC=0
	wait_row "sig$sig" 1 "$T1"
	kill -s "$sig" "$(info "sig$sig" '#{pane_pid}')"
	wait_dead "sig$sig" && [ "$(info "sig$sig" '#{alternate_on}')" = 0 ] &&
	    ! screen "sig$sig" | grep -q "$T1"
	ok $? "SIG$sig ends the reader and restores the terminal"
done

# ---- NO_COLOR ----
start mono 80 24 NO_COLOR=1 -- "$SITE/a1.html"
wait_row mono 1 "$T1"
cap=$(tm capture-pane -e -p -t mono)
! printf '%s\n' "$cap" | grep -q "${ESC}\[3[0-7]m\|${ESC}\[4[0-7]m\|${ESC}\[38;" &&
    printf '%s\n' "$cap" | grep -q "${ESC}\[1m"
ok $? "NO_COLOR: attributes (bold, reverse), no colours"
keys mono q
wait_dead mono && [ "$(cat "$tmp/mono.status")" = 0 ]; ok $? "q on a story opened first quits"

# ---- U: a URL or a file typed at the prompt ----
start open 80 24 -- "$SITE/a1.html"
wait_row open 1 "$T1"
keys open U
wait_status open "^Open: +1/[0-9]+ [0-9]+%$"; ok $? "U opens a prompt on the status line"
tm send-keys -t open -l "127.0.0.1:$port/a2.html"
keys open Enter
wait_row open 1 "$T2" && status open | grep -q "^http://127\.0\.0\.1:$port/a2\.html "
ok $? "a host and path typed without a scheme opens over http://"
keys open U; tm send-keys -t open -l "$SITE/gbk.html"; keys open Enter
wait_row open 1 "$TG"; ok $? "a file's path opens"
keys open U; tm send-keys -t open -l "$BASE/a9.html"; keys open Enter
wait_status open "a9\.html: +HTTP +status +404" && [ "$(row open 1)" = "$TG" ]
ok $? "a dead URL: the error on the status line, the page stays"
keys open U; tm send-keys -t open -l "$BASE/a3.html"; keys open Escape
wait_status open "gbk\.html +1/[0-9]+" && [ "$(row open 1)" = "$TG" ]
ok $? "Esc closes the prompt and opens nothing"
cp "$SITE/a3.html" "$tmp/home-page.html"
keys open U; tm send-keys -t open -l "~/home-page.html"; keys open Enter
wait_for open "^县图书馆新馆开放" && status open | grep -q "^file://$tmp/home-page\.html "
ok $? "~/ is the home directory"
keys open h
wait_row open 1 "$TG"; keys open h
wait_row open 1 "$T2"; ok $? "pages opened by U are in the history: h goes back"
keys open q; keys open q
wait_dead open && [ "$(cat "$tmp/open.status")" = 0 ]; ok $? "... and q quits"

echo "1..$n"
[ "$failed" -eq 0 ]
