#!/bin/sh
# prefetch: how long ] takes to show 下一篇, with and without prefetching.
# Serves a chain of stories from bench/story_httpd.py with 300 ms added to
# every response, drives the reader in a private tmux server, STEPS times
# per mode after letting each story sit READ seconds (a reader reading).
# The time is the reader's own: it runs with KANBAO_TRACE, which writes a
# line when it reads a key and one per frame it draws, with the page the
# frame shows (src/ui.c), and a step is from reading ] to the first frame
# of the next story.  (The bench still waits for the title in
# capture-pane, every 10 ms, to know the step is over; that polling once
# was the figure, and added up to 30 ms to it.)  Prints the median and
# every step, in ms, and the polled figures beside them.
#   bench/prefetch.sh [KANBAO]        (make bench runs it)
KANBAO=${1:-${KANBAO:-src/kanbao}}
HERE=$(cd "$(dirname "$0")" && pwd)
STEPS=${STEPS:-5}
READ=${READ:-1.5}
command -v tmux >/dev/null 2>&1 || { echo "prefetch: tmux is not installed; skipped"; exit 0; }
tmp=$(mktemp -d) || exit 1
sock=bench-$$
tm() { tmux -f /dev/null -L "$sock" "$@"; }
mkfifo "$tmp/port"
python3 "$HERE/story_httpd.py" --delay 0.3 --lifetime 600 > "$tmp/port" &
srv=$!
trap 'tm kill-server 2>/dev/null; kill $srv 2>/dev/null; rm -rf "$tmp"' EXIT
read -r port < "$tmp/port"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
title() { echo "第$1篇 青禾县新闻 县里部署春季工作"; }

# wait_title SESSION N LIMIT_MS: polls every 10 ms for story N's title
wait_title() {
	end=$(( $(ms) + $3 ))
	want=$(title "$2")
	while [ "$(ms)" -lt "$end" ]; do
		[ "$(tm capture-pane -p -t "$1" | sed -n 1p)" = "$want" ] && return 0
		sleep 0.01
	done
	return 1
}

# key_to_frame TRACE N: ms, by the reader's clock, from the last key it
# read to its first frame of story N (the trace's times are microseconds)
key_to_frame() {
	awk -v want="/s/$2.html" '$1 == "key" { k = $2; d = "" }
		$1 == "draw" && k != "" && d == "" && substr($4, length($4) - length(want) + 1) == want { d = $2 }
		END { if (d == "") exit 1; printf "%.1f\n", (d - k) / 1000 }' "$1"
}

# run MODE ENV: prints a line a step: the reader's time, the polled time
run() {
	s=$1
	rm -rf "$tmp/home"; mkdir -p "$tmp/home"
	: > "$tmp/$s.trace"
	tm new-session -d -s "$s" -x 100 -y 30 env TERM=screen-256color LC_ALL=C.UTF-8 \
	    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache" \
	    XDG_DATA_HOME="$tmp/home/data" KANBAO_TRACE="$tmp/$s.trace" $2 \
	    "$KANBAO" "http://127.0.0.1:$port/s/1.html"
	wait_title "$s" 1 10000 || { echo "prefetch: the first story never showed" >&2; return 1; }
	n=1
	while [ $n -le "$STEPS" ]; do
		sleep "$READ"
		t0=$(ms)
		tm send-keys -t "$s" ']'
		wait_title "$s" $((n + 1)) 10000 || { echo "prefetch: story $((n + 1)) never showed" >&2; return 1; }
		polled=$(( $(ms) - t0 ))
		own=$(key_to_frame "$tmp/$s.trace" $((n + 1))) ||
		    { echo "prefetch: the trace has no frame of story $((n + 1))" >&2; return 1; }
		echo "$own $polled"
		n=$((n + 1))
	done
	tm kill-session -t "$s"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# report NAME STEPS: the reader's median and steps, then the polled ones
report() {
	own=$(echo "$2" | cut -d' ' -f1) polled=$(echo "$2" | cut -d' ' -f2)
	echo "  $1 $(echo "$own" | median) ms ($(echo $own)); polled $(echo "$polled" | median) ms ($(echo $polled))"
}

on=$(run on "") || exit 1
off=$(run off "KANBAO_NO_PREFETCH=1") || exit 1
echo "prefetch: ] to 下一篇 on screen, key read to frame drawn by the reader's clock,"
echo "  server adds 300 ms, $STEPS steps, median ms (steps)"
report "prefetch on: " "$on"
report "prefetch off:" "$off"
