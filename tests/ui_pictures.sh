#!/bin/sh
# ui_pictures: a story's pictures on the reader's screen (issue 19), over
# tests/httpd.py's /pictures.html (tests/site/pictures.html), whose first
# picture, /pic/bridge.png, the server holds until the test asks
# /_release: the picture arrives late.
#   - the text is on screen at once, with a blank box above the caption
#     of the picture that is not here yet;
#   - once it arrives its cells are block symbols in colours, the caption
#     under it, and no line of the text has moved;
#   - the hostile pictures (a PNG header claiming 20000x20000, a
#     truncated JPEG) end in their caption alone; a PNG named .jpg, a
#     WebP and a progressive JPEG are drawn;
#   - I shows the captions alone and back; --images=none keeps the
#     caption line alone from the start;
#   - a story prefetched (the 下一篇 of /pictures-before.html) has its
#     first picture fetched too, before it is opened; a story fetched
#     ahead (/pictures-ahead.html's 下一篇) shows, once opened, the
#     picture fetched ahead, on its way (held until /_release/lantern)
#     or arrived: /pic/lantern.png is asked for once each time;
#   - a story whose body a site rule picks (/pictures-rule.html) shows
#     the picture between its paragraphs the same way: box, caption,
#     late arrival (/pic/ferry.gif, a GIF, held until /_release/ferry).
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
PY=${PYTHON3:-python3}
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin pictures
start_httpd

TITLE="白鹭大桥合龙 柳溪镇到县城缩短到二十分钟"
P1="青禾县白鹭大桥今天上午合龙，柳溪镇到县城的车程将从五十分钟缩短到二十分钟。"
P2="大桥全长八百米，预计今年国庆前通车。"
P3="县交通局表示，通车后将开行柳溪镇到县城的公交专线。"
CAP1="[Image: 合龙后的白鹭大桥]"
BOMB="[Image: 一张自称两万像素见方的图]"
CUT="[Image: 只传了一半的照片]"

# the row (1-based) of the line $2 exactly on the screen of $1, or nothing
row_of() { screen "$1" | grep -nxF -- "$2" | head -1 | cut -d: -f1; }
# rows $2..$3 of $1 hold block symbols (U+2580..U+259F) and spaces only,
# and some block symbols or colours
blocks_only() {
	tm capture-pane -e -p -t "$1" | sed -n "$2,$3p" | "$PY" -c '
import re, sys
text = sys.stdin.read()
colours = re.search(r"\x1b\[[0-9;]*[34]8;5;[0-9]+", text) is not None
plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
cells = [c for c in plain if c not in " \n"]
sys.exit(0 if colours and all(0x2580 <= ord(c) <= 0x259f for c in cells) else 1)'
}
# rows $2..$3 of $1 are blank
blank_rows() { [ -z "$(screen "$1" | sed -n "$2,$3p" | tr -d ' \n')" ]; }
# the line above $2 on the screen of $1 is $3: the caption stands alone
above_is() {
	r=$(row_of "$1" "$2")
	[ -n "$r" ] && [ "$r" -gt 2 ] && [ "$(row "$1" $((r - 2)))" = "$3" ] &&
	    [ -z "$(row "$1" $((r - 1)))" ]
}
has_blocks_above() {
	r=$(row_of "$1" "$2")
	[ -n "$r" ] && [ "$r" -gt 1 ] && blocks_only "$1" $((r - 1)) $((r - 1))
}

# ---- a story fetched ahead brings its first picture ----
start b 80 40 -- "$BASE/pictures-before.html"
wait_row b 1 "白鹭大桥最后一段钢箱梁吊装到位"; ok $? "the story before opens"
wait_log "/pictures.html" && wait_log "/pic/bridge.png"
ok $? "its 下一篇 is prefetched, and that story's first picture with it"
! srvlog | grep -qxF "/pic/market.webp"; ok $? "... its first picture only"
keys b q
wait_dead b

# ---- the story first, its picture late ----
start s 80 40 -- "$BASE/pictures.html"
wait_row s 1 "$TITLE" && wait_row s 4 "$P1"; ok $? "the story is on screen"
wait_log "/pic/bridge.png"; ok $? "its first picture is asked for"
cap=$(row_of s "$CAP1")
[ -n "$cap" ] && [ "$cap" -gt 15 ] && blank_rows s 6 $((cap - 1))
ok $? "a blank box above the caption while the picture is not here (caption on row $cap)"
p2=$(row_of s "$P2")
[ -n "$p2" ] && [ "$p2" -eq $((cap + 2)) ]; ok $? "the text after the caption is under it"
poll s "the bomb's box to go" above_is s "$BOMB" "$P2"
ok $? "a PNG claiming 20000x20000 pixels: its caption alone"
poll s "the truncated JPEG's box to go" above_is s "$CUT" "$P3"
ok $? "a truncated JPEG: its caption alone"
[ "$(row_of s "$CAP1")" = "$cap" ] && [ "$(row_of s "$P2")" = "$p2" ]
ok $? "the pictures that failed below moved nothing above them"

"$PY" -c 'import sys, urllib.request
urllib.request.build_opener(urllib.request.ProxyHandler({})).open(sys.argv[1]).read()' \
    "$BASE/_release"
poll s "the picture to arrive" blocks_only s $((cap - 1)) $((cap - 1))
ok $? "the picture arrives: its cells are block symbols in colours, right above the caption"
blocks_only s 6 $((cap - 1)); ok $? "the whole box holds block symbols and spaces only"
[ "$(row s 4)" = "$P1" ] && [ "$(row_of s "$CAP1")" = "$cap" ] && [ "$(row_of s "$P2")" = "$p2" ]
ok $? "no line moved when it arrived: the caption and the text after it stay"

keys s G
wait_for s "^\[Image: 南山茶园\]$" && poll s "the progressive JPEG" has_blocks_above s "[Image: 南山茶园]"
ok $? "a progressive JPEG is drawn"
poll s "the WebP" has_blocks_above s "[Image: 柳溪镇集市]"
ok $? "a WebP is drawn"

# ---- I: the captions alone, and back ----
keys s g
wait_row s 4 "$P1"
keys s I
wait_status s "captions" && poll s "the caption under the text" above_is s "$CAP1" "$P1"
ok $? "I: the captions alone, right under the text"
keys s I
wait_status s "shown in the story" && poll s "the picture back" blocks_only s $((cap - 1)) $((cap - 1))
ok $? "I again: the pictures are back in their boxes"
keys s q
wait_dead s

# ---- --images=none ----
start n 80 40 -- --images=none "$BASE/pictures.html"
wait_row n 4 "$P1" && poll n "the caption under the text" above_is n "$CAP1" "$P1"
ok $? "--images=none: the caption line alone"
keys n q
wait_dead n

# ---- the picture fetched ahead is the one shown: no second request ----
# (the picture's requests are counted once it is on screen: a second
# request, or the cache's revalidation, would be made before it showed)
LANTERN="[Image: 老街上的花灯]"
asked() { srvlog | grep -cE '^(gone )?/pic/lantern.png$'; }
asked_twice() { [ "$(asked)" -ge 2 ]; }
start a 80 40 -- "$BASE/pictures-ahead.html"
wait_row a 1 "柳溪镇元宵灯会筹备就绪" && wait_log "/pictures-ahead-next.html" && wait_log "/pic/lantern.png"
ok $? "a story fetched ahead has its picture fetched ahead"
keys a ']'
wait_row a 1 "柳溪镇元宵灯会开幕 老街人头攒动" && cap=$(row_of a "$LANTERN") && [ -n "$cap" ] &&
    blank_rows a $((cap - 1)) $((cap - 1))
ok $? "opened while its picture is on the way: a blank box above the caption"
"$PY" -c 'import sys, urllib.request
urllib.request.build_opener(urllib.request.ProxyHandler({})).open(sys.argv[1]).read()' \
    "$BASE/_release/lantern"
poll a "the picture fetched ahead" has_blocks_above a "$LANTERN" && [ "$(asked)" -eq 1 ]
ok $? "it comes on the job fetching it ahead: asked for once ($(asked))"
keys a q
wait_dead a
start a2 80 40 -- "$BASE/pictures-ahead.html"
wait_row a2 1 "柳溪镇元宵灯会筹备就绪" && poll a2 "the picture fetched ahead again" asked_twice
ok $? "a new reader fetches it ahead again"
keys a2 ']'
wait_row a2 1 "柳溪镇元宵灯会开幕 老街人头攒动" && poll a2 "the picture" has_blocks_above a2 "$LANTERN" &&
    [ "$(asked)" -eq 2 ]
ok $? "arrived before the story opens, its bytes are the ones shown: no request more ($(asked))"
keys a2 q
wait_dead a2

# ---- a story whose body is a site rule's: its pictures the same ----
RULE1="柳溪渡口的新渡轮今天早上首航，两岸村民过江从四十分钟缩短到十分钟。"
RULE2="新渡轮可载客一百二十人，每半小时一班。"
FERRY="[Image: 新渡轮首航]"
printf '%s\n' "site 127.0.0.1 title //div[@id='headline-box']/span[@class='t']" \
    "site 127.0.0.1 body //div[@id='story']/div[@class='para']" > "$tmp/rule.conf"
start r 80 40 -- --config="$tmp/rule.conf" "$BASE/pictures-rule.html"
wait_row r 1 "柳溪渡口新渡轮首航" && wait_row r 3 "$RULE1"; ok $? "a story of a site rule's body is on screen"
wait_log "/pic/ferry.gif"; ok $? "the picture between its paragraphs is asked for"
cap=$(row_of r "$FERRY")
[ -n "$cap" ] && [ "$cap" -gt 15 ] && blank_rows r 4 $((cap - 1)) && [ "$(row_of r "$RULE2")" = $((cap + 2)) ]
ok $? "a blank box above its caption, in its place between the paragraphs (caption on row $cap)"
"$PY" -c 'import sys, urllib.request
urllib.request.build_opener(urllib.request.ProxyHandler({})).open(sys.argv[1]).read()' \
    "$BASE/_release/ferry"
poll r "the GIF to arrive" blocks_only r $((cap - 1)) $((cap - 1))
ok $? "the picture (a GIF) arrives: block symbols in colours above the caption"
[ "$(row r 3)" = "$RULE1" ] && [ "$(row_of r "$FERRY")" = "$cap" ] && [ "$(row_of r "$RULE2")" = $((cap + 2)) ]
ok $? "no line moved when it arrived"
keys r q
wait_dead r

echo "1..$n"
[ "$failed" -eq 0 ]
