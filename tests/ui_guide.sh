#!/bin/sh
# ui_guide: what the reader says to find one's way (issue 15), over the
# site in tests/site read as files:
#   - a newcomer's first screen says which keys give the help and quit
#     ("? help · q quit" on the status line, by the keys bound: a config
#     that binds x to quit says x) until the first key;
#   - the status line says where the link in focus goes ("-> URL"): the
#     selected headline of a list, the link Tab focused in a story; with
#     no link in focus, the page's own URL;
#   - a search in a list moves the selection to the headline matched, so
#     Enter opens the one highlighted.
# Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin guide

T3="县图书馆新馆开放 市民周末排队借书"
ESC=$(printf '\033')
LIST="file://$SITE/index.html"
# selected SESSION ROW: row ROW is drawn in reverse video
selected() { tm capture-pane -e -p -t "$1" | sed -n "$2p" | grep -q "${ESC}\[7m"; }

# ---- the newcomer's hint ----
start g 200 24 -- "$LIST"
wait_row g 1 "本地新闻"
wait_status g " \? help · q quit  1/8 100%$"; ok $? "the first screen says: ? help · q quit"
keys g j
wait_status g "a2\.html +1/8 100%$" && ! status_has g "help"
ok $? "... until the first key"

# ---- where the selected headline goes ----
status_has g "^-> file://$SITE/a2\.html "; ok $? "a list: the status line says where the selected headline goes"
keys g k
wait_status g "^-> file://$SITE/a1\.html "; ok $? "... and follows the selection"

# ---- a search in a list moves the selection ----
keys g /
tm send-keys -t g -l "图书馆"
keys g Enter
wait_status g "^Match 1 of 1 for \"图书馆\""
selected g 5 && ! selected g 3; ok $? "/ in a list: the headline matched is the one selected"
keys g Enter
wait_row g 1 "$T3"; ok $? "... and Enter opens it"

# ---- a story: its URL, then the focused link's ----
wait_status g "^file://$SITE/a3\.html +1/[0-9]+ "; ok $? "a story with no link in focus: the status line has its URL"
keys g Tab
wait_status g "^-> file://$SITE/a2\.html +1/[0-9]+ "; ok $? "Tab: the status line says where the focused link goes"
keys g q
wait_row g 1 "本地新闻"
keys g q
wait_dead g; ok $? "q q quits"

# ---- the hint names the keys bound ----
mkdir -p "$tmp/config/kanbao"
printf 'bind x quit\nbind q help\n' > "$tmp/config/kanbao/config"
start b 200 24 -- "$LIST"
wait_row b 1 "本地新闻"
wait_status b " \? help · x quit  1/8 100%$"; ok $? "with q bound to help and x to quit: ? help · x quit"
keys b x
wait_dead b; ok $? "... and x quits"

echo "1..$n"
[ "$failed" -eq 0 ]
