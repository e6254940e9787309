#!/bin/sh
# ui_prefetch: the links of the story on screen are fetched ahead.  Serves
# bench/story_httpd.py's chain of stories with 1 s added to every response
# and checks in tmux that, after a story has been on screen a while, ] and
# [ show the next and previous stories well inside that second, and that
# with KANBAO_NO_PREFETCH=1 the same step does wait for the server; and
# that Esc on a load that waits for a prefetch leaves the prefetch running.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
PY=${PYTHON3:-python3}
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin prefetch
mkfifo "$tmp/port"
"$PY" "$SRC/bench/story_httpd.py" --delay 1 --lifetime 120 > "$tmp/port" &
srv=$!
read -r port < "$tmp/port"
ENV="TERM=screen-256color LC_ALL=C.UTF-8"	# and a home per session: story()

ms() { echo $(( $(date +%s%N) / 1000000 )); }
title() { echo "第$1篇 青禾县新闻 县里部署春季工作"; }
# wait_title SESSION N LIMIT_MS: 0 when story N's title shows in time
wait_title() {
	end=$(( $(ms) + $3 ))
	while [ "$(ms)" -lt "$end" ]; do
		[ "$(row "$1" 1)" = "$(title "$2")" ] && return 0
		sleep 0.01
	done
	screen "$1" | sed 's/^/#   |/'
	return 1
}
srvlog() {
	"$PY" -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())' \
	    "http://127.0.0.1:$port/_log"
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
wait_title on 1 15000; ok $? "the first story opens over http"
sleep 3
t0=$(ms); keys on ']'
wait_title on 2 5000 && [ $(( $(ms) - t0 )) -lt 600 ]
ok $? "] shows a prefetched 下一篇 without waiting on the server ($(( $(ms) - t0 )) ms)"
sleep 3
t0=$(ms); keys on '['
wait_title on 1 5000 && [ $(( $(ms) - t0 )) -lt 600 ]
ok $? "[ back to 上一篇 is instant too ($(( $(ms) - t0 )) ms)"
t0=$(ms); keys on ']'
wait_title on 2 5000 && [ $(( $(ms) - t0 )) -lt 600 ]
ok $? "] right away: the kept page again ($(( $(ms) - t0 )) ms)"
t0=$(ms); keys on ']'
wait_title on 3 5000 && [ $(( $(ms) - t0 )) -lt 600 ]
ok $? "] to a story fetched ahead while the last one was read ($(( $(ms) - t0 )) ms)"
keys on ']'
wait_title on 4 5000 && log=$(srvlog) &&
    [ "$(printf '%s\n' "$log" | grep -c '^/s/4.html$')" = 1 ]
ok $? "] while 下一篇 is still being fetched ahead waits for that fetch, asks the server once"
# leaving a story cancels the prefetches only it wanted: from 4 (wanting
# 5, 3, 9, 13), h goes back to 3, which wants 4, 2, 8, 12
sleep 0.3
keys on h
wait_title on 3 5000
sleep 1.5
log=$(srvlog)
printf '%s\n' "$log" | grep -q '^gone /s/9.html$' && printf '%s\n' "$log" | grep -q '^gone /s/13.html$'
ok $? "leaving a story cancels the prefetches of its links"
keys on q
sleep 0.5
[ "$(info on '#{pane_dead}')" = 1 ]
ok $? "q quits while prefetches run"

# Esc on a load that waits for a prefetch gives the fetch back to the
# prefetcher rather than dropping it: the story stays, and a moment later
# ] shows 下一篇 at once, asked of the server once
story esc 20
wait_title esc 20 15000
keys esc ']'; keys esc Escape
wait_status esc "^Loading cancelled " && [ "$(row esc 1)" = "$(title 20)" ]
ok $? "Esc while ] waits for a prefetch: Loading cancelled, the story stays"
sleep 1.5
t0=$(ms); keys esc ']'
wait_title esc 21 5000 && [ $(( $(ms) - t0 )) -lt 600 ] &&
    [ "$(srvlog | grep -c '^/s/21.html$')" = 1 ] && ! srvlog | grep -q '^gone /s/21.html$'
ok $? "... the fetch went on ahead: ] then is instant, one request, none dropped ($(( $(ms) - t0 )) ms)"

story off 10 KANBAO_NO_PREFETCH=1
wait_title off 10 15000
sleep 3
t0=$(ms); keys off ']'
wait_title off 11 5000 && [ $(( $(ms) - t0 )) -ge 1000 ]
ok $? "KANBAO_NO_PREFETCH=1: ] waits for the server ($(( $(ms) - t0 )) ms)"

echo "1..$n"
[ "$failed" -eq 0 ]
