#!/bin/sh
# ui_memory: golden screen tests of what the reader remembers and of the
# config's sources, bindings and colours.  Runs the real binary in a
# private tmux server over tests/site (file:// URLs), each kanbao with
# XDG_DATA_HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME in a temporary
# directory:
#   read marks survive a restart; s saves a story, S lists it and it opens
#   with its pages gone; a garbage kanbao.db is reported and left alone;
#   sources with unread counts; bind and color lines, good and bad; H
#   lists the pages read, across sessions.
# Speaks TAP; without tmux the plan says skip.
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin mem
mkdir -p "$tmp/config/kanbao"
DB=$tmp/data/kanbao/kanbao.db

T1="白鹭大桥今日正式通车 两岸居民出行时间缩短一半"
T2="青禾县春季茶叶开采 茶农忙碌采摘新茶"
ESC=$(printf '\033')

# ---- read marks across sessions ----
start r1 80 24 -- "file://$SITE/index.html"
wait_row r1 1 "本地新闻"
keys r1 j; keys r1 Enter
wait_row r1 1 "$T2"; ok $? "the second headline opens"
keys r1 q; keys r1 q
wait_dead r1 && [ "$(cat "$tmp/r1.status")" = 0 ]; ok $? "q q quits"
[ -s "$DB" ]; ok $? "kanbao.db is made under XDG_DATA_HOME"
start r2 80 24 -- "file://$SITE/index.html"
wait_row r2 1 "本地新闻"
row r2 4 | grep -q "^✓ [0-9-]*  $T2$" && row r2 3 | grep -q "^  [0-9-]*  $T1$"
ok $? "after a restart the story read carries the read mark, the other not"
tm capture-pane -e -p -t r2 | sed -n 4p | grep -q "${ESC}\[2m$T2"; ok $? "... and is dimmed"
keys r2 q
wait_dead r2

# ---- the history screen, across sessions ----
start h1 80 24 -- "file://$SITE/a3.html"
wait_for h1 "^县图书馆新馆开放"
keys h1 H
wait_row h1 1 "History"; ok $? "H shows the history"
row h1 3 | grep -q "^  [0-9]\{4\}-[0-9][0-9]-[0-9][0-9]  县图书馆新馆开放" &&
    row h1 4 | grep -q "^  [0-9-]*  本地新闻$" && row h1 5 | grep -q "^  [0-9-]*  $T2$" &&
    [ -z "$(row h1 6)" ]
ok $? "... this session's page first, then the last session's, each once, dated, no read marks"
keys h1 j; keys h1 j; keys h1 Enter
wait_row h1 1 "$T2"; ok $? "Enter opens a page of the history"
keys h1 q
wait_row h1 1 "History"; ok $? "q goes back to the history"
keys h1 q
wait_for h1 "^县图书馆新馆开放"; ok $? "... and q again to where H was pressed"
keys h1 q
wait_dead h1

# ---- save, the saved screen, reading offline ----
mkdir "$tmp/copy"
cp "$SITE/a1.html" "$SITE/index.html" "$tmp/copy/"
start s1 80 24 -- "file://$tmp/copy/a1.html"
wait_row s1 1 "$T1"
keys s1 s
wait_for s1 "^Saved: $T1"; ok $? "s saves the story and says so"
keys s1 S
wait_row s1 1 "Saved stories"; ok $? "S shows the saved stories"
row s1 3 | grep -q "^[ ✓] [0-9]\{4\}-[0-9][0-9]-[0-9][0-9]  $T1$" || row s1 3 | sed 's/^/#   |/'
ok $? "... the story with the day it was saved"
keys s1 q
wait_row s1 1 "$T1"; ok $? "q leaves the saved screen for the story"
keys s1 q
wait_dead s1
rm -rf "$tmp/copy"
start s2 80 24 -- "file://$SITE/index.html"
wait_row s2 1 "本地新闻"
keys s2 S
# Wait for the saved screen itself: row 3 of the headlines behind it
# also names $T1, so waiting for "a row with $T1" could press Enter there.
wait_row s2 1 "Saved stories" && wait_for s2 "^[ ✓] [0-9]{4}-[0-9]{2}-[0-9]{2}  $T1\$" && keys s2 Enter
wait_row s2 1 "$T1"; ok $? "a saved story opens after its page is gone"
screen s2 | grep -q "^青禾县新建的白鹭大桥今天上午正式通车" && screen s2 | grep -q "^Saved copy"
ok $? "... whole, from kanbao.db"
keys s2 q; keys s2 q; keys s2 q
wait_dead s2; ok $? "q q q: story, saved list, headlines, out"

# ---- a garbage kanbao.db ----
mkdir -p "$tmp/bad/kanbao"
printf 'not a database at all\n' > "$tmp/bad/kanbao/kanbao.db"
cp "$tmp/bad/kanbao/kanbao.db" "$tmp/bad.orig"
start g1 80 24 XDG_DATA_HOME=$tmp/bad -- "file://$SITE/a1.html"
wait_for g1 "not a kanbao database"; ok $? "a garbage kanbao.db: the status line says so"
screen g1 | grep -q "$T1"; ok $? "... and the story is read anyway"
keys g1 s
wait_for g1 "^Cannot save"; ok $? "... s says why it cannot save"
keys g1 H
wait_for g1 "^No history: kanbao.db is not in use"; ok $? "... and H why there is no history"
keys g1 q
wait_dead g1
cmp -s "$tmp/bad/kanbao/kanbao.db" "$tmp/bad.orig" && [ "$(ls "$tmp/bad/kanbao")" = kanbao.db ]
ok $? "... and the file is untouched, with nothing beside it"

# ---- sources, bindings, colours ----
ln -s "$SITE" "$tmp/site2"	# the same pages under other URLs
cat > "$tmp/config/kanbao/config" <<CONF
# two sources, a key and a colour
source 本地 file://$SITE/index.html
source 副本 file://$tmp/site2/index.html
source 坏 file://$tmp/nowhere/index.html
bind J down
color title red
CONF
start c1 80 24 XDG_DATA_HOME=$tmp/data2 --
wait_row c1 1 "Sources"; ok $? "with sources and no URL: the sources screen"
wait_row c1 3 "  本地  (6 unread)" && [ "$(row c1 4)" = "  副本  (6 unread)" ]
ok $? "... each source with its count of unread headlines"
wait_row c1 5 "  坏  (could not load)"; ok $? "... and a source that cannot be loaded says so"
tm capture-pane -e -p -t c1 | sed -n 1p | grep -q "${ESC}\[31m"; ok $? "color title red: the title is red"
keys c1 J; keys c1 Enter
wait_row c1 1 "本地新闻" && status=$(screen c1 | tail -n 1) &&
    printf '%s' "$status" | grep -q "site2/"
ok $? "a bound key (J down) and Enter open the second source"
keys c1 Enter
wait_row c1 1 "$T1"
keys c1 q; keys c1 q
wait_row c1 1 "Sources"; ok $? "q q: story, headlines, back to the sources"
wait_row c1 4 "  副本  (5 unread)" && [ "$(row c1 3)" = "  本地  (6 unread)" ]
ok $? "... the count of the source read has gone down"
keys c1 q
wait_dead c1 && [ "$(cat "$tmp/c1.status")" = 0 ]; ok $? "q on the sources quits"

cat > "$tmp/c" <<CONF
source 本地 file://$SITE/index.html
bind x quit
bind y no-such-action
bind NoSuchKey down
color nothing blue
timeout soon
CONF
start b1 80 24 -- -c "$tmp/c"
wait_row b1 1 "本地新闻"; ok $? "the only source opens directly"
st=$(screen b1 | tr -d '\n')
printf '%s' "$st" | grep -q "c:3: unknown action 'no-such-action'" &&
    printf '%s' "$st" | grep -q "c:4: unknown key 'NoSuchKey'" &&
    printf '%s' "$st" | grep -q "c:5: unknown colour element 'nothing'" &&
    printf '%s' "$st" | grep -q "c:6: expected a number"
ok $? "bad bind, color and timeout lines: file:line on the status line"
keys b1 x
wait_dead b1 && [ "$(cat "$tmp/b1.status")" = 0 ]; ok $? "... and the good one works: x, bound to quit, quits"

# ---- the help shows the keys as bound, not the defaults ----
cat > "$tmp/k" <<CONF
bind x quit
bind j top
bind 下 bottom
bind C-t help
CONF
start k1 80 50 -- -c "$tmp/k" "file://$SITE/a3.html"
wait_for k1 "^县图书馆新馆开放"
keys k1 C-t
wait_row k1 1 "kanbao keys"; ok $? "C-t, bound to help, shows the help"
screen k1 | grep -qx "q x          go back one screen; quit from the top  \[quit\]" &&
    screen k1 | grep -qx "? C-t        show this help  \[help\]"
ok $? "... which lists a key bound in the config beside the defaults"
screen k1 | grep -qx "Down         scroll down a line; in a list, the next headline  \[down\]" &&
    screen k1 | grep -qx "j g Home     go to the top  \[top\]"
ok $? "... and a default key bound to another action under that action only"
screen k1 | grep -qx "G End 下     go to the bottom  \[bottom\]" &&
    screen k1 | grep -qx "h Backspace  go back in history  \[back\]"
ok $? "... a wide key padded by its columns, so the lines still align"
keys k1 H
wait_row k1 1 "History"; ok $? "H, not the help's to do, closes the help and shows the history"
keys k1 x
wait_for k1 "^县图书馆新馆开放"; ok $? "x, bound to quit, goes back from the history to the story"
keys k1 C-t
wait_row k1 1 "kanbao keys"
keys k1 x
wait_for k1 "^县图书馆新馆开放"; ok $? "x, bound to quit, closes the help"
keys k1 x
wait_dead k1 && [ "$(cat "$tmp/k1.status")" = 0 ]; ok $? "... and then quits"

echo "1..$n"
[ "$failed" -eq 0 ]
