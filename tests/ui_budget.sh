#!/bin/sh
# ui_budget: a long walk does not grow the reader without bound.  Serves
# bench/story_httpd.py's chain of 60 stories of about 512 KiB each and, in
# tmux, walks from the first to the last with ], the reader's memory budget
# set to 4 MiB (KANBAO_MEMORY_MIB=4):
#   - the peak of its resident memory (VmHWM in /proc/PID/status) after the
#     walk has grown less than twice as much as its peak after the first ten
#     stories had (kept whole, 60 stories make it grow about three times as
#     much: a ratio, not a size, so that a sanitizer's or a libc's
#     overheads do not count; under a sanitizer, whose quarantine keeps
#     what is freed, it is not measured);
#   - with the server gone, h back past the budget to the third story shows
#     it at the place it was left, read again from the cache;
#   - l forward again to the last story, and q quits.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin budget
COUNT=60
start_stories --delay 0 --count $COUNT --pad 512 --lifetime 900

title() { echo "第$1篇 青禾县新闻 县里部署春季工作"; }
title_is() { row_is "$1" 1 "$(title "$2")"; }
wait_title() { poll "$1" "story $2" title_is "$1" "$2"; }
url_is() { status "$1" | grep -q "^http://127\.0\.0\.1:$port/s/$2\.html "; }
# at_place SESSION FILE: the screen but its status line is FILE
at_place() { screen "$1" | sed '$d' | cmp -s - "$2"; }
# wait_place SESSION FILE
wait_place() { poll "$1" "the place in $2" at_place "$1" "$2"; }
# press SESSION KEY N: KEY, N times, one at a time
press() {
	p_n=$3
	while [ "$p_n" -gt 0 ]; do
		keys "$1" "$2"
		p_n=$((p_n - 1))
	done
}
# scrolled SESSION N: story N is on screen five screens down: its line 141
# on top (30 rows: 29 of text, a page is 28 lines)
scrolled() { url_is "$1" "$2" && status "$1" | grep -Eq " 141/[0-9]+ +[0-9]+%$"; }
# place3 SESSION FILE: from story 1, ] to story 3 and five screens down;
# the screen there (but its status line) into FILE
place3() {
	keys "$1" ']'; wait_title "$1" 2 >/dev/null
	keys "$1" ']'; wait_title "$1" 3 >/dev/null
	press "$1" Space 5
	poll "$1" "story 3, five screens down" scrolled "$1" 3
	screen "$1" | sed '$d' > "$2"
}
# kib FIELD: the reader's VmRSS or VmHWM in KiB
kib() { sed -n "s/^$1:[^0-9]*\([0-9]*\) kB/\1/p" "/proc/$pid/status"; }

EXEC=1
start w 100 30 KANBAO_MEMORY_MIB=4 -- "http://127.0.0.1:$port/s/1.html"
EXEC=0
pid=$(info w '#{pane_pid}')
wait_title w 1; ok $? "the first story opens"
rss1=$(kib VmRSS)

# story 3, five screens down: the place to come back to
place3 w "$tmp/place3"

k=3
while [ $k -lt $COUNT ]; do
	keys w ']'
	k=$((k + 1))
	wait_title w $k >/dev/null || break
	# the peak so far, not the memory now: a peak is held against a
	# peak (the memory now, after a page was freed, may be far under it)
	[ $k = 11 ] && hwm11=$(kib VmHWM)
done
[ $k = $COUNT ] && title_is w $COUNT; ok $? "] walks to story $COUNT"
hwm=$(kib VmHWM)
echo "# VmRSS after story 1: $rss1 KiB; VmHWM after 11: $hwm11 KiB, after $COUNT: $hwm KiB"
if [ "${SANITIZED:-no}" = yes ]; then
	n=$((n + 1)); echo "ok $n # SKIP peak memory: a sanitizer's quarantine keeps freed memory"
else
	[ $((hwm - rss1)) -lt $((2 * (hwm11 - rss1))) ]
	ok $? "the peak grew less than twice what the first ten stories took ($((hwm - rss1)) KiB against $((hwm11 - rss1)) KiB)"
fi

# without the cache (--no-cache), a view gone back to is fetched again;
# h is pressed while the one before is still on its way
start nc 100 30 KANBAO_MEMORY_MIB=4 -- --no-cache "http://127.0.0.1:$port/s/1.html"
wait_title nc 1 >/dev/null
place3 nc "$tmp/nc3"
k=3
while [ $k -lt 15 ] && keys nc ']' && k=$((k + 1)) && wait_title nc $k >/dev/null; do :; done
press nc h 12
wait_place nc "$tmp/nc3"; ok $? "--no-cache: h back past the budget fetches story 3 again, shown at its place"
tm kill-session -t nc

# the server goes: what comes back now comes from the cache
stop_server

# h back past the budget, one key at a time, to story 3
press w h $((COUNT - 3))
wait_place w "$tmp/place3"
ok $? "the server gone, h back to story 3 shows it from the cache, at the place it was left"
press w l $((COUNT - 3))
wait_title w $COUNT; ok $? "l forward again to story $COUNT, from the cache too"
keys w q
wait_dead w; ok $? "q quits"

echo "1..$n"
[ "$failed" -eq 0 ]
