#!/bin/sh
# ui_convert: reading comfort in the reader (issue 19), over the 繁體 county
# story of tests/convert/ and the loopback-free site of tests/site (read as
# files):
#   繁简   --convert=t2s shows the story in simplified characters, its
#          related list too; T shows the page's own script again, T once
#          more converts again; without OpenCC's data T says so, once, and
#          the story stays as it is;
#   search / with a simplified word finds the traditional text of a story
#          shown as it is;
#   measure text-width 66 on a 140-column terminal sets a story in 66
#          columns, centred, while the list above it keeps the full width;
#          W cycles to the full width, then to 80 columns.
# Speaks TAP; waits for screens, never for a time.
KANBAO=${KANBAO:-src/kanbao}
DIR=$(cd "${SRCDIR:-.}/tests/convert" && pwd) || exit 99
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin convert

TW="雲溪縣立圖書館新館開幕 偏鄉學童借書更方便"
SC="云溪县立图书馆新馆开幕 偏乡学童借书更方便"

# ---- 繁简 ----
start t2s 100 30 -- --convert=t2s "$DIR/tw.html"
wait_row t2s 1 "$SC"; ok $? "--convert=t2s: the 繁體 story's title in simplified characters"
screen t2s | grep -q "^云溪县立图书馆新馆今天上午正式开幕，新馆楼高四层，藏书超过十二万册，并设有儿童阅览区"
ok $? "... its body too"
screen t2s | grep -q "县府补助社区图书室购买新书"; ok $? "... and its related list"
! screen t2s | grep -q "圖書館"; ok $? "... with no traditional 圖書館 left on screen"
keys t2s T
wait_row t2s 1 "$TW"; ok $? "T shows the page's own script again"
screen t2s | grep -q "^雲溪縣立圖書館新館今天上午正式開幕"; ok $? "... the body as the page has it"
status_has t2s "繁简: the page's own script"; ok $? "... and the status line says so"
keys t2s T
wait_row t2s 1 "$SC"; ok $? "T again: simplified again"
keys t2s q
wait_dead t2s; ok $? "q quits"

# ---- without OpenCC's data ----
mkdir "$tmp/no-opencc"
start nodata 100 30 KANBAO_OPENCC_DIR="$tmp/no-opencc" -- "$DIR/tw.html"
wait_row nodata 1 "$TW"; ok $? "without OpenCC's data the story opens as the page has it"
keys nodata T
wait_for nodata "cannot open OpenCC's t2s conversion"
ok $? "T: the status line says the conversion cannot be opened"
[ "$(row nodata 1)" = "$TW" ]; ok $? "... and the story stays as it is"
keys nodata T; keys nodata T
wait_status nodata "繁简: traditional Chinese shown as simplified"; ok $? "T twice more: no crash"
! screen nodata | grep -q "cannot open"; ok $? "... and the trouble is told once"
keys nodata q
wait_dead nodata; ok $? "q quits"

# ---- search in either script ----
start find 100 30 -- "$DIR/tw.html"
wait_row find 1 "$TW"; ok $? "without conversion the story is as the page has it"
keys find /; keys find "图书馆"; keys find Enter
wait_status find 'Match 1 of 3 for "图书馆"'; ok $? "/ with a simplified word finds the traditional 圖書館, three times"
keys find n
wait_status find 'Match 2 of 3 for "图书馆"'; ok $? "n goes to the next of them"
keys find /; keys find "借書"; keys find Enter
wait_status find 'Match 1 of 2 for "借書"'; ok $? "a traditional word is found as it is"
keys find q

# ---- the measure ----
# widest: the columns of the widest row of the screen; left: the fewest
# leading blanks of a row that holds anything (python3 counts East Asian
# wide characters as two columns, as the terminal does)
cols() {
	screen "$1" | sed '$d' | "${PYTHON3:-python3}" -c '
import sys, unicodedata
left, right = 10**6, 0
for line in sys.stdin.read().split("\n"):
    if not line.strip():
        continue
    w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    left = min(left, len(line) - len(line.lstrip(" ")))
    right = max(right, w(line.rstrip()))
print(left, right)'
}
measure_is() { [ "$(cols "$1")" = "$2" ]; }
mkdir -p "$tmp/config/kanbao" && printf 'text-width 66\n' > "$tmp/config/kanbao/config"
start wide 140 30 -- "$SITE/index.html"
wait_row wide 1 "本地新闻"; ok $? "the list opens on a 140-column terminal"
[ "$(row wide 3)" = "  2024-03-06  白鹭大桥今日正式通车 两岸居民出行时间缩短一半" ]
ok $? "the list keeps the full width: its headlines start at the left edge"
keys wide Enter
wait_row_match wide 1 "^ {37}白鹭大桥今日正式通车 两岸居民出行时间缩短一半$"
ok $? "text-width 66: the story's title is set 37 columns in, centred"
poll wide "the story within columns 37 to 103" measure_is wide "37 103"
ok $? "text-width 66: every line of the story within the 66 columns from 37 (left, right: $(cols wide))"
keys wide W
wait_row wide 1 "白鹭大桥今日正式通车 两岸居民出行时间缩短一半"; ok $? "W: the full width"
status_has wide "Stories are set at the full width"; ok $? "... and the status line says so"
[ "$(cols wide | cut -d' ' -f2)" -gt 103 ]; ok $? "... the story's lines run past 103 columns ($(cols wide))"
keys wide W
poll wide "the story within columns 30 to 110" measure_is wide "30 110"
ok $? "W again: 80 columns, centred (left, right: $(cols wide))"
status_has wide "Stories are set at 80 columns, centred"; ok $? "... and the status line says so"
keys wide q
wait_row wide 3 "✓ 2024-03-06  白鹭大桥今日正式通车 两岸居民出行时间缩短一半"
ok $? "q: back to the list, still at the full width (the story read)"
keys wide q
wait_dead wide; ok $? "q quits"

echo "1..$n"
[ "$failed" -eq 0 ]
