#!/bin/sh
# ui_prefetch: the links of the story on screen are fetched ahead.  Serves
# bench/story_httpd.py's chain of stories with 1 s added to every response
# and checks in tmux, by the server's log of requests, that once a story
# has been on screen a while ] and [ show the next and previous stories
# without asking the server again; that ] while 下一篇 is still on its way
# waits for that fetch; that leaving a story cancels its prefetches; that
# with KANBAO_NO_PREFETCH=1 nothing is asked but what ] shows; and that Esc on a
# load that waits for a prefetch leaves the prefetch running.  (How much
# time that saves is measured by bench/prefetch.sh, not here.)
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
PY=${PYTHON3:-python3}
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin prefetch
start_stories --delay 1 --lifetime 600 --hold 9,13
ENV="TERM=screen-256color LC_ALL=C.UTF-8"	# and a home per session: story()

title() { echo "第$1篇 青禾县新闻 县里部署春季工作"; }
title_is() { row_is "$1" 1 "$(title "$2")"; }
# wait_title SESSION N: until story N's title shows
wait_title() { poll "$1" "story $2" title_is "$1" "$2"; }
srvlog() {
	"$PY" -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())' \
	    "http://127.0.0.1:$port/_log"
}
# (grep reads the whole log: with -q, python could write to a closed pipe)
logged() { srvlog | grep -xF -- "$1" >/dev/null; }
# wait_done SESSION N: until the server has sent story N whole
wait_done() { poll "$1" "the server to send /s/$2.html" logged "done /s/$2.html"; }
# asked N: how many times story N was asked for
asked() { srvlog | grep -cxF -- "/s/$1.html"; }
# step SESSION KEY N: KEY shows story N, which the server was asked for
# once in all (so not again, if it was fetched ahead)
step() {
	keys "$1" "$2"
	wait_title "$1" "$3" && [ "$(asked "$3")" = 1 ]
}
# story SESSION N [VAR=value...]: kanbao on story N, with a home (config,
# cache, data) of its own
story() {
	mkdir -p "$tmp/$1"
	s=$1 k=$2
	shift 2
	start "$s" 100 30 HOME="$tmp/$s" XDG_CONFIG_HOME="$tmp/$s/c" XDG_CACHE_HOME="$tmp/$s/k" \
	    XDG_DATA_HOME="$tmp/$s/d" "$@" -- "http://127.0.0.1:$port/s/$k.html"
}

story on 1
wait_title on 1; ok $? "the first story opens over http"
wait_done on 2
step on ']' 2
ok $? "] shows 下一篇, fetched ahead, without asking the server again"
wait_done on 3
step on '[' 1
ok $? "[ back to 上一篇: not asked again either"
step on ']' 2
ok $? "] right away: the kept page again"
step on ']' 3
ok $? "] to a story fetched ahead while the last one was read"
step on ']' 4
ok $? "] while 下一篇 is still being fetched ahead waits for that fetch, asks the server once"
# leaving a story cancels the prefetches only it wanted: from 4 (wanting
# 5, 3, 9, 13), h goes back to 3, which wants 4, 2, 8, 12; the server
# holds 9 and 13 (--hold) until their client leaves
both() { logged "$1/s/9.html" && logged "$1/s/13.html"; }
poll on "4's related stories to be asked for" both ""
keys on h
wait_title on 3
poll on "4's related stories to be dropped" both "gone "
ok $? "leaving a story cancels the prefetches of its links"
keys on q
wait_dead on; ok $? "q quits while prefetches run"

# Esc on a load that waits for a prefetch gives the fetch back to the
# prefetcher rather than dropping it: the story stays, and a moment later
# ] shows 下一篇 at once, asked of the server once
story esc 20
wait_title esc 20
keys esc ']'; keys esc Escape
wait_status esc "^Loading cancelled " && title_is esc 20
ok $? "Esc while ] waits for a prefetch: Loading cancelled, the story stays"
wait_done esc 21
step esc ']' 21 && ! logged "gone /s/21.html"
ok $? "... the fetch went on ahead: ] then shows it, one request, none dropped"

# with prefetching, 50's links (51, 49, 55, 59) are asked for as soon as
# 50 shows, and ] adopts the fetch of 51; without it, what the server's
# log says of 49 to 59 by the time 51 shows is only the two stories shown
story off 50 KANBAO_NO_PREFETCH=1
wait_title off 50
wait_done off 50
keys off ']'
wait_title off 51
wait_done off 51
srvlog | grep -E '/s/(49|5[0-9])\.html$' > "$tmp/off.log"
printf '%s\n' /s/50.html "done /s/50.html" /s/51.html "done /s/51.html" > "$tmp/off.want"
cmp -s "$tmp/off.want" "$tmp/off.log"
ok $? "KANBAO_NO_PREFETCH=1: nothing is fetched ahead; ] asks the server for 下一篇"
cmp -s "$tmp/off.want" "$tmp/off.log" || sed 's/^/#   /' "$tmp/off.log"

echo "1..$n"
[ "$failed" -eq 0 ]
