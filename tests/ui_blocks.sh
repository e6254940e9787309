#!/bin/sh
# ui_blocks: the story's parts where they stand, on the reader's screen
# (issue 15), over tests/site/inline.html served on loopback:
#   - Tab focuses the links inside the text, on their words, in reading
#     order, S-Tab goes back; Enter follows one (the story it names opens);
#   - the picture is a link in its place: Enter hands its URL to $BROWSER
#     (a script that writes its arguments to a file) and the story stays;
#     o hands over the focused link in the text;
#   - the timetable in columns aligned by display width at 100 columns, and
#     wrapped within its columns at 40.
# The expected lines were written from the page.  Speaks TAP; skips
# without tmux.
KANBAO=${KANBAO:-src/kanbao}
case $KANBAO in /*) ;; *) KANBAO=$(pwd)/$KANBAO ;; esac
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin blocks
unset BROWSER
ESC=$(printf '\033')
TI="青禾县开通城乡公交夜班线路 晚归茶农有车可坐"
T2="青禾县春季茶叶开采 茶农忙碌采摘新茶"

mkdir -p "$tmp/bin"
cat > "$tmp/bin/fake-browser" <<EOS
#!/bin/sh
printf '%s\n' "\$@" > "$tmp/argv.tmp"
mv "$tmp/argv.tmp" "$tmp/argv"
EOS
chmod +x "$tmp/bin/fake-browser"
# got URL: the fake browser was given URL, and only that
got() { [ -s "$tmp/argv" ] && [ "$(cat "$tmp/argv")" = "$1" ]; }

start_static "$SITE"

# focused SESSION TEXT: TEXT is drawn in reverse video (the focus), and
# only TEXT: the reverse starts right before it and ends right after (or
# the line does)
focused() {
	tm capture-pane -e -p -t "$1" |
	    grep -Eq "${ESC}\[7m(${ESC}\[[0-9;]*m)*$2(${ESC}\[(0|27)m|\$)"
}
unfocused() { ! tm capture-pane -e -p -t "$1" | grep "$2" | grep -q "${ESC}\[7m"; }
wait_focus() { poll "$1" "the focus on $2" focused "$1" "$2"; }

# ---- links in the text ----
start main 80 30 BROWSER="$tmp/bin/fake-browser" -- "$BASE/inline.html"
wait_row main 1 "$TI"; ok $? "the story opens"
screen main | grep -qx "青禾县城乡公交夜班线路今晚开通，自春茶开采以来天天晚归的茶农从此有车可坐。"
ok $? "the link stays in its sentence"
keys main Tab
wait_focus main "春茶开采" && unfocused main "新图书馆"
ok $? "Tab focuses the first link in the text, on its words"
keys main Tab
wait_focus main "新图书馆" && unfocused main "春茶开采"
ok $? "Tab again: the next link in the text, in reading order"
keys main BTab
wait_focus main "春茶开采" && unfocused main "新图书馆"
ok $? "S-Tab: back to the first"
keys main Enter
wait_row main 1 "$T2"; ok $? "Enter follows the link in the text: its story opens"
keys main h
wait_row main 1 "$TI"; ok $? "h comes back"

# ---- the picture in its place ----
keys main Tab; keys main Tab
wait_focus main "\[Image: 夜班公交车停靠在县汽车站\]"
ok $? "the picture in its place is the third link"
keys main Enter
poll main "the browser to get the picture" got "$BASE/img/nightbus.jpg"
ok $? "Enter on the picture hands its URL to \$BROWSER"
wait_for main "^Opened in .*fake-browser" && [ "$(row main 1)" = "$TI" ]
ok $? "... and the story stays: a picture is not read as a page"
rm -f "$tmp/argv"
keys main BTab
wait_focus main "新图书馆"
keys main o
poll main "the browser to get the link" got "$BASE/a3.html"
ok $? "o hands the focused link in the text to \$BROWSER"
keys main q
wait_dead main

# ---- a table at 100 and at 40 columns ----
# table SESSION WANT: the lines from the table's header on are WANT's
table() {
	screen "$1" | sed -n '/^班次/,$p' | head -n "$(wc -l < "$2")" > "$tmp/$1.table"
	cmp -s "$2" "$tmp/$1.table"
}
cat > "$tmp/wide" <<'EOS'
班次   发车时间  停靠站点                        备注
-----  --------  ------------------------------  --------------------------
夜1班  19:30     县汽车站、新图书馆、老街菜市场  周末加开一班，二十点整发车
夜2班  21:00     县汽车站、南山茶园、白鹭大桥    茶季每天开行
夜3班  22:30     县汽车站、白鹭大桥              末班车
EOS
start wide 100 30 -- "$BASE/inline.html"
if ! poll wide "the table at 100 columns" table wide "$tmp/wide"; then
	diff "$tmp/wide" "$tmp/wide.table" | sed 's/^/#   /'
	false
fi
ok $? "100 columns: the timetable in columns aligned by display width"
keys wide q
wait_dead wide

cat > "$tmp/narrow" <<'EOS'
班次   发车时间  停靠站点     备注
-----  --------  -----------  ----------
夜1班  19:30     县汽车站、   周末加开一
                 新图书馆、   班，二十点
                 老街菜市场   整发车
夜2班  21:00     县汽车站、   茶季每天开
                 南山茶园、   行
                 白鹭大桥
夜3班  22:30     县汽车站、   末班车
                 白鹭大桥
EOS
start narrow 40 40 -- "$BASE/inline.html"
if ! poll narrow "the table at 40 columns" table narrow "$tmp/narrow"; then
	diff "$tmp/narrow" "$tmp/narrow.table" | sed 's/^/#   /'
	false
fi
ok $? "40 columns: cells wrap within their columns"
keys narrow q
wait_dead narrow

echo "1..$n"
[ $failed -eq 0 ]
